package tests

import (
	"fmt"
	"testing"

	"github.com/mitwirken/mitwirken/hooks"
	"github.com/pocketbase/pocketbase/core"
)

// The theme of the fixtures: appointments that cannot be booked by phone,
// written by different people across Main-Kinzig. Anna's is a public idea in
// Hanau; the others are feedback in Gelnhausen, whose text is never shown.
var phoneThemeTexts = []struct{ person, text string }{
	{"anna", "Termine im Rathaus telefonisch nicht buchbar"},
	{"ben", "Termin per Telefon: ständig besetzt, kein Durchkommen in der Warteschleife"},
	{"uwe", "Telefonisch keinen Termin bekommen, Leitung besetzt"},
	{"ingo", "Termin übers Telefon ausmachen geht nicht, immer besetzt"},
	{"olga", "Beim Termin per Telefon kommt man nicht durch"},
	{"mehmet", "Terminvergabe am Telefon klappt nicht, besetzt"},
}

const themesRoute = "/api/insight/themes?region=" + mainKinzig

// withPhoneTheme writes the first n texts of the phone theme, a few texts of
// other themes and an idea awaiting pre-moderation, then recomputes the themes.
func withPhoneTheme(n int) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		for i, text := range phoneThemeTexts[:n] {
			if i == 0 {
				withRecord("ideas", "ideaphonetheme1", map[string]any{"title": text.text, "body": "Man kommt nie durch.",
					"region": hanau, "author": personId(text.person), "status": "published"})(t, app)
				continue
			}
			withRecord("feedback", fmt.Sprintf("feedbackphone%02d", i), map[string]any{"service": wohngeld,
				"region": gelnhausen, "rating": 2, "text": text.text, "author": personId(text.person)})(t, app)
		}
		withRecord("ideas", "ideaphonesubmit", map[string]any{"title": "Termin Telefon besetzt, noch unveröffentlicht",
			"body": "Telefon immer besetzt.", "region": gelnhausen, "author": personId("stefan"), "status": "submitted"})(t, app)
		for i, other := range []string{"Schlagloch in der Feldstraße", "Mehr Bänke im Park", "Radweg nach Hanau fehlt"} {
			withRecord("ideas", fmt.Sprintf("ideaothertheme%d", i), map[string]any{"title": other, "body": other,
				"region": gelnhausen, "author": personId("uwe"), "status": "published"})(t, app)
		}
		if err := hooks.RebuildThemes(app, hooks.DefaultConfig().MinGroupSize); err != nil {
			t.Fatal(err)
		}
	}
}

func TestThemesAcrossMunicipalities(t *testing.T) {
	const label = `Telefon · Termin"`
	rows := []accessCheck{
		{access: access{name: "5 people: staff of a municipality see the district's theme", as: "stefan", url: themesRoute,
			status: 200, has: []string{label, `"people":5`, `"name":"Gelnhausen"`, `"name":"Hanau"`, `"id":"ideaphonetheme1"`}},
			before: withPhoneTheme(5)},
		{access: access{name: "5 people: a moderator of the district sees it", as: "mehmet", url: themesRoute,
			status: 200, has: []string{label}}, before: withPhoneTheme(5)},
		{access: access{name: "feedback text and unpublished ideas are never shown", as: "stefan", url: themesRoute,
			status: 200, has: []string{label}, hasNot: []string{"Warteschleife", "ideaphonesubmit", "unveröffentlicht"}},
			before: withPhoneTheme(6)},
		{access: access{name: "a municipality with fewer than 5 people gets no count", as: "stefan", url: themesRoute,
			status: 200, has: []string{`"name":"Hanau","entries":null`}}, before: withPhoneTheme(6)},
		{access: access{name: "4 people: no theme", as: "stefan", url: themesRoute,
			status: 200, has: []string{`"items":[]`}}, before: withPhoneTheme(4)},
		{access: access{name: "anonymous cannot read themes", url: themesRoute, status: 403, hasNot: []string{label}},
			before: withPhoneTheme(5)},
		{access: access{name: "a citizen cannot read themes", as: "anna", url: themesRoute, status: 403, hasNot: []string{label}},
			before: withPhoneTheme(5)},
		{access: access{name: "a moderator of another district cannot read themes", as: "olga", url: themesRoute,
			status: 403, hasNot: []string{label}}, before: withPhoneTheme(5)},
		{access: access{name: "themes of a municipality are refused: themes are per district", as: "stefan",
			url: "/api/insight/themes?region=" + gelnhausen, status: 400, has: []string{"themes_region_not_district"}}},
		{access: access{name: "a missing region is refused", as: "stefan", url: "/api/insight/themes",
			status: 400, has: []string{"validation_required"}}},
		{access: access{name: "an unknown region is refused", as: "stefan", url: "/api/insight/themes?region=nosuchregion000",
			status: 400, has: []string{"validation_missing_rel_records"}}},
	}
	runChecks(t, rows)
}
