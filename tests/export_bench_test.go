package tests

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// An export must be ready in well under a minute for a very active person.
// Anna gets 10,000 records (ideas, comments, notifications and journal
// entries); the benchmark serves her export through the router:
//
//	go test ./tests -run '^$' -bench ExportOfTenThousandRecords -benchtime 3x
func BenchmarkExportOfTenThousandRecords(b *testing.B) {
	app := newTestApp(b)
	anna := personId("anna")
	err := app.RunInTransaction(func(txApp core.App) error {
		add := func(collection string, data map[string]any) error {
			c, err := txApp.FindCachedCollectionByNameOrId(collection)
			if err != nil {
				return err
			}
			r := core.NewRecord(c)
			r.Load(data)
			return txApp.Save(r)
		}
		for i := range 3000 {
			if err := add("ideas", map[string]any{"title": fmt.Sprintf("Idee Nummer %d", i), "body": strings.Repeat("Ein Satz zur Idee. ", 20),
				"region": gelnhausen, "author": anna, "status": "submitted"}); err != nil {
				return err
			}
			if err := add("comments", map[string]any{"idea": ideaKyff, "author": anna, "body": strings.Repeat("Ein Kommentar. ", 10)}); err != nil {
				return err
			}
		}
		for range 2000 {
			if err := add("notifications", map[string]any{"user": anna, "kind": "published", "idea": ideaPublished}); err != nil {
				return err
			}
			id := uuid.NewString()
			result := fmt.Sprintf(`{"id":%q,"seq":1,"status":"applied","record":{"id":%q,"body":%q}}`, id, uuid.NewString(), strings.Repeat("Text. ", 40))
			_, err := txApp.DB().Insert("sync_mutations", dbx.Params{"id": id, "user": anna, "device": uuid.NewString(), "seq": 1,
				"type": "comment.create", "status": "applied", "result": result}).Execute()
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	mux := newMux(b, app)
	var size int
	for b.Loop() {
		size = len(serveOK(b, mux, http.MethodGet, "/api/me/export", authTokenOf("anna"), ""))
	}
	b.ReportMetric(float64(size)/(1<<20), "MB/export")
}
