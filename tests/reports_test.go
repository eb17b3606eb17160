package tests

import (
	"net/http"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// reportComment is one report of commentBen by a fixture person over the API.
func reportComment(person string) pbtests.ApiScenario {
	return pbtests.ApiScenario{
		Method: http.MethodPost, URL: "/api/collections/reports/records", Headers: as(person),
		Body:           jsonBody(map[string]any{"reporter": personId(person), "comment": commentBen, "reason": "offensive"}),
		ExpectedStatus: 200, ExpectedContent: []string{`"reason":"offensive"`},
		TestAppFactory: newTestApp,
	}
}

func TestReportThresholdHidesContent(t *testing.T) {
	// The fixtures hold Anna's report on commentBen; two more different people reach the threshold of 3.
	second := reportComment("mehmet")
	second.Name = "two reports leave a comment visible"
	second.AfterTestFunc = func(t testing.TB, app *pbtests.TestApp, res *http.Response) {
		comment, _ := app.FindRecordById("comments", commentBen)
		if comment.GetString("state") != "visible" {
			t.Errorf("state after 2 reports: got %q, want visible", comment.GetString("state"))
		}
	}
	second.Test(t)

	third := reportComment("olga")
	third.Name = "the third report by a different person hides the comment and tells its author why"
	third.BeforeTestFunc = func(t testing.TB, app *pbtests.TestApp, e *core.ServeEvent) {
		b := &builder{app: app}
		b.add("reports", "", map[string]any{"reporter": personId("mehmet"), "comment": commentBen, "reason": "spam"})
		if b.err != nil {
			t.Fatal(b.err)
		}
	}
	third.AfterTestFunc = func(t testing.TB, app *pbtests.TestApp, res *http.Response) {
		comment, _ := app.FindRecordById("comments", commentBen)
		if comment.GetString("state") != "hidden" || comment.GetString("hidden_reason") != "reports" {
			t.Errorf("comment: got state %q reason %q, want hidden because of reports", comment.GetString("state"), comment.GetString("hidden_reason"))
		}
		idea, _ := app.FindRecordById("ideas", ideaPublished)
		if idea.GetInt("comments_count") != 0 {
			t.Errorf("comments_count: got %d, want 0", idea.GetInt("comments_count"))
		}
		if n, _ := app.CountRecords("notifications", dbxHash("user", personId("ben"), "kind", "hidden", "reason", "reports")); n != 1 {
			t.Errorf("notices to the author: got %d, want 1", n)
		}
	}
	third.Test(t)

	run(t, []access{
		{name: "the same person cannot report the same comment twice", as: "anna", method: http.MethodPost, url: "/api/collections/reports/records",
			body: `{"reporter":"` + personId("anna") + `","comment":"` + commentBen + `","reason":"spam"}`, status: 400},
	})
}

func TestRestoreDismissesReports(t *testing.T) {
	scenario := pbtests.ApiScenario{
		Name: "a moderator restores a reported comment; old reports no longer count", Method: http.MethodPatch,
		URL: "/api/collections/comments/records/" + commentHidden, Headers: as("mehmet"),
		Body: stringBody(`{"state":"visible"}`), ExpectedStatus: 200, ExpectedContent: []string{`"state":"visible"`, `"hidden_reason":""`},
		TestAppFactory: newTestApp,
		BeforeTestFunc: func(t testing.TB, app *pbtests.TestApp, e *core.ServeEvent) {
			b := &builder{app: app}
			for _, who := range []string{"anna", "olga", "stefan"} {
				b.add("reports", "", map[string]any{"reporter": personId(who), "comment": commentHidden, "reason": "spam"})
			}
			if b.err != nil {
				t.Fatal(b.err)
			}
		},
		AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, res *http.Response) {
			open, _ := app.CountRecords("reports", dbx.HashExp{"comment": commentHidden, "dismissed": false})
			dismissed, _ := app.CountRecords("reports", dbx.HashExp{"comment": commentHidden, "dismissed": true})
			if open != 0 || dismissed != 3 {
				t.Errorf("reports after restore: got %d open and %d dismissed, want 0 and 3", open, dismissed)
			}
			if n, _ := app.CountRecords("notifications", dbxHash("user", personId("ben"), "kind", "restored")); n != 1 {
				t.Errorf("restore notices to the author: got %d, want 1", n)
			}
			if n, _ := app.CountRecords("moderation_log", dbxHash("action", "restore", "target_id", commentHidden)); n != 1 {
				t.Errorf("restore log entries: got %d, want 1", n)
			}
		},
	}
	scenario.Test(t)
}
