package tests

import (
	"encoding/json"
	"maps"
	"net/http"
	"strconv"
	"testing"

	"github.com/mitwirken/mitwirken/demo"
	"github.com/mitwirken/mitwirken/hooks"
	"github.com/mitwirken/mitwirken/hooks/participation"
	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// at names the aggregate of a service in a region.
type at struct{ service, region string }

// aggregate is the feedback on a service in a region: exact in feedback_stats,
// and what the public sees once enough people gave it.
type aggregate struct {
	count    int
	mean     float64        // as published: rounded to one decimal
	ratings  [5]int         // how many gave 1, 2, 3, 4 and 5 stars
	barriers map[string]int // missing barriers are 0
}

// annaOnly is the aggregate of the fixtures: Anna's 2 stars with "complicated".
var annaOnly = aggregate{count: 1, mean: 2, ratings: [5]int{0, 1, 0, 0, 0}, barriers: map[string]int{"complicated": 1}}

// minGroupSize is the default number of people below which the public sees no figures.
var minGroupSize = hooks.DefaultConfig().MinGroupSize

// checkAggregate compares the exact feedback_stats row with want, and checks
// that the public route, served by mux, shows no figures: these groups have
// fewer than minGroupSize people. feedback_summaries_test.go covers larger ones.
func checkAggregate(t testing.TB, app core.App, mux http.Handler, where at, want aggregate) {
	t.Helper()
	if want.count >= minGroupSize {
		t.Fatalf("%v: checkAggregate is for groups below %d people, got %d", where, minGroupSize, want.count)
	}
	checkStatsRow(t, app, where, want)
	checkSummary(t, mux, where, nil)
}

// checkStatsRow compares the feedback_stats row with want; without feedback there is no row.
func checkStatsRow(t testing.TB, app core.App, where at, want aggregate) {
	t.Helper()
	rows, err := app.FindAllRecords("feedback_stats", dbx.HashExp{"service": where.service, "region": where.region})
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case want.count == 0 && len(rows) != 0:
		t.Errorf("%v: got %d stats rows, want none", where, len(rows))
	case want.count > 0 && len(rows) != 1:
		t.Errorf("%v: got %d stats rows, want 1", where, len(rows))
	case want.count > 0:
		row, sum := rows[0], 0
		for i, n := range want.ratings {
			sum += (i + 1) * n
		}
		stored := map[string]int{"count": row.GetInt("count"), "rating_sum": row.GetInt("rating_sum")}
		expected := map[string]int{"count": want.count, "rating_sum": sum}
		for i, n := range want.ratings {
			name := "rating_" + strconv.Itoa(i+1)
			stored[name], expected[name] = row.GetInt(name), n
		}
		for _, barrier := range migrations.Barriers {
			stored["barrier_"+barrier], expected["barrier_"+barrier] = row.GetInt("barrier_"+barrier), want.barriers[barrier]
		}
		if !maps.Equal(stored, expected) {
			t.Errorf("%v: stats row got %v, want %v", where, stored, expected)
		}
	}
}

// checkSummary compares the answer of the public route with want; nil wants
// every figure null, as below the minimum group size.
func checkSummary(t testing.TB, mux http.Handler, where at, want *aggregate) {
	t.Helper()
	body := serveOK(t, mux, http.MethodGet, "/api/services/"+where.service+"/feedback?region="+where.region, "", "")
	var got struct {
		Service, Region string
		MinGroupSize    int
		Count           *int
		Mean            *float64
		Distribution    map[string]int
		Barriers        map[string]int
	}
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if got.Service != where.service || got.Region != where.region || got.MinGroupSize != minGroupSize {
		t.Errorf("%v: route got %s, want the service, region and minGroupSize %d", where, body, minGroupSize)
	}
	if want == nil {
		if got.Count != nil || got.Mean != nil || got.Distribution != nil || got.Barriers != nil {
			t.Errorf("%v: route got %s, want no figures below %d people", where, body, minGroupSize)
		}
		return
	}
	wantDistribution := map[string]int{}
	for i, n := range want.ratings {
		wantDistribution[strconv.Itoa(i+1)] = n
	}
	wantBarriers := map[string]int{}
	for _, barrier := range migrations.Barriers {
		wantBarriers[barrier] = want.barriers[barrier]
	}
	if got.Count == nil || *got.Count != want.count || got.Mean == nil || *got.Mean != want.mean ||
		!maps.Equal(got.Distribution, wantDistribution) || !maps.Equal(got.Barriers, wantBarriers) {
		t.Errorf("%v: route got %s, want count %d, mean %v, distribution %v, barriers %v",
			where, body, want.count, want.mean, wantDistribution, wantBarriers)
	}
}

