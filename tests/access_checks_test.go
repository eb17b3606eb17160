package tests

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// accessCheck is an access row that also prepares the app and looks into the
// database afterwards, for rules whose effect is what gets stored (or not),
// not only what the response says.
type accessCheck struct {
	access
	lang   string                           // Accept-Language; "" is the German default
	before func(t testing.TB, app core.App) // puts the fixtures into the needed state
	after  func(t testing.TB, app core.App) // checks what was stored, or that nothing was
}

// runChecks turns the rows into PocketBase API scenarios, as run does.
func runChecks(t *testing.T, rows []accessCheck) {
	t.Helper()
	runChecksOn(t, newTestApp, rows)
}

// runChecksOn runs the rows on apps made by factory; a row may act as any
// fixture person or colleague.
func runChecksOn(t *testing.T, factory func(testing.TB) *pbtests.TestApp, rows []accessCheck) {
	t.Helper()
	for _, row := range rows {
		headers := map[string]string{}
		if token := authTokenOf(row.as); token != "" {
			headers["Authorization"] = token
		}
		if row.lang != "" {
			headers["Accept-Language"] = row.lang
		}
		scenario := pbtests.ApiScenario{
			Name:               row.name,
			Method:             orGet(row.method),
			URL:                row.url,
			Headers:            headers,
			ExpectedStatus:     row.status,
			ExpectedContent:    row.has,
			NotExpectedContent: row.hasNot,
			TestAppFactory:     factory,
		}
		if row.body != "" {
			scenario.Body = strings.NewReader(row.body)
			headers["Content-Type"] = "application/json"
		}
		if len(scenario.ExpectedContent) == 0 && len(scenario.NotExpectedContent) == 0 && row.status != http.StatusNoContent {
			// ApiScenario demands an expectation for a non-empty body; the status is what this row asserts.
			scenario.NotExpectedContent = []string{"__never_in_a_response__"}
		}
		if before := row.before; before != nil {
			scenario.BeforeTestFunc = func(t testing.TB, app *pbtests.TestApp, _ *core.ServeEvent) { before(t, app) }
		}
		if after := row.after; after != nil {
			scenario.AfterTestFunc = func(t testing.TB, app *pbtests.TestApp, _ *http.Response) { after(t, app) }
		}
		scenario.Test(t)
	}
}

// withRecord saves a new record directly, bypassing API rules but not hooks.
func withRecord(collection, id string, data map[string]any) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		c, err := app.FindCollectionByNameOrId(collection)
		if err != nil {
			t.Fatal(err)
		}
		r := core.NewRecord(c)
		r.Id = id
		r.Load(data)
		if err := app.Save(r); err != nil {
			t.Fatalf("saving %s %s: %v", collection, id, err)
		}
	}
}

// withChange sets fields of a fixture record directly, bypassing API rules but not hooks.
func withChange(collection, id string, data map[string]any) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		r := mustFind(t, app, collection, id)
		r.Load(data)
		if err := app.Save(r); err != nil {
			t.Fatalf("changing %s %s: %v", collection, id, err)
		}
	}
}

// wantMatching checks how many records of collection have all the given field values.
func wantMatching(collection string, fields map[string]any, want int) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		got, err := app.CountRecords(collection, dbx.HashExp(fields))
		if err != nil {
			t.Fatal(err)
		}
		if got != int64(want) {
			t.Errorf("%s where %v: got %d records, want %d", collection, fields, got, want)
		}
	}
}

// wantOne checks that exactly one record of collection has the given field values.
func wantOne(collection string, fields map[string]any) func(testing.TB, core.App) {
	return wantMatching(collection, fields, 1)
}

// wantNone checks that no record of collection has the given field values.
func wantNone(collection string, fields map[string]any) func(testing.TB, core.App) {
	return wantMatching(collection, fields, 0)
}

// all runs several preparations or checks in order.
func all(steps ...func(testing.TB, core.App)) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		for _, step := range steps {
			step(t, app)
		}
	}
}

// personName names a fixture person or colleague in a row's name; "" is anonymous.
func personName(person string) string {
	if person == "" {
		return "anonymous"
	}
	return person
}

// asEach repeats the rows for each person ("" is anonymous): every copy acts
// as the person, and its name starts with the person's name, so that
// "cannot delete a report" becomes "anonymous cannot delete a report".
func asEach(persons []string, rows ...accessCheck) []accessCheck {
	var out []accessCheck
	for _, person := range persons {
		for _, row := range rows {
			row.as, row.name = person, personName(person)+" "+row.name
			out = append(out, row)
		}
	}
	return out
}

// everyoneButTheSuperuser are the fixture people whom a record's rules
// refuse a change that only a superuser may make.
var everyoneButTheSuperuser = []string{"", "anna", "ben", "mehmet", "olga", "stefan"}

// cannotEditOrDelete are the rows in which each of everyoneButTheSuperuser
// PATCHes one record with body and DELETEs it, is refused with the statuses
// given, and unchanged still holds afterwards.
func cannotEditOrDelete(what, url, body string, editStatus, deleteStatus int, unchanged func(testing.TB, core.App)) []accessCheck {
	return asEach(everyoneButTheSuperuser,
		accessCheck{access: access{name: "cannot edit " + what, method: http.MethodPatch, url: url, body: body, status: editStatus}, after: unchanged},
		accessCheck{access: access{name: "cannot delete " + what, method: http.MethodDelete, url: url, status: deleteStatus}, after: unchanged})
}
