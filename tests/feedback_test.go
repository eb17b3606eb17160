package tests

import (
	"encoding/json"
	"maps"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mitwirken/mitwirken/hooks"
	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Services offered in one place only, and further entries on Wohngeld in Gelnhausen.
const (
	kitaHanau   = "kitahanau000000" // offered by the municipality of Hanau only
	pflegeKyff  = "pflegekyff00000" // offered by the Kyffhäuserkreis only
	feedbackBen = "feedbackben0001" // Ben: 5 stars, screen reader barrier
	paperEntry  = "paperentry00001" // from a paper form, without an author: 1 star
)

// appForFeedback is a test app whose catalogue also has services offered in one place only.
func appForFeedback(t testing.TB) *pbtests.TestApp {
	app := newTestApp(t)
	b := &builder{app: app}
	b.add("services", kitaHanau, map[string]any{"name": "Kita-Platz", "topic": "familie_kind", "regions": []string{hanau}})
	b.add("services", pflegeKyff, map[string]any{"name": "Hilfe zur Pflege", "topic": "soziales", "regions": []string{kyffhaeuser}})
	if b.err != nil {
		t.Fatal(b.err)
	}
	return app
}

func addBensFeedback(t testing.TB, app core.App) {
	b := &builder{app: app}
	b.add("feedback", feedbackBen, map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 5,
		"barriers": []string{"screenreader"}, "author": personId("ben")})
	if b.err != nil {
		t.Fatal(b.err)
	}
}

func addPaperFeedback(t testing.TB, app core.App) {
	b := &builder{app: app}
	b.add("feedback", paperEntry, map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 1, "channel": "paper"})
	if b.err != nil {
		t.Fatal(b.err)
	}
}

// backdate moves an entry's creation into the past, as if it had been given days ago.
func backdate(id string, days int) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		created := types.NowDateTime().AddDate(0, 0, -days).String()
		_, err := app.NonconcurrentDB().Update("feedback", dbx.Params{"created": created}, dbx.HashExp{"id": id}).Execute()
		if err != nil {
			t.Fatal(err)
		}
	}
}

// feedbackBody is a new entry as a client sends it.
func feedbackBody(person, service, region, extra string) string {
	body := `{"service":"` + service + `","region":"` + region + `"`
	if person != "" {
		body += `,"author":"` + personId(person) + `"`
	}
	return body + extra + `}`
}

// at names the aggregate of a service in a region.
type at struct{ service, region string }

// aggregate is what the public sees of the feedback on a service in a region.
type aggregate struct {
	count    int
	mean     float64        // the route answers null when count is 0
	ratings  [5]int         // how many gave 1, 2, 3, 4 and 5 stars
	barriers map[string]int // missing barriers are 0
}

// annaOnly is the aggregate of the fixtures: Anna's 2 stars with "complicated".
var annaOnly = aggregate{count: 1, mean: 2, ratings: [5]int{0, 1, 0, 0, 0}, barriers: map[string]int{"complicated": 1}}

