package tests

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The participation benchmarks compare Mitwirken's hot paths with bare
// PocketBase in the same app and run: a collection without rules, relations
// or hooks. Run them with `go test ./tests -run '^$' -bench .`, or get the
// ratios printed with MITWIRKEN_BENCH=1 go test ./tests -run PerformanceReport -v.

const benchIdeas = 100_000

// participationBenchApp holds 100,000 published ideas spread over the
// fixture municipalities and as many bare records, inserted with SQL.
func participationBenchApp(b testing.TB) (*pbtests.TestApp, http.Handler) {
	app := participationBenchData(b)
	return app, newMux(b, app)
}

// participationBenchData is the app of participationBenchApp before it serves.
func participationBenchData(b testing.TB) *pbtests.TestApp {
	app := newTestApp(b)
	settings := app.Settings()
	settings.RateLimits.Enabled = false
	if err := app.Save(settings); err != nil {
		b.Fatal(err)
	}
	// The bare collection has the same fields as ideas, so that both lists
	// export the same records; it has no rules, indexes or hooks.
	ideas, err := app.FindCollectionByNameOrId("ideas")
	if err != nil {
		b.Fatal(err)
	}
	fields, err := json.Marshal(ideas.Fields)
	if err != nil {
		b.Fatal(err)
	}
	bare := core.NewBaseCollection("bench_bare")
	defaultId := bare.Fields.GetByName(core.FieldNameId)
	if err := json.Unmarshal(fields, &bare.Fields); err != nil {
		b.Fatal(err)
	}
	bare.Fields.Add(defaultId) // PocketBase's own id, not the client-id pattern of ideas

	bare.ListRule = types.Pointer("")
	bare.CreateRule = types.Pointer("")
	if err := app.Save(bare); err != nil {
		b.Fatal(err)
	}
	_, err = app.NonconcurrentDB().NewQuery(fmt.Sprintf(`
		WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
		INSERT INTO ideas (id, title, body, region, status, votes_count, channel, created, updated)
		SELECT printf('bench%%010d', i), 'Idee ' || i, 'Ein Text zur Idee.',
			CASE i %% 4 WHEN 0 THEN '%s' WHEN 1 THEN '%s' WHEN 2 THEN '%s' ELSE '%s' END,
			'published', abs(random()) %% 1000, 'app', strftime('%%Y-%%m-%%d %%H:%%M:%%fZ'), strftime('%%Y-%%m-%%d %%H:%%M:%%fZ')
		FROM n`, benchIdeas, gelnhausen, hanau, sondershausen, mainKinzig)).Execute()
	if err != nil {
		b.Fatal(err)
	}
	_, err = app.NonconcurrentDB().NewQuery(`INSERT INTO bench_bare (id, title, body, region, status, votes_count, channel, created, updated)
		SELECT id, title, body, region, status, votes_count, channel, created, updated FROM ideas`).Execute()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := app.NonconcurrentDB().NewQuery("ANALYZE").Execute(); err != nil {
		b.Fatal(err)
	}
	return app
}

// BenchmarkTopIdeasOfRegion lists the 30 ideas of a municipality with the
// most votes, anonymously, as the PWA does.
func BenchmarkTopIdeasOfRegion(b *testing.B) {
	_, mux := participationBenchApp(b)
	url := "/api/collections/ideas/records?perPage=30&skipTotal=1&sort=-votes_count&filter=" + urlQuery("region='"+gelnhausen+"'")
	b.ResetTimer()
	for b.Loop() {
		serveOK(b, mux, http.MethodGet, url, "", "")
	}
}

// BenchmarkBareUnsortedList is the baseline of the list above.
func BenchmarkBareUnsortedList(b *testing.B) {
	_, mux := participationBenchApp(b)
	b.ResetTimer()
	for b.Loop() {
		serveOK(b, mux, http.MethodGet, "/api/collections/bench_bare/records?perPage=30&skipTotal=1", "", "")
	}
}

// BenchmarkVote casts votes of different people on one idea through the API;
// each vote moves the counter in the same transaction.
func BenchmarkVote(b *testing.B) {
	benchVotes(b, func(mux http.Handler, id, token string) {
		serveOK(b, mux, http.MethodPost, "/api/collections/votes/records", token, `{"user":"`+id+`","idea":"`+ideaKyff+`"}`)
	})
}

// BenchmarkVoteOverSync casts the same votes as BenchmarkVote, each pushed
// alone by a device, as a phone does when it is online.
func BenchmarkVoteOverSync(b *testing.B) {
	benchVotes(b, func(mux http.Handler, _, token string) {
		serveOK(b, mux, http.MethodPost, "/api/sync/push", token, `{"device":"`+uuid.NewString()+`","mutations":[{"id":"`+
			uuid.NewString()+`","seq":1,"type":"vote.cast","args":{"id":"`+uuid.NewString()+`","idea":"`+ideaKyff+`"}}]}`)
	})
}

