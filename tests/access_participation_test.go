package tests

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// refusedByRule marks a 400 that comes from a create rule rather than from
// validation: a rule failure names no field.
const refusedByRule = `"data":{}`

func TestVotesAccess(t *testing.T) {
	votes := "/api/collections/votes/records"
	vote := votes + "/" + voteBen
	ballot := func(person, idea string) string {
		return `{"user":"` + personId(person) + `","idea":"` + idea + `"}`
	}
	rows := []access{
		{name: "anonymous lists no votes", url: votes, status: 200, has: []string{`"items":[]`}},
		{name: "anonymous cannot view a vote", url: vote, status: 404},
		{name: "a voter lists his own vote", as: "ben", url: votes, status: 200, has: []string{voteBen}},
		{name: "a voter views his own vote", as: "ben", url: vote, status: 200, has: []string{`"idea":"` + ideaPublished + `"`}},
		{name: "the superuser lists every vote", as: "admin", url: votes, status: 200, has: []string{voteBen}},

		{name: "a citizen votes in her own name", as: "anna", method: http.MethodPost, url: votes,
			body: ballot("anna", ideaKyff), status: 200, has: []string{`"user":"` + personId("anna") + `"`}},
		{name: "a moderator votes in his own name", as: "mehmet", method: http.MethodPost, url: votes,
			body: ballot("mehmet", ideaPublished), status: 200, has: []string{`"user":"` + personId("mehmet") + `"`}},
		{name: "a citizen cannot vote in someone else's name", as: "anna", method: http.MethodPost, url: votes,
			body: ballot("ben", ideaKyff), status: 400, has: []string{refusedByRule}},
		{name: "a moderator cannot vote in a citizen's name", as: "mehmet", method: http.MethodPost, url: votes,
			body: ballot("anna", ideaKyff), status: 400, has: []string{refusedByRule}},
		{name: "anonymous cannot vote in a citizen's name", method: http.MethodPost, url: votes,
			body: ballot("anna", ideaKyff), status: 400, has: []string{refusedByRule}},
		{name: "anonymous cannot vote without a name", method: http.MethodPost, url: votes,
			body: `{"idea":"` + ideaKyff + `"}`, status: 400, has: []string{refusedByRule}},
		{name: "the superuser records a vote", as: "admin", method: http.MethodPost, url: votes,
			body: ballot("anna", ideaKyff), status: 200, has: []string{`"idea":"` + ideaKyff + `"`}},

		{name: "a voter cannot move his vote to another idea", as: "ben", method: http.MethodPatch, url: vote,
			body: `{"idea":"` + ideaKyff + `"}`, status: 403},
		{name: "the superuser corrects a vote", as: "admin", method: http.MethodPatch, url: vote,
			body: `{"idea":"` + ideaKyff + `"}`, status: 200, has: []string{`"idea":"` + ideaKyff + `"`}},

		{name: "a voter retracts his vote", as: "ben", method: http.MethodDelete, url: vote, status: 204},
		{name: "the superuser deletes a vote", as: "admin", method: http.MethodDelete, url: vote, status: 204},
	}
	for _, p := range nonSuperusers {
		if p.key == "" || p.key == "ben" {
			continue
		}
		rows = append(rows,
			access{name: p.role + " sees none of another person's votes", as: p.key, url: votes, status: 200,
				has: []string{`"items":[]`}, hasNot: []string{voteBen}},
			access{name: p.role + " cannot view another person's vote", as: p.key, url: vote, status: 404})
	}
	for _, p := range nonSuperusers {
		if p.key == "ben" {
			continue
		}
		rows = append(rows,
			access{name: p.role + " cannot update a vote", as: p.key, method: http.MethodPatch, url: vote,
				body: `{"user":"` + personId("anna") + `"}`, status: 403},
			access{name: p.role + " cannot retract another person's vote", as: p.key, method: http.MethodDelete, url: vote, status: 404})
	}
	run(t, rows)
}

