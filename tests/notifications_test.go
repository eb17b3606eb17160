package tests

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// withNotice gives Anna one inbox entry about her idea.
func withNotice(t testing.TB, app *pbtests.TestApp, e *core.ServeEvent) {
	b := &builder{app: app}
	b.add("notifications", "noticeanna00001", map[string]any{"user": personId("anna"), "kind": "published", "idea": ideaPublished})
	if b.err != nil {
		t.Fatal(b.err)
	}
}

func TestNotificationsAreReadOnlyByTheirOwner(t *testing.T) {
	list := "/api/collections/notifications/records?skipTotal=1"
	one := "/api/collections/notifications/records/noticeanna00001"
	rows := []access{
		{name: "the owner lists her inbox", as: "anna", url: list, status: 200, has: []string{"noticeanna00001"}},
		{name: "another citizen sees none of it", as: "ben", url: list, status: 200, hasNot: []string{"noticeanna00001"}},
		{name: "a moderator of the region sees none of it", as: "mehmet", url: list, status: 200, hasNot: []string{"noticeanna00001"}},
		{name: "anonymous sees none of it", url: list, status: 200, hasNot: []string{"noticeanna00001"}},
		{name: "another citizen cannot view it", as: "ben", url: one, status: 404},
		{name: "the owner marks it read", as: "anna", method: http.MethodPatch, url: one, body: `{"read":true}`, status: 200, has: []string{`"read":true`}},
		{name: "the owner cannot rewrite what it says", as: "anna", method: http.MethodPatch, url: one, body: `{"kind":"merged"}`, status: 404},
		{name: "another citizen cannot mark it read", as: "ben", method: http.MethodPatch, url: one, body: `{"read":true}`, status: 404},
		{name: "nobody creates notices through the API", as: "anna", method: http.MethodPost, url: "/api/collections/notifications/records",
			body: `{"user":"` + personId("anna") + `","kind":"published"}`, status: 403},
		{name: "the owner deletes it", as: "anna", method: http.MethodDelete, url: one, status: 204},
		{name: "another citizen cannot delete it", as: "ben", method: http.MethodDelete, url: one, status: 404},
	}
	for _, row := range rows {
		s := pbtests.ApiScenario{
			Name: row.name, Method: orGet(row.method), URL: row.url, Headers: as(row.as), ExpectedStatus: row.status,
			ExpectedContent: row.has, NotExpectedContent: row.hasNot, TestAppFactory: newTestApp, BeforeTestFunc: withNotice,
		}
		if row.body != "" {
			s.Body = stringBody(row.body)
		}
		if len(s.ExpectedContent)+len(s.NotExpectedContent) == 0 {
			s.NotExpectedContent = []string{"__never_in_a_response__"}
		}
		s.Test(t)
	}
}

func orGet(method string) string {
	if method == "" {
		return http.MethodGet
	}
	return method
}

func TestAuthorIsNotifiedOfEveryStatusChange(t *testing.T) {
	app := newTestApp(t)
	b := &builder{app: app}
	for _, to := range []string{"in_review", "accepted", "in_progress", "implemented"} {
		b.add("status_changes", "", map[string]any{"idea": ideaPublished, "to": to, "response": "Antwort zu " + to,
			"actor": personId("stefan"), "organization": stadtGelnhausen})
		if b.err != nil {
			t.Fatal(b.err)
		}
		n, _ := app.CountRecords("notifications", dbxHash("user", personId("anna"), "kind", "status_changed", "status", to))
		if n != 1 {
			t.Errorf("notices to the author about %s: got %d, want 1", to, n)
		}
	}
}

func TestPremoderatedRegionsStartIdeasAsSubmitted(t *testing.T) {
	for _, s := range []struct {
		name, premoderated string
		want               string
	}{
		{"post-moderation by default: a new idea is published at once", "", `"status":"published"`},
		{"a premoderated district makes its municipalities' ideas wait", mainKinzig, `"status":"submitted"`},
		{"a premoderated municipality makes its ideas wait", gelnhausen, `"status":"submitted"`},
		{"another district's setting does not apply", kyffhaeuser, `"status":"published"`},
	} {
		premoderated := s.premoderated
		scenario := pbtests.ApiScenario{
			Name: s.name, Method: http.MethodPost, URL: "/api/collections/ideas/records", Headers: as("anna"),
			Body: jsonBody(map[string]any{"title": "Sitzbank am Rathaus", "body": "Bitte eine Bank für Ältere.",
				"region": gelnhausen, "author": personId("anna")}),
			ExpectedStatus: 200, ExpectedContent: []string{s.want}, TestAppFactory: newTestApp,
			BeforeTestFunc: func(t testing.TB, app *pbtests.TestApp, e *core.ServeEvent) {
				if premoderated == "" {
					return
				}
				region, _ := app.FindRecordById("regions", premoderated)
				region.Set("premoderation", true)
				if err := app.Save(region); err != nil {
					t.Fatal(err)
				}
			},
		}
		scenario.Test(t)
	}
}
