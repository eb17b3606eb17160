package tests

import (
	"maps"
	"net/http"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// pushRule is one mutation that the collection rules and hooks decide, and,
// where there is one, the REST request that does the same and must be
// decided the same way.
type pushRule struct {
	name   string
	setup  func(testing.TB, core.App)
	as     string
	kind   string
	args   map[string]any // a creating mutation gets a fresh "id" unless it names one
	status string         // applied, rejected or conflict
	code   string         // of a rejection or conflict
	field  string         // of a rejection's field error; "" when it has none
	rest   *restCall      // for a refusal: the same change through the REST API
	check  func(t *testing.T, app core.App, r pushResult)
}

// restCall is a REST request and the status it must be refused with.
type restCall struct {
	method, path string
	body         map[string]any
	status       int
	code         string // the field error code, "" when PocketBase gives none
	field        string
}

// offlineIdea is an idea Anna created offline, with the UUID her device chose.
const offlineIdea = "5b0c7c0e-1f3a-4c5e-9d2b-0a1b2c3d4e5f"

func withOfflineIdea(t testing.TB, app core.App) {
	b := &builder{app: app}
	b.add("ideas", offlineIdea, argsWith(newIdeaArgs(gelnhausen), "author", personId("anna")))
	if b.err != nil {
		t.Fatal(b.err)
	}
}

func newIdeaArgs(region string) map[string]any {
	return map[string]any{"title": "Sitzbänke am Bahnhof", "body": "Es fehlen Bänke zum Warten.", "region": region}
}

// with returns a copy of args with more fields.
func argsWith(args map[string]any, more ...any) map[string]any {
	out := maps.Clone(args)
	for i := 0; i+1 < len(more); i += 2 {
		out[more[i].(string)] = more[i+1]
	}
	return out
}

func TestPushDecidesLikeTheRESTAPI(t *testing.T) {
	anna, ben := personId("anna"), personId("ben")
	ideas, comments, votes := "/api/collections/ideas/records", "/api/collections/comments/records", "/api/collections/votes/records"
	feedback, reports := "/api/collections/feedback/records", "/api/collections/reports/records"
	rows := []pushRule{
		// idea.create
		{name: "idea.create in a region of the catalogue is applied, authored by the requester", as: "anna",
			kind: "idea.create", args: newIdeaArgs(gelnhausen), status: "applied",
			check: wantRecord("ideas", "author", anna, "status", "published")},
		{name: "idea.create in a region that does not exist is rejected", as: "anna",
			kind: "idea.create", args: newIdeaArgs("nosuchregion000"), status: "rejected", code: "validation_missing_rel_records", field: "region",
			rest: &restCall{http.MethodPost, ideas, argsWith(newIdeaArgs("nosuchregion000"), "author", anna), 400, "validation_missing_rel_records", "region"}},
		{name: "idea.create naming another author is rejected: args have no author", as: "anna",
			kind: "idea.create", args: argsWith(newIdeaArgs(gelnhausen), "author", ben), status: "rejected", code: "validation_invalid_value", field: "args",
			rest: &restCall{http.MethodPost, ideas, argsWith(newIdeaArgs(gelnhausen), "author", ben), 400, "", ""}},
		{name: "idea.create naming a status is rejected: args have no status", as: "anna",
			kind: "idea.create", args: argsWith(newIdeaArgs(gelnhausen), "status", "accepted"), status: "rejected", code: "validation_invalid_value", field: "args",
			rest: &restCall{http.MethodPost, ideas, argsWith(newIdeaArgs(gelnhausen), "author", anna, "status", "accepted"), 400, "", ""}},
		{name: "idea.create reusing the id of someone else's idea is rejected and overwrites nothing", setup: withOfflineIdea, as: "ben",
			kind: "idea.create", args: argsWith(newIdeaArgs(sondershausen), "id", offlineIdea), status: "rejected", code: "validation_pk_invalid", field: "id",
			check: wantRecord("ideas", "id", offlineIdea, "author", anna, "region", gelnhausen)},

		// idea.update
		{name: "idea.update of one's own submitted idea is applied", as: "anna",
			kind: "idea.update", args: map[string]any{"id": ideaSubmitted, "title": "Bürgerbus per App buchen"}, status: "applied",
			check: wantRecord("ideas", "id", ideaSubmitted, "title", "Bürgerbus per App buchen", "status", "submitted")},
		{name: "idea.update of someone else's idea is rejected as not found", as: "ben",
			kind: "idea.update", args: map[string]any{"id": ideaSubmitted, "title": "Gekaperter Titel"}, status: "rejected", code: "sync_not_found",
			rest: &restCall{http.MethodPatch, ideas + "/" + ideaSubmitted, map[string]any{"title": "Gekaperter Titel"}, 404, "", ""}},
		{name: "idea.update of a published idea conflicts and returns the server's idea", as: "anna",
			kind: "idea.update", args: map[string]any{"id": ideaPublished, "title": "Neuer Titel"}, status: "conflict", code: "idea_changed",
			rest:  &restCall{http.MethodPatch, ideas + "/" + ideaPublished, map[string]any{"title": "Neuer Titel"}, 404, "", ""},
			check: wantReturned("title", "Wohngeld in Leichter Sprache")},
		{name: "idea.update based on an outdated copy conflicts", as: "anna",
			kind: "idea.update", args: map[string]any{"id": ideaSubmitted, "base_updated": "2020-01-01 00:00:00.000Z", "title": "Neuer Titel"},
			status: "conflict", code: "idea_changed", check: wantReturned("title", "Bürgerbus digital buchen")},
		{name: "idea.update trying to set the status is rejected: args have no status", as: "anna",
			kind: "idea.update", args: map[string]any{"id": ideaSubmitted, "status": "published"}, status: "rejected", code: "validation_invalid_value", field: "args",
			rest: &restCall{http.MethodPatch, ideas + "/" + ideaSubmitted, map[string]any{"status": "published"}, 404, "", ""}},

		// feedback.create
		{name: "feedback.create on a service offered in the region is applied, authored by the requester", as: "ben",
			kind: "feedback.create", args: map[string]any{"service": pflegeKyff, "region": sondershausen, "rating": 3, "barriers": []string{"mobile"}},
			status: "applied", check: wantRecord("feedback", "author", ben, "service", pflegeKyff)},
		{name: "feedback.create with a barrier the schema does not have is rejected", as: "ben",
			kind: "feedback.create", args: map[string]any{"service": pflegeKyff, "region": sondershausen, "rating": 3, "barriers": []string{"noise"}},
			status: "rejected", code: "validation_invalid_value", field: "barriers.0"},
		{name: "feedback.create on a service not offered in the region is rejected", as: "anna",
			kind: "feedback.create", args: map[string]any{"service": pflegeKyff, "region": gelnhausen, "rating": 3},
			status: "rejected", code: "feedback_service_not_offered", field: "region",
			rest: &restCall{http.MethodPost, feedback, map[string]any{"service": pflegeKyff, "region": gelnhausen, "rating": 3, "author": anna},
				400, "feedback_service_not_offered", "region"}},
		{name: "feedback.create naming another author is rejected: args have no author", as: "anna",
			kind: "feedback.create", args: map[string]any{"service": wohngeld, "region": hanau, "rating": 3, "author": ben},
			status: "rejected", code: "validation_invalid_value", field: "args",
			rest: &restCall{http.MethodPost, feedback, map[string]any{"service": wohngeld, "region": hanau, "rating": 3, "author": ben}, 400, "", ""}},

		// comment.create
		{name: "comment.create on a published idea is applied and counted", as: "ben",
			kind: "comment.create", args: map[string]any{"idea": ideaPublished, "body": "Sehr gut."}, status: "applied",
			check: allOf(wantRecord("comments", "author", ben, "state", "visible"), wantCounter(ideaPublished, "comments_count", 2))},
		{name: "comment.create on a submitted idea is refused by the create rule", as: "anna",
			kind: "comment.create", args: map[string]any{"idea": ideaSubmitted, "body": "Noch ein Gedanke."}, status: "rejected", code: "sync_forbidden",
			rest: &restCall{http.MethodPost, comments, map[string]any{"idea": ideaSubmitted, "body": "Noch ein Gedanke.", "author": anna}, 400, "", ""}},
		{name: "comment.create on a hidden idea is refused by the create rule", as: "ben",
			kind: "comment.create", args: map[string]any{"idea": ideaHidden, "body": "Warum versteckt?"}, status: "rejected", code: "sync_forbidden",
			rest: &restCall{http.MethodPost, comments, map[string]any{"idea": ideaHidden, "body": "Warum versteckt?", "author": ben}, 400, "", ""}},
		{name: "comment.create setting its own state is rejected: args have no state", as: "ben",
			kind: "comment.create", args: map[string]any{"idea": ideaPublished, "body": "Sehr gut.", "state": "visible"}, status: "rejected", code: "validation_invalid_value", field: "args",
			rest: &restCall{http.MethodPost, comments, map[string]any{"idea": ideaPublished, "body": "Sehr gut.", "author": ben, "state": "visible"}, 400, "", ""}},

		// vote.cast
		{name: "vote.cast on a published idea is applied and counted", as: "anna",
			kind: "vote.cast", args: map[string]any{"idea": ideaKyff}, status: "applied",
			check: allOf(wantRecord("votes", "user", anna, "idea", ideaKyff), wantCounter(ideaKyff, "votes_count", 1))},
		{name: "vote.cast on a hidden idea one can see is refused by the vote hook", as: "mehmet",
			kind: "vote.cast", args: map[string]any{"idea": ideaHidden}, status: "rejected", code: "vote_idea_hidden", field: "idea",
			rest: &restCall{http.MethodPost, votes, map[string]any{"idea": ideaHidden, "user": personId("mehmet")}, 400, "vote_idea_hidden", "idea"}},
		{name: "vote.cast on one's own submitted idea is refused by the vote hook", as: "anna",
			kind: "vote.cast", args: map[string]any{"idea": ideaSubmitted}, status: "rejected", code: "vote_idea_not_published", field: "idea",
			rest: &restCall{http.MethodPost, votes, map[string]any{"idea": ideaSubmitted, "user": anna}, 400, "vote_idea_not_published", "idea"}},
		{name: "vote.cast on a hidden idea one cannot see is refused by the create rule, as on a missing idea", as: "ben",
			kind: "vote.cast", args: map[string]any{"idea": ideaHidden}, status: "rejected", code: "sync_forbidden",
			rest: &restCall{http.MethodPost, votes, map[string]any{"idea": ideaHidden, "user": ben}, 400, "", ""}},
		{name: "vote.cast on someone else's submitted idea is refused by the create rule, as on a missing idea", as: "ben",
			kind: "vote.cast", args: map[string]any{"idea": ideaSubmitted}, status: "rejected", code: "sync_forbidden",
			rest: &restCall{http.MethodPost, votes, map[string]any{"idea": ideaSubmitted, "user": ben}, 400, "", ""}},
		{name: "vote.cast on an idea that does not exist is refused by the create rule", as: "ben",
			kind: "vote.cast", args: map[string]any{"idea": "nosuchidea00000"}, status: "rejected", code: "sync_forbidden",
			rest: &restCall{http.MethodPost, votes, map[string]any{"idea": "nosuchidea00000", "user": ben}, 400, "", ""}},
		{name: "vote.cast naming another user is rejected: args have no user", as: "anna",
			kind: "vote.cast", args: map[string]any{"idea": ideaKyff, "user": ben}, status: "rejected", code: "validation_invalid_value", field: "args",
			rest: &restCall{http.MethodPost, votes, map[string]any{"idea": ideaKyff, "user": ben}, 400, "", ""}},
		{name: "a second vote.cast on the same idea conflicts and returns the existing vote", as: "ben",
			kind: "vote.cast", args: map[string]any{"idea": ideaPublished}, status: "conflict", code: "vote_exists",
			rest:  &restCall{http.MethodPost, votes, map[string]any{"idea": ideaPublished, "user": ben}, 400, "validation_not_unique", "idea"},
			check: allOf(wantReturned("id", voteBen), wantCounter(ideaPublished, "votes_count", 1))},

		// vote.retract
		{name: "vote.retract removes one's own vote and counts it down", as: "ben",
			kind: "vote.retract", args: map[string]any{"idea": ideaPublished}, status: "applied",
			check: allOf(wantGone("votes", voteBen), wantCounter(ideaPublished, "votes_count", 0))},
		{name: "vote.retract without a vote of one's own leaves someone else's vote alone", as: "anna",
			kind: "vote.retract", args: map[string]any{"idea": ideaPublished}, status: "applied",
			rest:  &restCall{http.MethodDelete, votes + "/" + voteBen, nil, 404, "", ""},
			check: allOf(wantRecord("votes", "id", voteBen, "user", ben), wantCounter(ideaPublished, "votes_count", 1))},
		{name: "vote.retract naming a user is rejected: args have no user", as: "anna",
			kind: "vote.retract", args: map[string]any{"idea": ideaPublished, "user": ben}, status: "rejected", code: "validation_invalid_value", field: "args",
			check: allOf(wantRecord("votes", "id", voteBen, "user", ben), wantCounter(ideaPublished, "votes_count", 1))},

		// report.create
		{name: "report.create of an idea is applied, reported by the requester", as: "ben",
			kind: "report.create", args: map[string]any{"idea": ideaPublished, "reason": "spam"}, status: "applied",
			check: wantRecord("reports", "reporter", ben, "idea", ideaPublished, "dismissed", false)},
		{name: "report.create of both an idea and a comment is rejected", as: "ben",
			kind: "report.create", args: map[string]any{"idea": ideaPublished, "comment": commentBen, "reason": "spam"},
			status: "rejected", code: "report_target_required", field: "idea",
			rest: &restCall{http.MethodPost, reports, map[string]any{"idea": ideaPublished, "comment": commentBen, "reason": "spam", "reporter": ben},
				400, "report_target_required", "idea"}},
		{name: "report.create of nothing is rejected", as: "ben",
			kind: "report.create", args: map[string]any{"reason": "spam"}, status: "rejected", code: "validation_required", field: "idea",
			rest: &restCall{http.MethodPost, reports, map[string]any{"reason": "spam", "reporter": ben}, 400, "report_target_required", "idea"}},
		{name: "report.create naming another reporter is rejected: args have no reporter", as: "anna",
			kind: "report.create", args: map[string]any{"idea": ideaKyff, "reason": "spam", "reporter": ben}, status: "rejected", code: "validation_invalid_value", field: "args",
			rest: &restCall{http.MethodPost, reports, map[string]any{"idea": ideaKyff, "reason": "spam", "reporter": ben}, 400, "", ""}},
		{name: "report.create already dismissed is rejected: args have no dismissed", as: "anna",
			kind: "report.create", args: map[string]any{"idea": ideaKyff, "reason": "spam", "dismissed": true}, status: "rejected", code: "validation_invalid_value", field: "args",
			rest: &restCall{http.MethodPost, reports, map[string]any{"idea": ideaKyff, "reason": "spam", "reporter": anna, "dismissed": true}, 400, "", ""}},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) { checkPushRule(t, row) })
	}
}