// countOf counts the records of a collection that match where (nil for all).
func countOf(t testing.TB, app core.App, collection string, where dbx.Expression) int64 {
	t.Helper()
	var exprs []dbx.Expression
	if where != nil {
		exprs = append(exprs, where)
	}
	n, err := app.CountRecords(collection, exprs...)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSecondVoteOnAnIdeaIsRejected(t *testing.T) {
	scenario := pbtests.ApiScenario{
		Name:            "a second vote of the same person on the same idea is rejected and stores nothing",
		Method:          http.MethodPost,
		URL:             "/api/collections/votes/records",
		Headers:         as("ben"),
		Body:            strings.NewReader(`{"user":"` + personId("ben") + `","idea":"` + ideaPublished + `"}`),
		ExpectedStatus:  400,
		ExpectedContent: []string{`"user":{"code":"validation_not_unique"`, `"idea":{"code":"validation_not_unique"`},
		TestAppFactory:  newTestApp,
		AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, _ *http.Response) {
			if got := countOf(t, app, "votes", dbx.HashExp{"user": personId("ben"), "idea": ideaPublished}); got != 1 {
				t.Errorf("ben's votes on the idea: got %d, want 1", got)
			}
			if got := countOf(t, app, "votes", nil); got != 1 {
				t.Errorf("all votes: got %d, want 1", got)
			}
		},
	}
	scenario.Test(t)
}

