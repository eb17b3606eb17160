package tests

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

func TestCompareShowsAServiceAcrossTheDistrictsMunicipalities(t *testing.T) {
	runChecks(t, []accessCheck{
		{access: access{name: "five people: Gelnhausen's rating with its 95% interval and the barrier shares", url: compareWohngeld,
			status: 200, has: []string{gelnhausenRated, `"interval":"normal-95"`, `"minGroupSize":5`,
				`"service":{"id":"wohngeld0000000","name":"Wohngeld"}`}},
			before: withRaters(4)},
		{access: access{name: "four people: too few ratings, no figure at all", url: compareWohngeld,
			status: 200, has: []string{gelnhausenTooFew}, hasNot: []string{`"count":4`, `3.5`}},
			before: withRaters(3)},
		{access: access{name: "a municipality of the district without feedback is listed without figures", url: compareWohngeld,
			status: 200, has: []string{`"id":"hanau0000000000","name":"Hanau","tooFewRatings":true,"rating":null`}}},
		{access: access{name: "a municipality of another district is not compared", url: compareWohngeld,
			status: 200, hasNot: []string{sondershausen}}},
		{access: access{name: "ideas by status and no median before any response", url: compareWohngeld, status: 200,
			has: []string{`"ideasByStatus":{"published":1},"medianDaysToResponse":null`}}, before: rebuilt},
		{access: access{name: "the median days to the first response", url: compareWohngeld, status: 200,
			has: []string{`"ideasByStatus":{"in_review":1},"medianDaysToResponse":0`}},
			before: all(withRecord("status_changes", "statuschange002", map[string]any{"idea": ideaPublished, "to": "in_review",
				"response": "Wir prüfen das.", "actor": personId("stefan"), "organization": stadtGelnhausen}), rebuilt)},
		{access: access{name: "the municipality that does worse sees the shared solution of the one that does better", url: compareWohngeld,
			status: 200, has: []string{
				`"id":"hanau0000000000","name":"Hanau","tooFewRatings":false,"rating":{"count":5,"mean":1.8`,
				`"sharedSolutions":[],"solutionsOfBetter":[{"idea":"ideapublished01","title":"Wohngeld in Leichter Sprache","region":"gelnhausen00000","regionName":"Gelnhausen"}]`,
				`"sharedSolutions":[{"idea":"ideapublished01","title":"Wohngeld in Leichter Sprache","region":"gelnhausen00000","regionName":"Gelnhausen"}],"solutionsOfBetter":[]`}},
			before: all(withRaters(4), withHanauRatings(5),
				withChange("ideas", ideaPublished, map[string]any{"status": "implemented", "shared_solution": true}), rebuilt)},
	})
}

func TestCompareTrendPublishesOnlyCompleteMonthsOfEnoughPeople(t *testing.T) {
	month := lastMonth().Format("2006-01")
	runChecks(t, []accessCheck{
		{access: access{name: "five people last month: the month's count and mean", url: compareWohngeld, status: 200,
			has: []string{`{"month":"` + month + `","count":5,"mean":3.8}`}},
			before: all(withRaters(4), feedbackGivenAt(lastMonth()), rebuilt)},
		{access: access{name: "four people last month: no figure for the month", url: compareWohngeld, status: 200,
			has: []string{`{"month":"` + month + `","count":null,"mean":null}`}, hasNot: []string{`"count":4`}},
			before: all(withRaters(3), feedbackGivenAt(lastMonth()), rebuilt)},
		{access: access{name: "five people this month: the running month is not shown", url: compareWohngeld, status: 200,
			has: []string{`{"month":"` + month + `","count":null,"mean":null}`}, hasNot: []string{`"count":5,"mean":3.8}`}},
			before: all(withRaters(4), rebuilt)},
		{access: access{name: "five last month and one this month: last month is held back, or the summary minus it tells the one",
			url: compareWohngeld, status: 200,
			has: []string{`{"month":"` + month + `","count":null,"mean":null}`}, hasNot: []string{`"count":5,"mean":3.8}`}},
			before: all(withRaters(4), feedbackGivenAt(lastMonth()), withRater(4), rebuilt)},
	})
}

