package tests

import (
	"net/http"
	"sync"
	"testing"

	"github.com/mitwirken/mitwirken/hooks/participation"
)

func TestConcurrentVotesKeepTheCounterExact(t *testing.T) {
	app := newTestApp(t)
	app.Settings().RateLimits.Enabled = false // 200 people, one test address
	server := newServer(t, app)
	ids, tokens := addCitizens(t, app, 200)

	var wg sync.WaitGroup
	statuses := make([]int, len(ids))
	for i := range ids {
		wg.Go(func() {
			statuses[i] = call(t, server.Client(), http.MethodPost, server.URL+"/api/collections/votes/records", tokens[i],
				map[string]string{"user": ids[i], "idea": ideaKyff}, nil)
		})
	}
	wg.Wait()
	for i, s := range statuses {
		if s != http.StatusOK {
			t.Fatalf("vote %d: got status %d, want 200", i, s)
		}
	}

	var rows int
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM votes WHERE idea = {:idea}").Bind(map[string]any{"idea": ideaKyff}).Row(&rows); err != nil {
		t.Fatal(err)
	}
	idea, err := app.FindRecordById("ideas", ideaKyff)
	if err != nil {
		t.Fatal(err)
	}
	if got := idea.GetInt("votes_count"); got != rows || rows != 200 {
		t.Errorf("votes_count: got %d, want %d (vote rows), want 200 rows", got, rows)
	}

	// Retracting concurrently counts down just as exactly.
	var votes []string
	if err := app.DB().NewQuery("SELECT id FROM votes WHERE idea = {:idea}").Bind(map[string]any{"idea": ideaKyff}).Column(&votes); err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{}
	for i, id := range ids {
		owner[id] = tokens[i]
	}
	for _, v := range votes[:100] {
		vote, _ := app.FindRecordById("votes", v)
		wg.Go(func() {
			call(t, server.Client(), http.MethodDelete, server.URL+"/api/collections/votes/records/"+v, owner[vote.GetString("user")], nil, nil)
		})
	}
	wg.Wait()
	idea, _ = app.FindRecordById("ideas", ideaKyff)
	if got := idea.GetInt("votes_count"); got != 100 {
		t.Errorf("after 100 retractions: votes_count got %d, want 100", got)
	}
}

func TestVotesAreRefusedOnClosedOrHiddenIdeas(t *testing.T) {
	voteAs := func(person, idea string) string {
		return `{"user":"` + personId(person) + `","idea":"` + idea + `"}`
	}
	vote := func(idea string) string { return voteAs("ben", idea) }
	run(t, []access{
		{name: "voting on a hidden idea one can see is refused with a reason", as: "mehmet", method: http.MethodPost, url: "/api/collections/votes/records",
			body: voteAs("mehmet", ideaHidden), status: 400, has: []string{`"idea":{"code":"vote_idea_hidden"`, "ausgeblendet"}},
		{name: "voting on one's own submitted idea is refused with a reason", as: "anna", method: http.MethodPost, url: "/api/collections/votes/records",
			body: voteAs("anna", ideaSubmitted), status: 400, has: []string{`"code":"vote_idea_not_published"`}},
		{name: "voting on a hidden idea one cannot see is refused as if it did not exist", as: "ben", method: http.MethodPost, url: "/api/collections/votes/records",
			body: vote(ideaHidden), status: 400, has: []string{refusedByRule}, hasNot: []string{"vote_idea_hidden"}},
		{name: "voting on someone else's submitted idea is refused as if it did not exist", as: "ben", method: http.MethodPost, url: "/api/collections/votes/records",
			body: vote(ideaSubmitted), status: 400, has: []string{refusedByRule}, hasNot: []string{"vote_idea_not_published"}},
	})
}

func TestVotesOnMergedAndDeclinedIdeasAreRefused(t *testing.T) {
	for _, c := range []struct{ status, code string }{{"merged", "vote_idea_merged"}, {"declined", "vote_idea_declined"}} {
		t.Run(c.status, func(t *testing.T) {
			app := newTestApp(t)
			idea, _ := app.FindRecordById("ideas", ideaKyff)
			idea.Set("status", c.status)
			if err := app.Save(idea); err != nil {
				t.Fatal(err)
			}
			server := newServer(t, app)
			var reply map[string]any
			got := call(t, server.Client(), http.MethodPost, server.URL+"/api/collections/votes/records", authTokenOf("anna"),
				map[string]string{"user": personId("anna"), "idea": ideaKyff}, &reply)
			code, _ := reply["data"].(map[string]any)["idea"].(map[string]any)["code"].(string)
			if got != 400 || code != c.code {
				t.Errorf("got %d %q, want 400 %q", got, code, c.code)
			}
			if n, _ := app.CountRecords("votes"); n != 1 {
				t.Errorf("votes stored: got %d, want 1 (the fixture's)", n)
			}
		})
	}
}

func TestRecountRepairsDriftAndReportsIt(t *testing.T) {
	app := newTestApp(t)
	if _, err := app.DB().NewQuery("UPDATE ideas SET votes_count = 42, comments_count = 7 WHERE id = {:id}").
		Bind(map[string]any{"id": ideaPublished}).Execute(); err != nil {
		t.Fatal(err)
	}
	wantRepaired(t, app, participation.RecountCounters, 1)
	idea, _ := app.FindRecordById("ideas", ideaPublished)
	if idea.GetInt("votes_count") != 1 || idea.GetInt("comments_count") != 1 {
		t.Errorf("after recount: got votes %d comments %d, want 1 and 1", idea.GetInt("votes_count"), idea.GetInt("comments_count"))
	}
	if again, _ := participation.RecountCounters(app); again != 0 {
		t.Errorf("second recount: got %d repaired, want 0", again)
	}
}