func TestCommentsAccess(t *testing.T) {
	comments := "/api/collections/comments/records"
	visible, hidden := comments+"/"+commentBen, comments+"/"+commentHidden
	comment := func(person, idea, extra string) string {
		return `{"idea":"` + idea + `","author":"` + personId(person) + `","body":"Ich sehe das genauso."` + extra + `}`
	}
	rows := []access{
		{name: "anonymous lists visible comments of public ideas only", url: comments, status: 200,
			has: []string{commentBen}, hasNot: []string{commentHidden}},
		{name: "anonymous views a visible comment", url: visible, status: 200, has: []string{`"author_name":"ben"`}},
		{name: "the author lists his hidden comment", as: "ben", url: comments, status: 200, has: []string{commentBen, commentHidden}},
		{name: "the author views his hidden comment", as: "ben", url: hidden, status: 200, has: []string{`"state":"hidden"`}},
		{name: "the moderator of the region lists hidden comments", as: "mehmet", url: comments, status: 200, has: []string{commentBen, commentHidden}},
		{name: "the moderator of the region views a hidden comment", as: "mehmet", url: hidden, status: 200, has: []string{`"state":"hidden"`}},
		{name: "a moderator of an unverified organization does not see hidden comments", as: "ingo", url: comments, status: 200,
			has: []string{commentBen}, hasNot: []string{commentHidden}},
		{name: "the superuser lists hidden comments", as: "admin", url: comments, status: 200, has: []string{commentHidden}},

		{name: "a citizen comments in her own name", as: "anna", method: http.MethodPost, url: comments,
			body: comment("anna", ideaPublished, ""), status: 200, has: []string{`"state":"visible"`, `"author_name":"anna"`}},
		{name: "a citizen cannot comment in someone else's name", as: "anna", method: http.MethodPost, url: comments,
			body: comment("ben", ideaPublished, ""), status: 400, has: []string{refusedByRule}},
		{name: "a citizen cannot choose the state of her comment", as: "anna", method: http.MethodPost, url: comments,
			body: comment("anna", ideaPublished, `,"state":"visible"`), status: 400, has: []string{refusedByRule}},
		{name: "a citizen cannot choose the author name of her comment", as: "anna", method: http.MethodPost, url: comments,
			body: comment("anna", ideaPublished, `,"author_name":"Bürgermeister"`), status: 400, has: []string{refusedByRule}},
		{name: "nobody comments on an idea awaiting pre-moderation, not even its author", as: "anna", method: http.MethodPost, url: comments,
			body: comment("anna", ideaSubmitted, ""), status: 400, has: []string{refusedByRule}},
		{name: "nobody comments on a hidden idea", as: "ben", method: http.MethodPost, url: comments,
			body: comment("ben", ideaHidden, ""), status: 400, has: []string{refusedByRule}},
		{name: "anonymous cannot comment", method: http.MethodPost, url: comments,
			body: comment("anna", ideaPublished, ""), status: 400, has: []string{refusedByRule}},
		{name: "the superuser adds a comment", as: "admin", method: http.MethodPost, url: comments,
			body: comment("anna", ideaPublished, ""), status: 200, has: []string{`"author_name":"anna"`}},

		{name: "the author edits the body of his comment", as: "ben", method: http.MethodPatch, url: visible,
			body: `{"body":"Sehr gute Idee!"}`, status: 200, has: []string{"Sehr gute Idee!"}},
		{name: "the author cannot edit his comment once it is hidden", as: "ben", method: http.MethodPatch, url: hidden,
			body: `{"body":"Jetzt aber freundlich."}`, status: 404},
		{name: "the author cannot restore his hidden comment", as: "ben", method: http.MethodPatch, url: hidden,
			body: `{"state":"visible"}`, status: 404},
		{name: "the author cannot move his comment to another idea", as: "ben", method: http.MethodPatch, url: visible,
			body: `{"idea":"` + ideaKyff + `"}`, status: 404},
		{name: "the moderator of the region hides a comment", as: "mehmet", method: http.MethodPatch, url: visible,
			body: `{"state":"hidden"}`, status: 200, has: []string{`"state":"hidden"`}},
		{name: "the moderator of the region restores a comment", as: "mehmet", method: http.MethodPatch, url: hidden,
			body: `{"state":"visible"}`, status: 200, has: []string{`"state":"visible"`}},
		{name: "the moderator of the region cannot edit the body", as: "mehmet", method: http.MethodPatch, url: visible,
			body: `{"body":"Vom Moderator umgeschrieben."}`, status: 404},
		{name: "the moderator cannot edit the body while hiding", as: "mehmet", method: http.MethodPatch, url: visible,
			body: `{"state":"hidden","body":"Vom Moderator umgeschrieben."}`, status: 404},
		{name: "a moderator of an unverified organization cannot hide a comment", as: "ingo", method: http.MethodPatch, url: visible,
			body: `{"state":"hidden"}`, status: 404},
		{name: "the superuser edits a comment", as: "admin", method: http.MethodPatch, url: visible,
			body: `{"body":"Bereinigt."}`, status: 200, has: []string{"Bereinigt."}},

		{name: "the author deletes his comment", as: "ben", method: http.MethodDelete, url: visible, status: 204},
		{name: "the superuser deletes a comment", as: "admin", method: http.MethodDelete, url: hidden, status: 204},
	}
	for _, p := range nonSuperusers {
		switch p.key {
		case "ben":
			continue
		case "mehmet":
			rows = append(rows, access{name: p.role + " hides but cannot delete a comment", as: p.key,
				method: http.MethodDelete, url: visible, status: 404})
			continue
		}
		rows = append(rows,
			access{name: p.role + " does not see hidden comments", as: p.key, url: comments, status: 200,
				has: []string{commentBen}, hasNot: []string{commentHidden}},
			access{name: p.role + " cannot view a hidden comment", as: p.key, url: hidden, status: 404},
			access{name: p.role + " cannot edit another person's comment", as: p.key, method: http.MethodPatch, url: visible,
				body: `{"body":"Übernommen."}`, status: 404},
			access{name: p.role + " cannot hide a comment", as: p.key, method: http.MethodPatch, url: visible,
				body: `{"state":"hidden"}`, status: 404},
			access{name: p.role + " cannot delete another person's comment", as: p.key, method: http.MethodDelete, url: visible, status: 404},
		)
	}
	run(t, rows)
}