func TestCompareAnswersBadParametersByField(t *testing.T) {
	run(t, []access{
		{name: "without a service", url: "/api/insight/compare?region=" + mainKinzig, status: 400,
			has: []string{`"service":{"code":"validation_required"`}},
		{name: "a malformed region", url: "/api/insight/compare?service=" + wohngeld + "&region=x'--", status: 400,
			has: []string{`"region":{"code":"validation_invalid_format"`}},
		{name: "an unknown service", url: "/api/insight/compare?service=nosuchservice01&region=" + mainKinzig, status: 400,
			has: []string{`"service":{"code":"validation_missing_rel_records"`}},
		{name: "a municipality instead of a district", url: "/api/insight/compare?service=" + wohngeld + "&region=" + gelnhausen,
			status: 400, has: []string{`"region":{"code":"insight_region_not_district"`, "Landkreis"}},
	})
}

func TestEveryoneSeesTheSameComparison(t *testing.T) {
	app := newTestApp(t)
	withRaters(4)(t, app)
	withHanauRatings(4)(t, app)
	mux := newMux(t, app) // the start builds the empty aggregates
	var first string
	for _, person := range []string{"", "anna", "stefan", "mehmet", "olga", "ben", "admin"} {
		body := serveOK(t, mux, http.MethodGet, compareWohngeld, authTokenOf(person), "")
		if first == "" {
			first = string(body)
			if !strings.Contains(first, `"ideasByStatus":{"published":1}`) {
				t.Errorf("the start did not build the aggregates: %s", first)
			}
		} else if string(body) != first {
			t.Errorf("%q sees another comparison than anonymous:\n%s\nwant\n%s", person, body, first)
		}
	}
}

func TestTheAggregatesAreClosedButToSuperusers(t *testing.T) {
	var rows []access
	for _, collection := range []string{"insight_feedback_months", "insight_idea_months", "insight_responses"} {
		url := "/api/collections/" + collection + "/records"
		for _, p := range nonSuperusers {
			rows = append(rows, access{name: p.role + " cannot list " + collection, as: p.key, url: url, status: 403})
		}
		rows = append(rows, access{name: "a superuser lists " + collection, as: "admin", url: url, status: 200, has: []string{`"items"`}})
	}
	run(t, rows)
}

// withSharedSolutions lets Gelnhausen share n more implemented solutions on
// Wohngeld, titled "Wohngeld-Lösung 1" to "Wohngeld-Lösung n".
func withSharedSolutions(n int) func(testing.TB, core.App) {
	steps := []func(testing.TB, core.App){}
	for i := 1; i <= n; i++ {
		steps = append(steps, withRecord("ideas", fmt.Sprintf("sharedsolution%d", i), map[string]any{
			"title": fmt.Sprintf("Wohngeld-Lösung %d", i), "body": "Eine Lösung, die andere Gemeinden übernehmen können.",
			"region": gelnhausen, "service": wohngeld, "author": personId("anna"), "status": "implemented", "shared_solution": true}))
	}
	return all(steps...)
}

func TestCompareListsAFewSharedSolutionsOfAMunicipality(t *testing.T) {
	// A municipality that shared many would make the comparison hundreds of
	// links long: it names the first five by title.
	runChecks(t, []accessCheck{
		{access: access{name: "five of six shared solutions, by title", url: compareWohngeld, status: 200,
			has: []string{`"title":"Wohngeld-Lösung 1"`, `"title":"Wohngeld-Lösung 5"`}, hasNot: []string{`"title":"Wohngeld-Lösung 6"`}},
			before: all(withSharedSolutions(6), rebuilt)},
		{access: access{name: "five shared solutions: all five", url: compareWohngeld, status: 200,
			has: []string{`"title":"Wohngeld-Lösung 5"`}},
			before: all(withSharedSolutions(5), rebuilt)},
		// A hidden solution is not named and takes no place of the five.
		{access: access{name: "the first hidden: the next five", url: compareWohngeld, status: 200,
			has: []string{`"title":"Wohngeld-Lösung 2"`, `"title":"Wohngeld-Lösung 6"`}, hasNot: []string{`"title":"Wohngeld-Lösung 1"`}},
			before: all(withSharedSolutions(6), withChange("ideas", "sharedsolution1", map[string]any{"hidden": true}), rebuilt)},
	})
}