func checkPushRule(t *testing.T, row pushRule) {
	app := appForFeedback(t)
	if row.setup != nil {
		row.setup(t, app)
	}
	server := newServer(t, app)
	device := newDevice(t, server, row.as)
	args := maps.Clone(row.args)
	if _, creates := createdIn[row.kind]; creates && args["id"] == nil {
		args["id"] = uuid.NewString()
	}
	before := syncedCounts(t, app)
	status, reply := device.push(device.queue(row.kind, args))
	if status != http.StatusOK || len(reply.Results) != 1 {
		t.Fatalf("got %d with %d results, want 200 with 1", status, len(reply.Results))
	}
	r := reply.Results[0]
	if r.Status != row.status || r.Code != row.code {
		t.Fatalf("got %s %q (%s), want %s %q", r.Status, r.Code, r.Message, row.status, row.code)
	}
	if row.field != "" && fieldCode(r.Data, row.field) != row.code {
		t.Errorf("field errors: got %v, want %s on %s", r.Data, row.code, row.field)
	}
	if r.Status == "applied" && createdIn[row.kind] != "" && r.Record["id"] != args["id"] {
		t.Errorf("record: got id %v, want the client's id %v", r.Record["id"], args["id"])
	}
	if r.Status != "applied" {
		after := syncedCounts(t, app)
		delete(after, "sync_mutations") // the refusal itself is journaled
		for table, n := range after {
			if n != before[table] {
				t.Errorf("%s: got %d rows, want %d: a refused mutation stores nothing", table, n, before[table])
			}
		}
	}
	if row.check != nil {
		row.check(t, app, r)
	}
	if row.rest != nil {
		var out struct {
			Data map[string]any `json:"data"`
		}
		got := call(t, server.Client(), row.rest.method, server.URL+row.rest.path, authTokenOf(row.as), row.rest.body, &out)
		if got != row.rest.status || (row.rest.code != "" && fieldCode(out.Data, row.rest.field) != row.rest.code) {
			t.Errorf("REST %s %s: got %d %v, want %d %s on %q", row.rest.method, row.rest.path, got, out.Data,
				row.rest.status, row.rest.code, row.rest.field)
		}
	}
}

