package tests

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/mitwirken/mitwirken/hooks/participation"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/types"
)

// benchRows is how much feedback the benchmarks' app holds for Wohngeld in Gelnhausen.
const benchRows = 10_000

// The public aggregate reads one stats row, so its cost must not grow with
// the feedback behind it: compare the sub-benchmarks with each other and with
// BenchmarkBareList, the cheapest list the REST API serves.
func BenchmarkFeedbackAggregateRead(b *testing.B) {
	for _, rows := range []int{1_000, benchRows, 100_000} {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			app := benchApp(b, rows)
			mux := newMux(b, app)
			url := "/api/services/" + wohngeld + "/feedback?region=" + gelnhausen
			want := fmt.Sprintf(`"count":%d,`, rows+1) // and Anna's entry of the fixtures
			if body := benchGet(b, mux, url); !strings.Contains(body, want) {
				b.Fatalf("got %s, want %s", body, want)
			}
			b.ResetTimer()
			for b.Loop() {
				benchGet(b, mux, url)
			}
		})
	}
}

// BenchmarkBareList is the baseline: an unsorted page of 30 records of a
// collection without rules, relations or hooks, in an app like the one above.
func BenchmarkBareList(b *testing.B) {
	app := benchApp(b, benchRows)
	bare := core.NewBaseCollection("bench_bare")
	bare.ListRule = types.Pointer("")
	bare.Fields.Add(&core.TextField{Name: "title"})
	if err := app.Save(bare); err != nil {
		b.Fatal(err)
	}
	for i := range 30 {
		record := core.NewRecord(bare)
		record.Set("title", fmt.Sprintf("record %d", i))
		if err := app.Save(record); err != nil {
			b.Fatal(err)
		}
	}
	mux := newMux(b, app)
	url := "/api/collections/bench_bare/records?perPage=30&skipTotal=1"
	if body := benchGet(b, mux, url); strings.Count(body, `"title"`) != 30 {
		b.Fatalf("got %s, want 30 records", body)
	}
	b.ResetTimer()
	for b.Loop() {
		benchGet(b, mux, url)
	}
}

// benchApp is a test app without rate limits and with rows more paper
// entries on Wohngeld in Gelnhausen. They are inserted with one SQL
// statement, bypassing the hooks, and then counted into feedback_stats by the
// recount.
func benchApp(b *testing.B, rows int) *pbtests.TestApp {
	b.Helper()
	app := newTestApp(b)
	// Measure the handlers, not the rate limiter that refuses a loop of anonymous requests.
	settings := app.Settings()
	settings.RateLimits.Enabled = false
	if err := app.Save(settings); err != nil {
		b.Fatal(err)
	}
	_, err := app.NonconcurrentDB().NewQuery(fmt.Sprintf(`
		WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
		INSERT INTO feedback (service, region, rating, barriers, channel, created, updated)
		SELECT '%s', '%s', 1 + i %% 5, CASE WHEN i %% 3 = 0 THEN '["complicated"]' ELSE '[]' END, 'paper',
			strftime('%%Y-%%m-%%d %%H:%%M:%%fZ', 'now'), strftime('%%Y-%%m-%%d %%H:%%M:%%fZ', 'now')
		FROM n`, rows, wohngeld, gelnhausen)).Execute()
	if err != nil {
		b.Fatal(err)
	}
	repaired, err := participation.RecountFeedbackStats(app)
	if err != nil || repaired != 1 {
		b.Fatalf("recount: got %d, %v, want 1 row repaired", repaired, err)
	}
	// The raw insert added no one to the pending contributors; with a group
	// size of 1 Anna alone completes a batch, and the summary is published.
	if err := participation.PublishFeedbackSummaries(app, 1); err != nil {
		b.Fatal(err)
	}
	return app
}

// A feedback write recounts the group's people only up to the threshold, so
// its cost must not grow with the feedback already given there.
func BenchmarkFeedbackWrite(b *testing.B) {
	for _, rows := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			app := benchApp(b, rows)
			collection, err := app.FindCollectionByNameOrId("feedback")
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				entry := core.NewRecord(collection)
				entry.Load(map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 3, "channel": "paper"})
				if err := app.Save(entry); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchGet serves one anonymous GET and returns the body, failing on any status but 200.
func benchGet(b *testing.B, mux http.Handler, url string) string {
	return string(serveOK(b, mux, http.MethodGet, url, "", ""))
}
