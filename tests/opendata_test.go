package tests

import (
	"net/http"
	"testing"
	"time"

	"github.com/mitwirken/mitwirken/hooks"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// opendataContributor is a GovData contributor IRI for the tests; GovData
// assigns the real one to an operator.
const opendataContributor = "http://dcat-ap.de/def/contributors/mitwirkenTest"

// opendataApp is a test app whose operator configured the open data.
func opendataApp(t testing.TB) *pbtests.TestApp {
	t.Helper()
	app, err := pbtests.NewTestApp(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := hooks.DefaultConfig()
	cfg.OperatorName = "Zweckverband Mitwirken Test"
	cfg.ContactEmail = "daten@test.mitwirken.de"
	cfg.OpendataContributorId = opendataContributor
	hooks.Register(app, cfg)
	t.Cleanup(app.Cleanup)
	return app
}

// gelnhausenWohngeldCSV is the CSV row of five people's Wohngeld feedback
// in Gelnhausen in month: count, mean, the histogram of 1..5 stars and the
// shares of the barriers screenreader, complicated, in_person, mobile,
// language, magnification, other.
func gelnhausenWohngeldCSV(month string) string {
	return month + ",gelnhausen00000,Gelnhausen,gemeinde,06435011,06435,wohngeld0000000,Wohngeld,5,3.8,0,1,1,1,2,0.2,0.2,0,0.2,0,0.2,0"
}

// gelnhausenWohngeldJSON is the same row in the JSON distribution.
const gelnhausenWohngeldJSON = `"barrier_complicated_share":0.2,"barrier_in_person_share":0,"barrier_language_share":0,` +
	`"barrier_magnification_share":0.2,"barrier_mobile_share":0.2,"barrier_other_share":0,"barrier_screenreader_share":0.2,` +
	`"count":5,"district_ags":"06435","mean":3.8`

func TestOpendataFeedbackIsKAnonymousInCSVAndJSON(t *testing.T) {
	month := lastMonth().Format("2006-01")
	var rows []accessCheck
	for _, format := range []string{"csv", "json"} {
		url := "/api/opendata/feedback." + format
		five := gelnhausenWohngeldCSV(month)
		if format == "json" {
			five = gelnhausenWohngeldJSON
		}
		rows = append(rows,
			accessCheck{access: access{name: format + ": five people last month give the month's figures", url: url, status: 200,
				has: []string{five}},
				before: all(withRaters(4), feedbackGivenAt(lastMonth()), rebuilt)},
			accessCheck{access: access{name: format + ": four people last month give no number at all", url: url, status: 200,
				hasNot: []string{gelnhausen}},
				before: all(withRaters(3), feedbackGivenAt(lastMonth()), rebuilt)},
			accessCheck{access: access{name: format + ": five people this month: the running month is not published", url: url, status: 200,
				hasNot: []string{gelnhausen}},
				before: all(withRaters(4), rebuilt)},
			accessCheck{access: access{name: format + ": five last month and one this month: last month is held back (complementary suppression)",
				url: url, status: 200, hasNot: []string{gelnhausen}},
				before: all(withRaters(4), feedbackGivenAt(lastMonth()), withRater(4), rebuilt)},
		)
	}
	runChecksOn(t, opendataApp, rows)
}

func TestOpendataIdeasAndResponseTimes(t *testing.T) {
	month := lastMonth().Format("2006-01")
	runChecksOn(t, opendataApp, []accessCheck{
		{access: access{name: "ideas: the public ideas per region, topic, status and month; hidden and unmoderated ones not",
			url: "/api/opendata/ideas.csv", status: 200,
			has: []string{"month,region_id,region_name,region_kind,region_ags,district_ags,topic,status,count\n",
				month + ",gelnhausen00000,Gelnhausen,gemeinde,06435011,06435,,published,1\n",
				month + ",sondershausen00,Sondershausen,gemeinde,16065067,16065,,published,1\n"},
			hasNot: []string{",submitted"}},
			before: all(ideasCreatedAt(lastMonth()), rebuilt)},
		{access: access{name: "ideas as JSON with the licence and k", url: "/api/opendata/ideas.json", status: 200,
			has: []string{`"dataset":"ideas"`, `"license":"http://dcat-ap.de/def/licenses/dl-by-de/2.0"`, `"minGroupSize":5`,
				`"publisher":"Zweckverband Mitwirken Test"`, `"count":1,"district_ags":"06435","month":"` + month + `"`}},
			before: all(ideasCreatedAt(lastMonth()), rebuilt)},
		{access: access{name: "response times: a district includes its municipalities; no median before an answer",
			url: "/api/opendata/responses.json", status: 200,
			has: []string{`{"answered":0,"district_ags":"06435","median_days_to_response":null,"oldest_unanswered_days":`,
				`"region_id":"mainkinzig00000","region_kind":"landkreis"`}},
			before: rebuilt},
		{access: access{name: "response times as CSV: the median once answered", url: "/api/opendata/responses.csv", status: 200,
			has: []string{"region_id,region_name,region_kind,region_ags,district_ags,answered,unanswered,median_days_to_response,oldest_unanswered_days\n",
				"gelnhausen00000,Gelnhausen,gemeinde,06435011,06435,1,0,0,0\n"}},
			before: all(withRecord("status_changes", "statuschange002", map[string]any{"idea": ideaPublished, "to": "in_review",
				"response": "Wir prüfen das.", "actor": personId("stefan"), "organization": stadtGelnhausen}), rebuilt)},
		{access: access{name: "a region narrows the rows to it and its municipalities", url: "/api/opendata/ideas.csv?region=" + kyffhaeuser,
			status: 200, has: []string{"sondershausen00"}, hasNot: []string{gelnhausen}},
			before: rebuilt},
		{access: access{name: "since narrows the rows to the months from then on", url: "/api/opendata/ideas.csv?since=2999-01",
			status: 200, hasNot: []string{gelnhausen, sondershausen}},
			before: rebuilt},
	})
}

func TestOpendataIsOpenToEveryoneAndReadOnly(t *testing.T) {
	var rows []access
	for _, path := range []string{"catalog", "feedback.csv", "feedback.json", "ideas.csv", "ideas.json", "responses.csv", "responses.json"} {
		url := "/api/opendata/" + path
		rows = append(rows, access{name: "anonymous reads " + path, url: url, status: 200})
		for _, p := range nonSuperusers {
			rows = append(rows, access{name: p.role + " reads " + path, as: p.key, url: url, status: 200})
		}
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		for _, who := range []string{"", "admin"} {
			rows = append(rows, access{name: method + " by " + orAnonymous(who) + " is not allowed", as: who, method: method,
				url: "/api/opendata/feedback.csv", body: `{}`, status: 405, has: []string{`"status":405`}})
		}
	}
	rows = append(rows,
		access{name: "a dataset that does not exist is a JSON 404", url: "/api/opendata/people.csv", status: 404, has: []string{`"status":404`}},
		access{name: "a format that does not exist is a JSON 404", url: "/api/opendata/feedback.xlsx", status: 404, has: []string{`"status":404`}},
	)
	runChecksOn(t, opendataApp, checksOf(rows))
}

func TestOpendataAnswersBadParametersByField(t *testing.T) {
	runChecksOn(t, opendataApp, checksOf([]access{
		{name: "a malformed region", url: "/api/opendata/feedback.csv?region=x'--", status: 400,
			has: []string{`"region":{"code":"validation_invalid_format"`}},
		{name: "an unknown region", url: "/api/opendata/ideas.json?region=nosuchregion000", status: 400,
			has: []string{`"region":{"code":"validation_missing_rel_records"`}},
		{name: "a month that is no month", url: "/api/opendata/feedback.json?since=2025-13", status: 400,
			has: []string{`"since":{"code":"validation_invalid_format"`}},
	}))
}

// orAnonymous names a fixture person for a test name.
func orAnonymous(person string) string {
	if person == "" {
		return "anonymous"
	}
	return person
}

// ideasCreatedAt moves every idea into the month of at.
func ideasCreatedAt(at time.Time) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		created := at.Format("2006-01-02 15:04:05.000Z")
		if _, err := app.NonconcurrentDB().Update("ideas", dbx.Params{"created": created}, nil).Execute(); err != nil {
			t.Fatal(err)
		}
	}
}
