package tests

import (
	"net/http"
	"testing"

	pbtests "github.com/pocketbase/pocketbase/tests"
)

func TestPersonalDataExport(t *testing.T) {
	run(t, []access{
		{name: "a person exports her own data, with her email", as: "anna", url: "/api/me/export", status: 200,
			has:    []string{`"email":"anna@test.mitwirken.de"`, ideaPublished, ideaSubmitted, feedbackAnna, reportAnna},
			hasNot: []string{voteBen, "ben@test.mitwirken.de", `"body":"Gute Idee!"`}},
		{name: "another person's data is not in it", as: "ben", url: "/api/me/export", status: 200,
			has: []string{voteBen, commentBen}, hasNot: []string{feedbackAnna, "anna@test.mitwirken.de"}},
		{name: "anonymous cannot export", url: "/api/me/export", status: 401},
		{name: "a superuser token is no person", as: "admin", url: "/api/me/export", status: 403},
	})
}

func TestDeletingAnAccountKeepsContributionsWithoutTheName(t *testing.T) {
	scenario := pbtests.ApiScenario{
		Name: "anna deletes her account", Method: http.MethodDelete, URL: "/api/collections/users/records/" + personId("anna"),
		Headers: as("anna"), ExpectedStatus: 204, TestAppFactory: newTestApp,
		AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, res *http.Response) {
			idea, err := app.FindRecordById("ideas", ideaPublished)
			if err != nil {
				t.Fatalf("the published idea is gone: %v", err)
			}
			if idea.GetString("author") != "" || idea.GetString("author_name") != "" {
				t.Errorf("got author %q name %q, want both empty", idea.GetString("author"), idea.GetString("author_name"))
			}
			if n, _ := app.CountRecords("reports", dbxHash("reporter", personId("anna"))); n != 0 {
				t.Errorf("her reports: got %d, want 0", n)
			}
		},
	}
	scenario.Test(t)
}