// checkAggregate compares the feedback_stats row and the answer of the
// public route, served by mux, with want.
func checkAggregate(t testing.TB, app core.App, mux http.Handler, where at, want aggregate) {
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

	res := httptest.NewRecorder()
	mux.ServeHTTP(res, httptest.NewRequest(http.MethodGet, "/api/services/"+where.service+"/feedback?region="+where.region, nil))
	if res.Code != http.StatusOK {
		t.Fatalf("%v: route status got %d, want 200: %s", where, res.Code, res.Body)
	}
	var got struct {
		Service, Region string
		Count           int
		Mean            *float64
		Distribution    map[string]int
		Barriers        map[string]int
	}
	if err := json.Unmarshal(res.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	wantDistribution := map[string]int{}
	for i, n := range want.ratings {
		wantDistribution[strconv.Itoa(i+1)] = n
	}
	wantBarriers := map[string]int{}
	for _, barrier := range migrations.Barriers {
		wantBarriers[barrier] = want.barriers[barrier]
	}
	if got.Service != where.service || got.Region != where.region || got.Count != want.count ||
		!maps.Equal(got.Distribution, wantDistribution) || !maps.Equal(got.Barriers, wantBarriers) {
		t.Errorf("%v: route got %s, want count %d, distribution %v, barriers %v",
			where, res.Body, want.count, wantDistribution, wantBarriers)
	}
	switch {
	case want.count == 0 && got.Mean != nil:
		t.Errorf("%v: mean got %v, want null", where, *got.Mean)
	case want.count > 0 && (got.Mean == nil || *got.Mean != want.mean):
		t.Errorf("%v: mean got %s, want %v", where, res.Body, want.mean)
	}
}

// newMux builds the app's router as PocketBase's serve command does, with
// every custom route bound. Build it once per app: each new router binds
// PocketBase's UI routes to the app's serve hook again, and a second set of
// them would collide.
func newMux(t testing.TB, app *pbtests.TestApp) http.Handler {
	t.Helper()
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	var mux http.Handler
	err = app.OnServe().Trigger(&core.ServeEvent{App: app, Router: router}, func(e *core.ServeEvent) error {
		built, err := e.Router.BuildMux()
		mux = built
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return mux
}

func TestFeedbackReplacesOnlyTheSamePersonsRecentEntry(t *testing.T) {
	app := newTestApp(t)
	collection, err := app.FindCollectionByNameOrId("feedback")
	if err != nil {
		t.Fatal(err)
	}
	now := types.NowDateTime()
	entry := func(id, author, service, region string, daysAgo int) hooks.Feedback {
		r := core.NewRecord(collection)
		r.Id = id
		r.Load(map[string]any{"author": author, "service": service, "region": region})
		r.SetRaw("created", now.Add(-time.Duration(daysAgo)*24*time.Hour)) // Set ignores autodate fields
		return hooks.Feedback{Record: r}
	}
	anna, ben := personId("anna"), personId("ben")
	newer := entry("new", anna, wohngeld, gelnhausen, 0)
	for _, c := range []struct {
		name         string
		newer, older hooks.Feedback
		want         bool
	}{
		{"the same person's entry of yesterday is replaced", newer, entry("old", anna, wohngeld, gelnhausen, 1), true},
		{"the same person's entry of 29 days ago is replaced", newer, entry("old", anna, wohngeld, gelnhausen, 29), true},
		{"the same person's entry of 30 days ago stands", newer, entry("old", anna, wohngeld, gelnhausen, 30), false},
		{"another person's entry stands", newer, entry("old", ben, wohngeld, gelnhausen, 1), false},
		{"the same person's entry on another service stands", newer, entry("old", anna, kitaHanau, gelnhausen, 1), false},
		{"the same person's entry in another region stands", newer, entry("old", anna, wohngeld, hanau, 1), false},
		{"an entry without an author is never replaced", newer, entry("old", "", wohngeld, gelnhausen, 1), false},
		{"an entry without an author replaces nothing", entry("new", "", wohngeld, gelnhausen, 0), entry("old", "", wohngeld, gelnhausen, 1), false},
		{"an entry does not replace itself", newer, newer, false},
	} {
		if got := c.newer.Replaces(c.older); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
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
		{"entries of several people and channels add up, the mean rounded to two decimals",
			func(t testing.TB, app core.App) { addBensFeedback(t, app); addPaperFeedback(t, app) },
			at{wohngeld, gelnhausen}, aggregate{count: 3, mean: 2.67, ratings: [5]int{1, 1, 0, 0, 1},
				barriers: map[string]int{"complicated": 1, "screenreader": 1}}},
		{"a region without feedback answers zero", nil, at{wohngeld, hanau}, aggregate{}},
		{"a district without feedback answers zero", nil, at{wohngeld, kyffhaeuser}, aggregate{}},
		{"a service without any feedback answers zero", nil, at{kitaHanau, hanau}, aggregate{}},
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

// feedbackWrite is a scenario that writes feedback through the REST API and
// states which entries remain and what the public aggregates are afterwards.
type feedbackWrite struct {
	name   string
	setup  func(testing.TB, core.App)
	as     string
	method string
	url    string
	body   string
	status int
	has    []string
	gone   []string // entries the request deleted
	kept   []string // entries still there
	want   map[at]aggregate
}

func runFeedbackWrites(t *testing.T, rows []feedbackWrite) {
	t.Helper()
	for _, row := range rows {
		var mux http.Handler // the scenario's own routes, for reading the aggregates afterwards
		scenario := pbtests.ApiScenario{
			Name: row.name, Method: row.method, URL: row.url, Headers: as(row.as),
			ExpectedStatus: row.status, ExpectedContent: row.has, TestAppFactory: appForFeedback,
			BeforeTestFunc: func(t testing.TB, app *pbtests.TestApp, e *core.ServeEvent) {
				if row.setup != nil {
					row.setup(t, app)
				}
				built, err := e.Router.BuildMux()
				if err != nil {
					t.Fatal(err)
				}
				mux = built
			},
			AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, _ *http.Response) {
				for _, id := range row.gone {
					if _, err := app.FindRecordById("feedback", id); err == nil {
						t.Errorf("entry %s: still there, want it replaced or deleted", id)
					}
				}
				for _, id := range row.kept {
					if _, err := app.FindRecordById("feedback", id); err != nil {
						t.Errorf("entry %s: got %v, want it kept", id, err)
					}
				}
				for where, want := range row.want {
					checkAggregate(t, app, mux, where, want)
				}
			},
		}
		if row.body != "" {
			scenario.Body = strings.NewReader(row.body)
		}
		if len(scenario.ExpectedContent) == 0 && row.status != http.StatusNoContent {
			scenario.NotExpectedContent = []string{"__never_in_a_response__"}
		}
		scenario.Test(t)
	}
}

func TestFeedbackReplacementKeepsOneOpinionPerPerson(t *testing.T) {
	records := "/api/collections/feedback/records"
	fourStarsMobile := aggregate{count: 1, mean: 4, ratings: [5]int{0, 0, 0, 1, 0}, barriers: map[string]int{"mobile": 1}}
	runFeedbackWrites(t, []feedbackWrite{
		{name: "a second entry of the same person within 30 days replaces the first", as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", wohngeld, gelnhausen, `,"rating":4,"barriers":["mobile"]`),
			status: 200, has: []string{`"rating":4`}, gone: []string{feedbackAnna},
			want: map[at]aggregate{{wohngeld, gelnhausen}: fourStarsMobile}},
		{name: "an entry of 29 days ago is still replaced", setup: backdate(feedbackAnna, 29), as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", wohngeld, gelnhausen, `,"rating":4,"barriers":["mobile"]`),
			status: 200, has: []string{`"rating":4`}, gone: []string{feedbackAnna},
			want: map[at]aggregate{{wohngeld, gelnhausen}: fourStarsMobile}},
		{name: "after 30 days a new entry stands beside the older one", setup: backdate(feedbackAnna, 31), as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", wohngeld, gelnhausen, `,"rating":4,"barriers":["mobile"]`),
			status: 200, has: []string{`"rating":4`}, kept: []string{feedbackAnna},
			want: map[at]aggregate{{wohngeld, gelnhausen}: {count: 2, mean: 3, ratings: [5]int{0, 1, 0, 1, 0},
				barriers: map[string]int{"complicated": 1, "mobile": 1}}}},
		{name: "feedback of another person adds up", as: "ben",
			method: http.MethodPost, url: records, body: feedbackBody("ben", wohngeld, gelnhausen, `,"rating":5,"barriers":["screenreader"]`),
			status: 200, kept: []string{feedbackAnna}, has: []string{`"rating":5`},
			want: map[at]aggregate{{wohngeld, gelnhausen}: {count: 2, mean: 3.5, ratings: [5]int{0, 1, 0, 0, 1},
				barriers: map[string]int{"complicated": 1, "screenreader": 1}}}},
		{name: "an assisted entry without an author replaces nothing", as: "admin",
			method: http.MethodPost, url: records, body: feedbackBody("", wohngeld, gelnhausen, `,"rating":3,"channel":"assisted"`),
			status: 200, kept: []string{feedbackAnna}, has: []string{`"channel":"assisted"`},
			want: map[at]aggregate{{wohngeld, gelnhausen}: {count: 2, mean: 2.5, ratings: [5]int{0, 1, 1, 0, 0},
				barriers: map[string]int{"complicated": 1}}}},
		{name: "an entry without an author is never replaced", setup: addPaperFeedback, as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", wohngeld, gelnhausen, `,"rating":4`),
			status: 200, has: []string{`"rating":4`}, gone: []string{feedbackAnna}, kept: []string{paperEntry},
			want: map[at]aggregate{{wohngeld, gelnhausen}: {count: 2, mean: 2.5, ratings: [5]int{1, 0, 0, 1, 0}}}},
		{name: "the same person's entry in another region replaces nothing", as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", wohngeld, hanau, `,"rating":5`),
			status: 200, has: []string{`"rating":5`}, kept: []string{feedbackAnna},
			want: map[at]aggregate{{wohngeld, gelnhausen}: annaOnly, {wohngeld, hanau}: {count: 1, mean: 5, ratings: [5]int{0, 0, 0, 0, 1}}}},
	})
}

func TestFeedbackChangesKeepTheAggregateExact(t *testing.T) {
	entry := "/api/collections/feedback/records/" + feedbackAnna
	runFeedbackWrites(t, []feedbackWrite{
		{name: "the author changes her rating and the aggregate follows", as: "anna",
			method: http.MethodPatch, url: entry, body: `{"rating":5}`, status: 200, has: []string{`"rating":5`},
			want: map[at]aggregate{{wohngeld, gelnhausen}: {count: 1, mean: 5, ratings: [5]int{0, 0, 0, 0, 1},
				barriers: map[string]int{"complicated": 1}}}},
		{name: "the author changes her barriers and the aggregate follows", as: "anna",
			method: http.MethodPatch, url: entry, body: `{"barriers":["screenreader","language"]}`, status: 200, has: []string{`"screenreader"`},
			want: map[at]aggregate{{wohngeld, gelnhausen}: {count: 1, mean: 2, ratings: [5]int{0, 1, 0, 0, 0},
				barriers: map[string]int{"screenreader": 1, "language": 1}}}},
		{name: "changing only the text leaves the aggregate as it was", as: "anna",
			method: http.MethodPatch, url: entry, body: `{"text":"Inzwischen verstehe ich es."}`, status: 200, has: []string{"Inzwischen"},
			want: map[at]aggregate{{wohngeld, gelnhausen}: annaOnly}},
		{name: "the superuser moves an entry to another region and both aggregates follow", as: "admin",
			method: http.MethodPatch, url: entry, body: `{"region":"` + hanau + `"}`, status: 200, has: []string{hanau},
			want: map[at]aggregate{{wohngeld, gelnhausen}: {}, {wohngeld, hanau}: annaOnly}},
		{name: "deleting the only entry empties the aggregate", as: "anna",
			method: http.MethodDelete, url: entry, status: 204, gone: []string{feedbackAnna},
			want: map[at]aggregate{{wohngeld, gelnhausen}: {}}},
		{name: "deleting one of two entries keeps the other", setup: addBensFeedback, as: "anna",
			method: http.MethodDelete, url: entry, status: 204, gone: []string{feedbackAnna}, kept: []string{feedbackBen},
			want: map[at]aggregate{{wohngeld, gelnhausen}: {count: 1, mean: 5, ratings: [5]int{0, 0, 0, 0, 1},
				barriers: map[string]int{"screenreader": 1}}}},
	})
}

func TestFeedbackOnlyWhereTheServiceIsOffered(t *testing.T) {
	records := "/api/collections/feedback/records"
	notOffered := `"region":{"code":"feedback_service_not_offered"`
	runFeedbackWrites(t, []feedbackWrite{
		{name: "a district's service takes feedback in its municipalities", as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", pflegeKyff, sondershausen, `,"rating":3`),
			status: 200, want: map[at]aggregate{{pflegeKyff, sondershausen}: {count: 1, mean: 3, ratings: [5]int{0, 0, 1, 0, 0}}}},
		{name: "a district's service takes feedback for the district itself", as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", wohngeld, mainKinzig, `,"rating":3`),
			status: 200, kept: []string{feedbackAnna},
			want: map[at]aggregate{{wohngeld, mainKinzig}: {count: 1, mean: 3, ratings: [5]int{0, 0, 1, 0, 0}}}},
		{name: "a municipality's service takes feedback there", as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", kitaHanau, hanau, `,"rating":4`),
			status: 200, want: map[at]aggregate{{kitaHanau, hanau}: {count: 1, mean: 4, ratings: [5]int{0, 0, 0, 1, 0}}}},
		{name: "a municipality's service takes no feedback in its neighbour", as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", kitaHanau, gelnhausen, `,"rating":4`),
			status: 400, has: []string{notOffered}, want: map[at]aggregate{{kitaHanau, gelnhausen}: {}}},
		{name: "a municipality's service takes no feedback for its whole district", as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", kitaHanau, mainKinzig, `,"rating":4`),
			status: 400, has: []string{notOffered}, want: map[at]aggregate{{kitaHanau, mainKinzig}: {}}},
		{name: "another district's service takes no feedback", as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", pflegeKyff, gelnhausen, `,"rating":4`),
			status: 400, has: []string{notOffered}, want: map[at]aggregate{{pflegeKyff, gelnhausen}: {}}},
		{name: "an assisted entry is checked too", as: "admin",
			method: http.MethodPost, url: records, body: feedbackBody("", pflegeKyff, gelnhausen, `,"rating":4,"channel":"assisted"`),
			status: 400, has: []string{notOffered}, want: map[at]aggregate{{pflegeKyff, gelnhausen}: {}}},
		{name: "a missing service is reported on the service, not as not offered", as: "anna",
			method: http.MethodPost, url: records, body: feedbackBody("anna", "unknown00000000", gelnhausen, `,"rating":4`),
			status: 400, has: []string{`"service":{"code":"validation_missing_rel_records"`}},
		{name: "moving an entry to a service not offered there is refused and changes nothing", as: "admin",
			method: http.MethodPatch, url: records + "/" + feedbackAnna, body: `{"service":"` + kitaHanau + `"}`,
			status: 400, has: []string{notOffered}, kept: []string{feedbackAnna},
			want: map[at]aggregate{{wohngeld, gelnhausen}: annaOnly, {kitaHanau, gelnhausen}: {}}},
	})

	for _, c := range []struct{ language, message string }{
		{"", "Dieser Dienst wird in dieser Region nicht online angeboten."},
		{"en-GB,en;q=0.9", "This service is not offered online in this region."},
	} {
		headers := as("anna")
		headers["Accept-Language"] = c.language
		scenario := pbtests.ApiScenario{
			Name:   "the refusal is explained in the request's language " + c.language,
			Method: http.MethodPost, URL: records, Headers: headers,
			Body:           strings.NewReader(feedbackBody("anna", kitaHanau, gelnhausen, `,"rating":4`)),
			ExpectedStatus: 400, ExpectedContent: []string{notOffered + `,"message":"` + c.message + `"`},
			TestAppFactory: appForFeedback,
		}
		scenario.Test(t)
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
	fixtureAnswer := `{"service":"` + wohngeld + `","region":"` + gelnhausen + `","count":1,"mean":2,` +
		`"distribution":{"1":0,"2":1,"3":0,"4":0,"5":0},` +
		`"barriers":{"complicated":1,"in_person":0,"language":0,"mobile":0,"screenreader":0}}`
	rows := []access{
		{name: "anonymous reads the aggregate, though not the single entries", url: route + "?region=" + gelnhausen,
			status: 200, has: []string{fixtureAnswer}},
		{name: "a citizen of another region reads the same aggregate", as: "ben", url: route + "?region=" + gelnhausen,
			status: 200, has: []string{fixtureAnswer}},
		{name: "a region without feedback answers count 0 and no mean", url: route + "?region=" + hanau,
			status: 200, has: []string{`"count":0,"mean":null,"distribution":{"1":0,"2":0,"3":0,"4":0,"5":0}`}},
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

func TestFeedbackStatsAreWrittenOnlyByHooks(t *testing.T) {
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
		{name: "anonymous lists the stats", url: records, status: 200,
			has: []string{`"service":"` + wohngeld + `"`, `"region":"` + gelnhausen + `"`, `"count":1`}},
		{name: "anonymous views a stats row", url: entry, status: 200, has: []string{`"rating_2":1`, `"barrier_complicated":1`}},
		{name: "the superuser may correct a row by hand", as: "admin", method: http.MethodPatch, url: entry,
			body: `{"count":2}`, status: 200, has: []string{`"count":2`}},
	}
	for _, p := range nonSuperusers {
		rows = append(rows,
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
			repaired, err := hooks.RecountFeedbackStats(app)
			if err != nil {
				t.Fatal(err)
			}
			if repaired != c.repaired {
				t.Errorf("repaired: got %d, want %d", repaired, c.repaired)
			}
			checkAggregate(t, app, newMux(t, app), at{wohngeld, gelnhausen}, c.want)
			if again, err := hooks.RecountFeedbackStats(app); err != nil || again != 0 {
				t.Errorf("second recount: got %d, %v, want 0, nil", again, err)
			}
		})
	}
}

func TestFeedbackStatsMigrationRevertsAndCountsExistingFeedback(t *testing.T) {
	app := newTestApp(t)
	var migration *core.Migration
	for _, m := range core.AppMigrations.Items() {
		if m.File == "1764100600_feedback_stats.go" {
			migration = m
		}
	}
	if migration == nil {
		t.Fatal("migration 1764100600_feedback_stats.go is not registered")
	}
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