func TestFeedbackAccess(t *testing.T) {
	feedback := "/api/collections/feedback/records"
	entry := feedback + "/" + feedbackAnna
	rating := func(person, extra string) string {
		return `{"service":"` + wohngeld + `","region":"` + gelnhausen + `","author":"` + personId(person) + `"` + extra + `}`
	}
	rows := []access{
		{name: "the author lists her feedback", as: "anna", url: feedback, status: 200, has: []string{feedbackAnna}},
		{name: "the author views her feedback", as: "anna", url: entry, status: 200, has: []string{`"rating":2`}},
		{name: "the moderator of the region lists single entries", as: "mehmet", url: feedback, status: 200, has: []string{feedbackAnna}},
		{name: "the moderator of the region views a single entry", as: "mehmet", url: entry, status: 200, has: []string{`"rating":2`}},
		{name: "staff of the region lists single entries", as: "stefan", url: feedback, status: 200, has: []string{feedbackAnna}},
		{name: "staff of the region views a single entry", as: "stefan", url: entry, status: 200, has: []string{`"rating":2`}},
		{name: "the superuser lists single entries", as: "admin", url: feedback, status: 200, has: []string{feedbackAnna}},

		{name: "a citizen rates a service in her own name", as: "anna", method: http.MethodPost, url: feedback,
			body: rating("anna", `,"rating":4`), status: 200, has: []string{`"rating":4`, `"channel":"app"`}},
		{name: "a citizen cannot give feedback in someone else's name", as: "anna", method: http.MethodPost, url: feedback,
			body: rating("ben", `,"rating":4`), status: 400, has: []string{refusedByRule}},
		{name: "a citizen cannot enter feedback as a paper form", as: "anna", method: http.MethodPost, url: feedback,
			body: rating("anna", `,"rating":4,"channel":"paper"`), status: 400, has: []string{refusedByRule}},
		{name: "anonymous cannot give feedback", method: http.MethodPost, url: feedback,
			body: `{"service":"` + wohngeld + `","region":"` + gelnhausen + `","rating":4}`, status: 400, has: []string{refusedByRule}},
		{name: "a rating of 0 counts as no rating and names the rating field", as: "anna", method: http.MethodPost, url: feedback,
			body: rating("anna", `,"rating":0`), status: 400, has: []string{`"rating":{"code":"validation_required"`}},
		{name: "a negative rating names the rating field", as: "anna", method: http.MethodPost, url: feedback,
			body: rating("anna", `,"rating":-1`), status: 400, has: []string{`"rating":{"code":"validation_min_number_constraint"`}},
		{name: "a rating above 5 names the rating field", as: "anna", method: http.MethodPost, url: feedback,
			body: rating("anna", `,"rating":6`), status: 400, has: []string{`"rating":{"code":"validation_max_number_constraint"`}},
		{name: "a fractional rating names the rating field", as: "anna", method: http.MethodPost, url: feedback,
			body: rating("anna", `,"rating":2.5`), status: 400, has: []string{`"rating":{"code":"validation_only_int_constraint"`}},
		{name: "the superuser enters an assisted entry without an account", as: "admin", method: http.MethodPost, url: feedback,
			body:   `{"service":"` + wohngeld + `","region":"` + gelnhausen + `","rating":3,"channel":"assisted"}`,
			status: 200, has: []string{`"channel":"assisted"`, `"author":""`}},

		{name: "the author changes her rating", as: "anna", method: http.MethodPatch, url: entry,
			body: `{"rating":3,"text":"Inzwischen besser."}`, status: 200, has: []string{`"rating":3`}},
		{name: "the author's new rating is checked too", as: "anna", method: http.MethodPatch, url: entry,
			body: `{"rating":9}`, status: 400, has: []string{`"rating":{"code":"validation_max_number_constraint"`}},
		{name: "the author cannot move her feedback to another region", as: "anna", method: http.MethodPatch, url: entry,
			body: `{"region":"` + sondershausen + `"}`, status: 404},
		{name: "the author cannot set the service again", as: "anna", method: http.MethodPatch, url: entry,
			body: `{"service":"` + wohngeld + `"}`, status: 404},
		{name: "the author cannot hand her feedback to someone else", as: "anna", method: http.MethodPatch, url: entry,
			body: `{"author":"` + personId("ben") + `"}`, status: 404},
		{name: "the author cannot change the channel", as: "anna", method: http.MethodPatch, url: entry,
			body: `{"channel":"paper"}`, status: 404},
		{name: "the superuser corrects an entry", as: "admin", method: http.MethodPatch, url: entry,
			body: `{"rating":1}`, status: 200, has: []string{`"rating":1`}},

		{name: "the author deletes her feedback", as: "anna", method: http.MethodDelete, url: entry, status: 204},
		{name: "the superuser deletes feedback", as: "admin", method: http.MethodDelete, url: entry, status: 204},
	}
	for _, p := range nonSuperusers {
		if p.key == "anna" {
			continue
		}
		if p.key != "mehmet" && p.key != "stefan" {
			rows = append(rows,
				access{name: p.role + " does not see single entries", as: p.key, url: feedback, status: 200,
					has: []string{`"items":[]`}, hasNot: []string{feedbackAnna}},
				access{name: p.role + " cannot view a single entry", as: p.key, url: entry, status: 404})
		}
		rows = append(rows,
			access{name: p.role + " cannot change another person's feedback", as: p.key, method: http.MethodPatch, url: entry,
				body: `{"rating":5}`, status: 404},
			access{name: p.role + " cannot delete another person's feedback", as: p.key, method: http.MethodDelete, url: entry, status: 404})
	}
	run(t, rows)
}

