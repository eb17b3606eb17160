package tests

import (
	"fmt"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mitwirken/mitwirken/hooks/insight"
	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// The insight benchmarks add 1,000,000 feedback entries on ten services in
// the fixture municipalities, spread over 13 months, to the 100,000 ideas of
// the participation benchmarks, all with SQL, and rebuild the aggregates.

const (
	benchFeedback = 1_000_000
	benchServices = 10
)

// rebuildCost is how long the rebuild took, on the clock and on the CPU.
type rebuildCost struct{ wall, cpu time.Duration }

// insightBenchApp returns the app, its router and what the rebuild cost.
func insightBenchApp(b testing.TB) (*pbtests.TestApp, http.Handler, rebuildCost) {
	app := participationBenchData(b)
	bindUncachedCompare(app)
	mux := newMux(b, app)
	db := app.NonconcurrentDB()
	for _, statement := range insightBenchSQL() {
		if _, err := db.NewQuery(statement).Execute(); err != nil {
			b.Fatal(err)
		}
	}
	started, cpu := time.Now(), cpuTime()
	if err := insight.Rebuild(app, 5, started); err != nil {
		b.Fatal(err)
	}
	return app, mux, rebuildCost{time.Since(started), cpuTime() - cpu}
}

// insightBenchSQL are the statements that add the services and feedback.
func insightBenchSQL() []string {
	return []string{
		fmt.Sprintf(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
			INSERT INTO services (id, name, topic, regions, created, updated)
			SELECT printf('benchservice%%03d', i), 'Dienst ' || i, 'soziales', '["%s","%s"]', '', '' FROM n`,
			benchServices-1, mainKinzig, kyffhaeuser),
		// A tenth of the ideas are on a service, some of them implemented and shared.
		`UPDATE ideas SET service = CASE WHEN rowid % 100 = 0 THEN '` + wohngeld + `' ELSE printf('benchservice%03d', 1 + rowid % 9) END,
			status = CASE WHEN rowid % 30 = 0 THEN 'implemented' ELSE status END,
			shared_solution = (rowid % 300 = 0) WHERE id LIKE 'bench%' AND rowid % 10 = 0`,
		fmt.Sprintf(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
			INSERT INTO feedback (id, service, region, rating, text, barriers, channel, author, created, updated)
			SELECT printf('benchfeedback%%010d', i),
				CASE i %% %d WHEN 0 THEN '%s' ELSE printf('benchservice%%03d', i %% %d) END,
				CASE i %% 3 WHEN 0 THEN '%s' WHEN 1 THEN '%s' ELSE '%s' END,
				1 + abs(random()) %% 5, '', CASE i %% 7 WHEN 0 THEN '["mobile"]' WHEN 1 THEN '["complicated","language"]' ELSE '[]' END,
				'app', printf('benchuser%%06d', i %% 200000),
				strftime('%%Y-%%m-%%d %%H:%%M:%%fZ', 'now', '-' || (i %% 395) || ' days'), ''
			FROM n`, benchFeedback, benchServices, wohngeld, benchServices, gelnhausen, hanau, sondershausen),
		benchSummariesSQL(),
		"ANALYZE",
	}
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var usage syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	return time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
}

// benchSummariesSQL publishes a summary of every service and region, as the
// publication pass would for groups this large.
func benchSummariesSQL() string {
	columns := []string{"count", "mean"}
	values := []string{"COUNT(*)", "round(avg(rating), 1)"}
	for rating := 1; rating <= 5; rating++ {
		columns = append(columns, fmt.Sprintf("rating_%d", rating))
		values = append(values, fmt.Sprintf("SUM(rating = %d)", rating))
	}
	for _, barrier := range migrations.Barriers {
		columns = append(columns, "barrier_"+barrier)
		values = append(values, `SUM(barriers LIKE '%"`+barrier+`"%')`)
	}
	return `INSERT INTO feedback_summaries (id, service, region, ` + strings.Join(columns, ", ") + `)
		SELECT substr(lower(hex(randomblob(8))), 1, 15), service, region, ` + strings.Join(values, ", ") + `
		FROM feedback GROUP BY service, region`
}

// BenchmarkInsightCompare loads the comparison of Wohngeld across the Main-Kinzig-Kreis, anonymously.
func BenchmarkInsightCompare(b *testing.B) {
	_, mux, _ := insightBenchApp(b)
	b.ResetTimer()
	for b.Loop() {
		serveOK(b, mux, http.MethodGet, compareWohngeld, "", "")
	}
}

// TestInsightPerformanceReport measures, in one app and one run, the
// rebuild, the comparison (computed and from its cache), the open data
// files and the bare list of 30 records they are held against. The
// rebuild's CPU time is printed too: on a shared machine the wall time also
// counts the waits for a core.
func TestInsightPerformanceReport(t *testing.T) {
	if os.Getenv("MITWIRKEN_BENCH") == "" {
		t.Skip("set MITWIRKEN_BENCH=1 to measure")
	}
	_, mux, rebuild := insightBenchApp(t)
	perOp := func(url string) float64 {
		return float64(testing.Benchmark(func(b *testing.B) {
			for b.Loop() {
				serveOK(b, mux, http.MethodGet, url, "", "")
			}
		}).NsPerOp())
	}
	// The route's own cache answers every request after the first for 5
	// minutes; the computed comparison is measured as the route computes
	// it, through the same router, by a route that skips the cache.
	// The three alternate, and each figure is the median of three rounds, so
	// that the load of a shared machine falls on all of them alike.
	serveOK(t, mux, http.MethodGet, compareWohngeld, "", "")
	var computedRounds, cachedRounds, bareRounds, computedRatios, cachedRatios []float64
	for range 3 {
		computed, cached := perOp(uncachedCompareURL), perOp(compareWohngeld)
		bare := perOp("/api/collections/bench_bare/records?perPage=30&skipTotal=1")
		computedRounds, cachedRounds, bareRounds = append(computedRounds, computed), append(cachedRounds, cached), append(bareRounds, bare)
		computedRatios, cachedRatios = append(computedRatios, computed/bare), append(cachedRatios, cached/bare)
	}
	computed, cached, bare := median(computedRounds), median(cachedRounds), median(bareRounds)
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("insight benchmarks (%d ideas, %d feedback entries, same app and run; load average %s):\n",
		benchIdeas, benchFeedback, strings.Join(strings.Fields(string(load))[:3], " "))
	// Benchmarks print figures and never fail on them: a loaded machine is not a regression.
	fmt.Printf("  insight rebuild at 100k ideas / 1M feedback: %.1f s (budget 60 s), %.1f s of CPU\n", rebuild.wall.Seconds(), rebuild.cpu.Seconds())
	fmt.Printf("  bare list of 30: %.2f ms\n", bare/1e6)
	fmt.Printf("  compare computed (uncached): %.2f ms = %.2fx bare (budget 2x)\n", computed/1e6, median(computedRatios))
	fmt.Printf("  compare cached (5 minutes):  %.2f ms = %.2fx bare (budget 2x)\n", cached/1e6, median(cachedRatios))
	for _, file := range opendataFiles {
		started := time.Now()
		serveOK(t, mux, http.MethodGet, "/api/opendata/"+file, "", "") // read and encoded; later downloads until the next rebuild are kept
		first := float64(time.Since(started))
		cost := perOp("/api/opendata/" + file)
		fmt.Printf("  opendata %-14s first download %.2f ms = %.2fx bare, then %.2f ms = %.2fx bare\n", file+":", first/1e6, first/bare, cost/1e6, cost/bare)
	}
}

// uncachedCompareURL is the comparison of Wohngeld across the
// Main-Kinzig-Kreis on the route of bindUncachedCompare.
const uncachedCompareURL = "/bench/compare?service=" + wohngeld + "&region=" + mainKinzig

// bindUncachedCompare adds a route that answers what GET
// /api/insight/compare answers (the same lookups of its parameters, the
// same assembly, the same JSON) without the route's cache.
func bindUncachedCompare(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/bench/compare", func(e *core.RequestEvent) error {
			query := e.Request.URL.Query()
			service, err := e.App.FindRecordById("services", query.Get("service"))
			if err != nil {
				return err
			}
			district, err := e.App.FindRecordById("regions", query.Get("region"))
			if err != nil || district.GetString("kind") != "landkreis" {
				return e.BadRequestError("no district", err)
			}
			comparison, err := insight.Compare(e.App, insight.Named{Id: service.Id, Name: service.GetString("name")},
				insight.Named{Id: district.Id, Name: district.GetString("name")}, 5, time.Now())
			if err != nil {
				return err
			}
			return e.JSON(http.StatusOK, comparison)
		})
		return se.Next()
	})
}