func TestFeedbackAggregate(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup func(testing.TB, core.App)
		where at
		want  aggregate
	}{
		{"the fixtures hold Anna's entry", nil, at{wohngeld, gelnhausen}, annaOnly},
		{"entries of several people and channels add up",
			func(t testing.TB, app core.App) { addBensFeedback(t, app); addPaperFeedback(t, app) },
			at{wohngeld, gelnhausen}, aggregate{count: 3, mean: 2.67, ratings: [5]int{1, 1, 0, 0, 1},
				barriers: map[string]int{"complicated": 1, "screenreader": 1}}},
		{"a region without feedback has no row", nil, at{wohngeld, hanau}, aggregate{}},
		{"a district without feedback has no row", nil, at{wohngeld, kyffhaeuser}, aggregate{}},
		{"a service without any feedback has no row", nil, at{kitaHanau, hanau}, aggregate{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := appForFeedback(t)
			if c.setup != nil {
				c.setup(t, app)
			}
			checkAggregate(t, app, newMux(t, app), c.where, c.want)
		})
	}
}

func TestDeletingAServiceDeletesItsFeedbackAndStats(t *testing.T) {
	app := appForFeedback(t)
	addBensFeedback(t, app)
	service, err := app.FindRecordById("services", wohngeld)
	if err != nil {
		t.Fatal(err)
	}
	if err := app.Delete(service); err != nil {
		t.Fatal(err)
	}
	for _, collection := range []string{"feedback", "feedback_stats"} {
		if got := countOf(t, app, collection, dbx.HashExp{"service": wohngeld}); got != 0 {
			t.Errorf("%s of the deleted service: got %d, want 0", collection, got)
		}
	}
}

func TestFeedbackSummaryRoute(t *testing.T) {
	route := "/api/services/" + wohngeld + "/feedback"
	noFigures := `"minGroupSize":5,"count":null,"mean":null,"distribution":null,"barriers":null,"answered":null,"fixed_this_month":null}`
	rows := []access{
		{name: "anonymous gets no figures of Anna's single rating", url: route + "?region=" + gelnhausen,
			status: 200, has: []string{`{"service":"` + wohngeld + `","region":"` + gelnhausen + `",` + noFigures},
			hasNot: []string{`"count":1`, `"mean":2`}},
		{name: "a citizen of another region gets no figures either", as: "ben", url: route + "?region=" + gelnhausen,
			status: 200, has: []string{noFigures}},
		{name: "Anna herself gets no figures of her group of one", as: "anna", url: route + "?region=" + gelnhausen,
			status: 200, has: []string{noFigures}},
		{name: "a region without feedback answers the same as one with too few people", url: route + "?region=" + hanau,
			status: 200, has: []string{`{"service":"` + wohngeld + `","region":"` + hanau + `",` + noFigures}},
		{name: "a missing region names the region field", url: route,
			status: 400, has: []string{`"region":{"code":"validation_required"`}},
		{name: "an empty region names the region field", url: route + "?region=",
			status: 400, has: []string{`"region":{"code":"validation_required"`}},
		{name: "a region in capitals names the region field", url: route + "?region=GELNHAUSEN00000",
			status: 400, has: []string{`"region":{"code":"validation_invalid_format"`}},
		{name: "a region of the wrong length names the region field", url: route + "?region=gelnhausen",
			status: 400, has: []string{`"region":{"code":"validation_invalid_format"`}},
		{name: "a region with SQL in it names the region field", url: route + "?region=%27%20OR%201%3D1%20--%20xx",
			status: 400, has: []string{`"region":{"code":"validation_invalid_format"`}},
		{name: "an unknown region names the region field", url: route + "?region=unknown00000000",
			status: 400, has: []string{`"region":{"code":"validation_missing_rel_records"`}},
		{name: "an unknown service is a JSON 404", url: "/api/services/unknown00000000/feedback?region=" + gelnhausen,
			status: 404, has: []string{`"status":404`}},
	}
	run(t, rows)
}