// benchVotes lets 2,000 people vote on one idea in turn, and starts again
// with the votes removed when all have voted.
func benchVotes(b *testing.B, vote func(mux http.Handler, id, token string)) {
	app, mux := participationBenchApp(b)
	benchVotesIn(b, app, mux, "DELETE FROM votes WHERE idea = 'ideakyff0000001'", vote)
}

// benchVotesIn is benchVotes in app; reset removes the votes cast.
func benchVotesIn(b *testing.B, app core.App, mux http.Handler, reset string, vote func(mux http.Handler, id, token string)) {
	ids, tokens := addCitizens(b, app, 2000)
	i := 0
	b.ResetTimer()
	for b.Loop() {
		if i == len(ids) {
			b.StopTimer()
			_, _ = app.NonconcurrentDB().NewQuery(reset).Execute()
			i = 0
			b.StartTimer()
		}
		vote(mux, ids[i], tokens[i])
		i++
	}
}

// bareCreateBody is the record of every bare create, the baseline's and its
// signed-in and concurrent variants', so that their ratios compare the same write.
const bareCreateBody = `{"title":"Neue Idee","body":"Ein Text zur Idee.","region":"` + gelnhausen + `","status":"published"}`

// BenchmarkBareCreate creates bare records through the API.
func BenchmarkBareCreate(b *testing.B) {
	_, mux := participationBenchApp(b)
	b.ResetTimer()
	for b.Loop() {
		serveOK(b, mux, http.MethodPost, "/api/collections/bench_bare/records", "", bareCreateBody)
	}
}

func urlQuery(s string) string {
	return strings.NewReplacer(" ", "%20", "'", "%27", "=", "%3D").Replace(s)
}

func TestParticipationPerformanceReport(t *testing.T) {
	if os.Getenv("MITWIRKEN_BENCH") == "" {
		t.Skip("set MITWIRKEN_BENCH=1 to measure")
	}
	ns := func(f func(*testing.B)) float64 {
		r := testing.Benchmark(f)
		return float64(r.NsPerOp())
	}
	top, bareList := ns(BenchmarkTopIdeasOfRegion), ns(BenchmarkBareUnsortedList)
	vote, syncVote, bareCreate := ns(BenchmarkVote), ns(BenchmarkVoteOverSync), ns(BenchmarkBareCreate)
	signedIn, signedInWithRule := ns(BenchmarkSignedInBareCreate), ns(BenchmarkSignedInBareCreateWithRule)
	floor, floorWithRule := ns(BenchmarkVoteFloor), ns(BenchmarkVoteFloorWithRule)
	fmt.Printf("participation benchmarks (%d ideas, same app and run):\n", benchIdeas)
	fmt.Printf("  top 30 ideas of a region by votes: %.2f ms, bare unsorted list: %.2f ms, ratio %.2fx (budget 2x)\n",
		top/1e6, bareList/1e6, top/bareList)
	fmt.Printf("  votes: %.0f/s, bare creates: %.0f/s, vote cost %.2fx a bare create\n", 1e9/vote, 1e9/bareCreate, vote/bareCreate)
	fmt.Printf("  votes over sync, one per push: %.0f/s, %.2fx a bare create\n", 1e9/syncVote, syncVote/bareCreate)
	fmt.Printf("  a bare create by a signed-in person: %.2fx a bare create; with the least create rule, signed in: %.2fx\n",
		signedIn/bareCreate, signedInWithRule/bareCreate)
	fmt.Printf("  the floor of a counted vote in PocketBase alone (signed-in create, counter and log row in one transaction, no rules or hooks of ours): %.2fx a bare create\n", floor/bareCreate)
	fmt.Printf("  the same with the votes' create rule (the idea is one the voter may see): %.2fx a bare create\n", floorWithRule/bareCreate)
	fmt.Printf("  a vote against that floor with the rule: %.2fx over REST, %.2fx over sync\n", vote/floorWithRule, syncVote/floorWithRule)
	capacityREST, capacitySync, capacityBare := testing.Benchmark(BenchmarkVoteCapacity), testing.Benchmark(BenchmarkVoteCapacityOverSync), testing.Benchmark(BenchmarkBareCreateCapacity)
	fmt.Printf("  capacity with %d requests in flight per core (the peak to carry: about 500 writes/s): votes %.0f/s over REST, %.0f/s over sync; bare creates %.0f/s\n",
		capacityClients, capacityREST.Extra["votes/s"], capacitySync.Extra["votes/s"], capacityBare.Extra["creates/s"])
	fmt.Printf("vote cost: %.2fx a bare create\n", vote/bareCreate)
	fmt.Printf("top30 / bare list: %.2fx\n", top/bareList)
	if top/bareList > 2 {
		t.Errorf("top-30 list costs %.2fx a bare unsorted list, budget 2x", top/bareList)
	}
}
