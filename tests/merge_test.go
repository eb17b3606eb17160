package tests

import (
	"net/http"
	"slices"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// mergeFixture adds a duplicate of ideaPublished by Ben, voted for by Anna and
// by Ben. Ben already voted for ideaPublished, so his support must not count twice.
func mergeFixture(t testing.TB, app core.App) string {
	t.Helper()
	b := &builder{app: app}
	b.add("ideas", "ideaduplicate01", map[string]any{"title": "Wohngeldantrag einfacher", "body": "Bitte einfache Sprache im Antrag.",
		"region": gelnhausen, "author": personId("ben"), "status": "published"})
	b.add("votes", "voteannadup0001", map[string]any{"user": personId("anna"), "idea": "ideaduplicate01"})
	b.add("votes", "votebendup00001", map[string]any{"user": personId("ben"), "idea": "ideaduplicate01"})
	if b.err != nil {
		t.Fatal(b.err)
	}
	return "ideaduplicate01"
}

func TestMergeMovesVotesWithoutDoubleCounting(t *testing.T) {
	scenario := pbtests.ApiScenario{
		Name: "moderator merges a duplicate into the original", Method: http.MethodPost, URL: "/api/collections/status_changes/records",
		Headers: as("mehmet"),
		Body: jsonBody(map[string]any{"idea": "ideaduplicate01", "to": "merged", "merged_into": ideaPublished,
			"response": "Diese Idee gibt es schon; wir führen sie zusammen.", "actor": personId("mehmet"), "organization": vdkMainKinzig}),
		ExpectedStatus:  200,
		ExpectedContent: []string{`"from":"published"`, `"to":"merged"`},
		TestAppFactory:  newTestApp,
		BeforeTestFunc: func(t testing.TB, app *pbtests.TestApp, e *core.ServeEvent) {
			mergeFixture(t, app)
		},
		AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, res *http.Response) {
			source, _ := app.FindRecordById("ideas", "ideaduplicate01")
			target, _ := app.FindRecordById("ideas", ideaPublished)
			if source.GetString("status") != "merged" || source.GetString("merged_into") != ideaPublished {
				t.Errorf("source: got status %q merged_into %q, want merged into %s", source.GetString("status"), source.GetString("merged_into"), ideaPublished)
			}
			var voters []string
			app.DB().NewQuery("SELECT user FROM votes WHERE idea = {:idea} ORDER BY user").Bind(map[string]any{"idea": ideaPublished}).Column(&voters)
			want := []string{personId("anna"), personId("ben")}
			if !slices.Equal(voters, want) {
				t.Errorf("voters of the target: got %v, want %v (Ben once)", voters, want)
			}
			if target.GetInt("votes_count") != 2 || source.GetInt("votes_count") != 0 {
				t.Errorf("counters: got target %d source %d, want 2 and 0", target.GetInt("votes_count"), source.GetInt("votes_count"))
			}
			if n, _ := app.CountRecords("votes"); n != 2 {
				t.Errorf("vote rows: got %d, want 2", n)
			}
			// Every supporter of the duplicate is told; nobody's support moves silently.
			for _, who := range []string{"anna", "ben"} {
				n, _ := app.CountRecords("notifications", dbxHash("user", personId(who), "kind", "vote_moved"))
				if n != 1 {
					t.Errorf("vote_moved notices for %s: got %d, want 1", who, n)
				}
			}
			if n, _ := app.CountRecords("notifications", dbxHash("user", personId("ben"), "kind", "merged")); n != 1 {
				t.Errorf("merged notice for the author: got %d, want 1", n)
			}
			if n, _ := app.CountRecords("moderation_log", dbxHash("action", "merge", "target_id", "ideaduplicate01")); n != 1 {
				t.Errorf("merge log entries: got %d, want 1", n)
			}
		},
	}
	scenario.Test(t)
}

func TestMergeRefusals(t *testing.T) {
	merge := func(into string) string {
		return `{"idea":"ideaduplicate01","to":"merged","merged_into":"` + into + `","response":"Doppelt.","actor":"` +
			personId("mehmet") + `","organization":"` + vdkMainKinzig + `"}`
	}
	for _, s := range []struct {
		name, body, code string
	}{
		{"a merge must name its target", `{"idea":"ideaduplicate01","to":"merged","response":"Doppelt.","actor":"` + personId("mehmet") + `","organization":"` + vdkMainKinzig + `"}`, `"merged_into":{"code":"merge_target_required"`},
		{"an idea cannot be merged into itself", merge("ideaduplicate01"), `"merged_into":{"code":"merge_target_invalid"`},
		{"an idea cannot be merged into a hidden one", merge(ideaHidden), `"merged_into":{"code":"merge_target_invalid"`},
		{"an idea cannot be merged into a submitted one", merge(ideaSubmitted), `"merged_into":{"code":"merge_target_invalid"`},
	} {
		scenario := pbtests.ApiScenario{
			Name: s.name, Method: http.MethodPost, URL: "/api/collections/status_changes/records", Headers: as("mehmet"),
			Body: stringBody(s.body), ExpectedStatus: 400, ExpectedContent: []string{s.code}, TestAppFactory: newTestApp,
			BeforeTestFunc: func(t testing.TB, app *pbtests.TestApp, e *core.ServeEvent) { mergeFixture(t, app) },
			AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, res *http.Response) {
				if n, _ := app.CountRecords("votes"); n != 3 {
					t.Errorf("vote rows after a refused merge: got %d, want 3", n)
				}
			},
		}
		scenario.Test(t)
	}
}