func TestFeedbackStatsAreReadBySuperusersAndWrittenOnlyByHooks(t *testing.T) {
	records := "/api/collections/feedback_stats/records"
	app := newTestApp(t)
	row, err := app.FindFirstRecordByFilter("feedback_stats", "service = {:s} && region = {:r}",
		dbx.Params{"s": wohngeld, "r": gelnhausen})
	if err != nil {
		t.Fatal(err)
	}
	entry := records + "/" + row.Id // the same in every copy of the fixtures
	create := `{"service":"` + wohngeld + `","region":"` + hanau + `","count":99,"rating_sum":495,"rating_5":99}`
	rows := []access{
		{name: "the superuser lists the exact stats", as: "admin", url: records, status: 200,
			has: []string{`"service":"` + wohngeld + `"`, `"region":"` + gelnhausen + `"`, `"count":1`}},
		{name: "the superuser views an exact stats row", as: "admin", url: entry, status: 200,
			has: []string{`"rating_2":1`, `"barrier_complicated":1`}},
		{name: "the superuser may correct a row by hand", as: "admin", method: http.MethodPatch, url: entry,
			body: `{"count":2}`, status: 200, has: []string{`"count":2`}},
	}
	for _, p := range nonSuperusers {
		rows = append(rows,
			access{name: p.role + " cannot list the exact stats", as: p.key, url: records, status: 403,
				hasNot: []string{wohngeld, `"count"`}},
			access{name: p.role + " cannot view an exact stats row", as: p.key, url: entry, status: 403,
				hasNot: []string{wohngeld, `"rating_2"`}},
			access{name: p.role + " cannot create stats", as: p.key, method: http.MethodPost, url: records,
				body: create, status: 403, hasNot: []string{`"collectionName"`}},
			access{name: p.role + " cannot change stats", as: p.key, method: http.MethodPatch, url: entry,
				body: `{"count":99}`, status: 403, hasNot: []string{`"collectionName"`}},
			access{name: p.role + " cannot delete stats", as: p.key, method: http.MethodDelete, url: entry, status: 403})
	}
	run(t, rows)
}

func TestRecountFeedbackStatsRepairsDrift(t *testing.T) {
	for _, c := range []struct {
		name     string
		drift    string // SQL that bypasses the hooks
		repaired int
		want     aggregate // of Wohngeld in Gelnhausen afterwards
	}{
		{"without drift nothing is repaired", "", 0, annaOnly},
		{"counters changed by hand are corrected",
			"UPDATE feedback_stats SET count = 7, rating_2 = 0, barrier_complicated = 3", 1, annaOnly},
		{"an entry inserted by hand is counted",
			`INSERT INTO feedback (service, region, rating, barriers, channel) VALUES ('` + wohngeld + `', '` + gelnhausen + `', 5, '["mobile"]', 'paper')`,
			1, aggregate{count: 2, mean: 3.5, ratings: [5]int{0, 1, 0, 0, 1}, barriers: map[string]int{"complicated": 1, "mobile": 1}}},
		{"a lost row is rebuilt", "DELETE FROM feedback_stats", 1, annaOnly},
		{"the row of entries deleted by hand is removed", "DELETE FROM feedback", 1, aggregate{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			if c.drift != "" {
				if _, err := app.NonconcurrentDB().NewQuery(c.drift).Execute(); err != nil {
					t.Fatal(err)
				}
			}
			wantRepaired(t, app, participation.RecountFeedbackStats, c.repaired)
			checkAggregate(t, app, newMux(t, app), at{wohngeld, gelnhausen}, c.want)
			if again, err := participation.RecountFeedbackStats(app); err != nil || again != 0 {
				t.Errorf("second recount: got %d, %v, want 0, nil", again, err)
			}
		})
	}
}

func TestFeedbackStatsMigrationRevertsAndCountsExistingFeedback(t *testing.T) {
	app := newTestApp(t)
	migration := registeredMigration(t, "1764100600_feedback_stats.go")
	if err := migration.Down(app); err != nil {
		t.Fatalf("down: %v", err)
	}
	if _, err := app.FindCollectionByNameOrId("feedback_stats"); err == nil {
		t.Fatal("after down: feedback_stats still exists")
	}
	if err := migration.Up(app); err != nil {
		t.Fatalf("up: %v", err)
	}
	checkAggregate(t, app, newMux(t, app), at{wohngeld, gelnhausen}, annaOnly)
}

func TestDemoFeedbackIsOfferedAndCountedExactly(t *testing.T) {
	app := newEmptyApp(t)
	if err := demo.LoadIfEmpty(app); err != nil { // refused feedback would fail the load
		t.Fatal(err)
	}
	wantRepaired(t, app, participation.RecountFeedbackStats, 0)
}

// wantRepaired runs a nightly recount and checks how many rows it had to repair.
func wantRepaired(t testing.TB, app core.App, recount func(core.App) (int, error), want int) {
	t.Helper()
	repaired, err := recount(app)
	if err != nil {
		t.Fatal(err)
	}
	if repaired != want {
		t.Errorf("recount: got %d rows repaired, want %d", repaired, want)
	}
}
