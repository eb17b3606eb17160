package tests

import (
	"net/http"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// BenchmarkVoteFloor is the least a counted vote can cost in PocketBase: a
// signed-in create through the API into a collection with one relation to
// the person and a unique (idea, person) index, whose create moves a counter
// and appends one change-log row in the same transaction. It has none of
// Mitwirken's rules or hooks, so it shows how near BenchmarkVote can come to
// a bare create at all.
func BenchmarkVoteFloor(b *testing.B) {
	app, mux := participationBenchApp(b)
	votes := core.NewBaseCollection("bench_votes")
	votes.Fields.Add(
		&core.RelationField{Name: "user", CollectionId: mustCollectionId(b, app, "users"), MaxSelect: 1, Required: true},
		&core.TextField{Name: "idea", Required: true},
	)
	votes.AddIndex("idx_bench_votes_idea_user", true, "idea, user", "")
	votes.CreateRule = types.Pointer(`@request.auth.id != "" && @request.body.user = @request.auth.id`)
	if err := app.Save(votes); err != nil {
		b.Fatal(err)
	}
	if _, err := app.NonconcurrentDB().NewQuery("CREATE TABLE bench_log (id INTEGER PRIMARY KEY, record_id TEXT, idea TEXT)").Execute(); err != nil {
		b.Fatal(err)
	}
	app.OnRecordCreate("bench_votes").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := e.Next(); err != nil {
				return err
			}
			idea := e.Record.GetString("idea")
			if _, err := txApp.DB().NewQuery("UPDATE bench_bare SET votes_count = votes_count + 1 WHERE id = {:idea}").
				Bind(dbx.Params{"idea": idea}).Execute(); err != nil {
				return err
			}
			_, err := txApp.DB().NewQuery("INSERT INTO bench_log (record_id, idea) VALUES ({:id}, {:idea})").
				Bind(dbx.Params{"id": e.Record.Id, "idea": idea}).Execute()
			return err
		})
	})
	benchVotesIn(b, app, mux, "DELETE FROM bench_votes", func(mux http.Handler, id, token string) {
		serveOK(b, mux, http.MethodPost, "/api/collections/bench_votes/records", token, `{"user":"`+id+`","idea":"bench0000000001"}`)
	})
}

func mustCollectionId(b testing.TB, app core.App, name string) string {
	c, err := app.FindCollectionByNameOrId(name)
	if err != nil {
		b.Fatal(err)
	}
	return c.Id
}