// Ids of contributions without an account behind them: an idea and a comment
// whose author deleted the account, and feedback entered from a paper form.
const (
	ideaOrphaned    = "ideaorphaned001"
	commentOrphaned = "commentorphan01"
	feedbackOnPaper = "feedbackpaper01"
)

// appWithOrphans is a test app whose fixtures also hold contributions without an author.
func appWithOrphans(t testing.TB) *pbtests.TestApp {
	app := newTestApp(t)
	b := &builder{app: app}
	b.add("ideas", ideaOrphaned, map[string]any{"title": "Idee ohne Konto", "body": "Der Autor hat sein Konto gelöscht.",
		"region": gelnhausen, "status": "submitted"})
	b.add("comments", commentOrphaned, map[string]any{"idea": ideaPublished, "body": "Ausgeblendet, ohne Konto.", "state": "hidden"})
	b.add("feedback", feedbackOnPaper, map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 1, "channel": "paper"})
	if b.err != nil {
		t.Fatal(b.err)
	}
	return app
}

// For a guest @request.auth.id is empty, and so is the author of these
// records; an ownership rule must not let the two match.
func TestContributionsWithoutAnAuthorBelongToNobody(t *testing.T) {
	records := func(collection string) string { return "/api/collections/" + collection + "/records" }
	for _, c := range []struct {
		collection, id, update string
	}{
		{"ideas", ideaOrphaned, `{"title":"Von einem Gast geändert"}`},
		{"comments", commentOrphaned, `{"body":"Von einem Gast geändert."}`},
		{"feedback", feedbackOnPaper, `{"rating":5}`},
	} {
		record := records(c.collection) + "/" + c.id
		for _, s := range []pbtests.ApiScenario{
			{Name: "anonymous does not list " + c.id, Method: http.MethodGet, URL: records(c.collection),
				ExpectedStatus: 200, NotExpectedContent: []string{c.id}},
			{Name: "anonymous cannot view " + c.id, Method: http.MethodGet, URL: record,
				ExpectedStatus: 404, NotExpectedContent: []string{c.id}},
			{Name: "anonymous cannot update " + c.id, Method: http.MethodPatch, URL: record, Body: strings.NewReader(c.update),
				ExpectedStatus: 404, NotExpectedContent: []string{c.id}},
			{Name: "anonymous cannot delete " + c.id, Method: http.MethodDelete, URL: record,
				ExpectedStatus: 404, NotExpectedContent: []string{c.id}},
			{Name: "a citizen cannot update " + c.id, Method: http.MethodPatch, URL: record, Headers: as("ben"),
				Body: strings.NewReader(c.update), ExpectedStatus: 404, NotExpectedContent: []string{c.id}},
			{Name: "the moderator of the region still views " + c.id, Method: http.MethodGet, URL: record, Headers: as("mehmet"),
				ExpectedStatus: 200, ExpectedContent: []string{`"id":"` + c.id + `"`}},
		} {
			s.TestAppFactory = appWithOrphans
			s.Test(t)
		}
	}
}