// wantRecord expects the record created or changed by the mutation (or the
// one named by an "id" pair) to hold the field values.
func wantRecord(collection string, pairs ...any) func(*testing.T, core.App, pushResult) {
	return func(t *testing.T, app core.App, r pushResult) {
		t.Helper()
		id, _ := r.Record["id"].(string)
		where := dbx.HashExp{}
		for i := 0; i+1 < len(pairs); i += 2 {
			where[pairs[i].(string)] = pairs[i+1]
			if pairs[i] == "id" {
				id = pairs[i+1].(string)
			}
		}
		where["id"] = id
		if rowsWhere(t, app, collection, where) != 1 {
			t.Errorf("%s %s: want a record with %v", collection, id, pairs)
		}
	}
}

// wantReturned expects the record returned with a conflict to hold the value.
func wantReturned(field string, value any) func(*testing.T, core.App, pushResult) {
	return func(t *testing.T, _ core.App, r pushResult) {
		t.Helper()
		if r.Record[field] != value {
			t.Errorf("returned record: %s got %v, want %v", field, r.Record[field], value)
		}
	}
}

func wantGone(collection, id string) func(*testing.T, core.App, pushResult) {
	return func(t *testing.T, app core.App, _ pushResult) {
		t.Helper()
		if recordStored(t, app, collection, id) {
			t.Errorf("%s %s: still there, want it gone", collection, id)
		}
	}
}

func wantCounter(idea, field string, want int) func(*testing.T, core.App, pushResult) {
	return func(t *testing.T, app core.App, _ pushResult) {
		t.Helper()
		if got := mustFind(t, app, "ideas", idea).GetInt(field); got != want {
			t.Errorf("%s of %s: got %d, want %d", field, idea, got, want)
		}
	}
}

func allOf(checks ...func(*testing.T, core.App, pushResult)) func(*testing.T, core.App, pushResult) {
	return func(t *testing.T, app core.App, r pushResult) {
		t.Helper()
		for _, check := range checks {
			check(t, app, r)
		}
	}
}
