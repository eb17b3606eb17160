package tests

import (
	"testing"
	"time"

	"github.com/mitwirken/mitwirken/hooks/insight"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// The insight scenarios compare Wohngeld across the Main-Kinzig-Kreis:
// Gelnhausen is rated by Anna and the raters of feedback_summaries_test.go
// (five people: 2, 5, 4, 3 and 5 stars, mean 3.8), Hanau by people on paper
// forms (hanauRatings, mean 1.8).
var hanauRatings = []int{1, 2, 2, 1, 3}

// compareWohngeld is the comparison route for Wohngeld in the Main-Kinzig-Kreis.
const compareWohngeld = "/api/insight/compare?service=" + wohngeld + "&region=" + mainKinzig

// gelnhausenRated is Gelnhausen's row with the figures of five people; the
// interval is 3.8 ± 1.96 · s/√5 with s² = 6.8/4.
const gelnhausenRated = `"id":"gelnhausen00000","name":"Gelnhausen","tooFewRatings":false,` +
	`"rating":{"count":5,"mean":3.8,"low":2.7,"high":4.9,"distribution":{"1":0,"2":1,"3":1,"4":1,"5":2}},` +
	`"barrierShares":{"complicated":0.2,"in_person":0,"language":0,"magnification":0.2,"mobile":0.2,"other":0,"screenreader":0.2}`

// gelnhausenTooFew is Gelnhausen's row without figures.
const gelnhausenTooFew = `"id":"gelnhausen00000","name":"Gelnhausen","tooFewRatings":true,"rating":null,"barrierShares":null`

// withHanauRatings adds the first n paper entries on Wohngeld in Hanau.
func withHanauRatings(n int) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		b := &builder{app: app}
		for i, rating := range hanauRatings[:n] {
			b.add("feedback", "paperhanau0000"+string(rune('1'+i)), map[string]any{"service": wohngeld, "region": hanau,
				"rating": rating, "channel": "paper"})
		}
		if b.err != nil {
			t.Fatal(b.err)
		}
	}
}

// lastMonth is the 15th of the month before now, at noon UTC.
func lastMonth() time.Time {
	now := time.Now().UTC()
	return time.Date(now.Year(), now.Month()-1, 15, 12, 0, 0, 0, time.UTC)
}

// feedbackGivenAt moves every feedback entry into the month of at.
func feedbackGivenAt(at time.Time) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		created := at.Format("2006-01-02 15:04:05.000Z")
		if _, err := app.NonconcurrentDB().Update("feedback", dbx.Params{"created": created}, nil).Execute(); err != nil {
			t.Fatal(err)
		}
	}
}

// rebuilt rebuilds the insight aggregates now, as the nightly job does.
func rebuilt(t testing.TB, app core.App) {
	t.Helper()
	if err := insight.Rebuild(app, 5, time.Now()); err != nil {
		t.Fatal(err)
	}
}