// clientId is a UUID a device chose offline.
const clientId = "0b9e6f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b"

// saveFromJSON stores a record from a request body directly, as an earlier,
// successful attempt of the same create would have.
func saveFromJSON(t testing.TB, app core.App, collection, body string) {
	t.Helper()
	data := map[string]any{}
	if err := json.Unmarshal([]byte(body), &data); err != nil {
		t.Fatal(err)
	}
	c, err := app.FindCollectionByNameOrId(collection)
	if err != nil {
		t.Fatal(err)
	}
	record := core.NewRecord(c)
	record.Load(data)
	if err := app.Save(record); err != nil {
		t.Fatal(err)
	}
}

func TestClientChosenIds(t *testing.T) {
	anna := personId("anna")
	for _, c := range []struct{ collection, body string }{
		{"ideas", `{"id":"` + clientId + `","title":"Offline erfasst","body":"Im Funkloch geschrieben.","region":"` + gelnhausen + `","author":"` + anna + `"}`},
		{"votes", `{"id":"` + clientId + `","user":"` + anna + `","idea":"` + ideaKyff + `"}`},
		{"comments", `{"id":"` + clientId + `","idea":"` + ideaPublished + `","author":"` + anna + `","body":"Offline geschrieben."}`},
		{"feedback", `{"id":"` + clientId + `","service":"` + wohngeld + `","region":"` + gelnhausen + `","rating":4,"author":"` + anna + `"}`},
	} {
		url := "/api/collections/" + c.collection + "/records"
		first := pbtests.ApiScenario{
			Name:   c.collection + " accept a client-chosen UUID",
			Method: http.MethodPost, URL: url, Headers: as("anna"), Body: strings.NewReader(c.body),
			ExpectedStatus: 200, ExpectedContent: []string{`"id":"` + clientId + `"`},
			TestAppFactory: newTestApp,
			AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, _ *http.Response) {
				if _, err := app.FindRecordById(c.collection, clientId); err != nil {
					t.Errorf("record %s: got %v, want it stored", clientId, err)
				}
			},
		}
		first.Test(t)

		var before int64
		retry := pbtests.ApiScenario{
			Name:   c.collection + " reject a retried create with the same id and store nothing",
			Method: http.MethodPost, URL: url, Headers: as("anna"), Body: strings.NewReader(c.body),
			ExpectedStatus:  400,
			ExpectedContent: []string{`"id":{"code":"validation_pk_invalid"`},
			TestAppFactory:  newTestApp,
			BeforeTestFunc: func(t testing.TB, app *pbtests.TestApp, _ *core.ServeEvent) {
				saveFromJSON(t, app, c.collection, c.body)
				before = countOf(t, app, c.collection, nil)
			},
			AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, _ *http.Response) {
				if got := countOf(t, app, c.collection, nil); got != before {
					t.Errorf("%s rows: got %d, want %d", c.collection, got, before)
				}
			},
		}
		retry.Test(t)
	}

	run(t, []access{
		{name: "an uppercase UUID is not a valid id", as: "anna", method: http.MethodPost, url: "/api/collections/votes/records",
			body:   `{"id":"` + strings.ToUpper(clientId) + `","user":"` + anna + `","idea":"` + ideaKyff + `"}`,
			status: 400, has: []string{`"id":{"code":"validation_invalid_format"`}},
	})
}
