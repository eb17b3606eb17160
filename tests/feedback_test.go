package tests

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mitwirken/mitwirken/hooks/participation"
	"github.com/pocketbase/dbx"
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

func TestFeedbackReplacesOnlyTheSamePersonsRecentEntry(t *testing.T) {
	app := newTestApp(t)
	collection, err := app.FindCollectionByNameOrId("feedback")
	if err != nil {
		t.Fatal(err)
	}
	now := types.NowDateTime()
	entry := func(id, author, service, region string, daysAgo int) participation.Feedback {
		r := core.NewRecord(collection)
		r.Id = id
		r.Load(map[string]any{"author": author, "service": service, "region": region})
		r.SetRaw("created", now.Add(-time.Duration(daysAgo)*24*time.Hour)) // Set ignores autodate fields
		return participation.Feedback{Record: r}
	}
	anna, ben := personId("anna"), personId("ben")
	newer := entry("new", anna, wohngeld, gelnhausen, 0)
	for _, c := range []struct {
		name         string
		newer, older participation.Feedback
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
