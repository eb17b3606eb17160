package tests

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/google/uuid"
	"github.com/mitwirken/mitwirken/hooks/participation"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

const (
	deleteMe       = "/api/me/delete"
	commentAnnaKyf = "commentannakyf1" // Anna's comment on Ben's idea
	voteAnnaKyff   = "voteannakyff001" // Anna's vote on Ben's idea
)

// withMoreOfAnna gives Anna a vote and a comment on Ben's idea, so that
// erasing her moves the counters of an idea that stays.
var withMoreOfAnna = all(
	withRecord("votes", voteAnnaKyff, map[string]any{"user": personId("anna"), "idea": ideaKyff}),
	withRecord("comments", commentAnnaKyf, map[string]any{"idea": ideaKyff, "author": personId("anna"), "body": "Das wäre schön."}),
)

// annasPrivateRecordsAreGone checks that what Anna gave privately went with her account.
var annasPrivateRecordsAreGone = all(
	wantNone("feedback", map[string]any{"id": feedbackAnna}), wantNone("votes", map[string]any{"id": voteAnnaKyff}),
	wantNone("reports", map[string]any{"id": reportAnna}), wantNone("notifications", map[string]any{"id": notificationAnna}),
	wantNone("appeals", map[string]any{"id": appealAnna}),
)

func TestOnlyThePersonDeletesTheirAccountAndOnlyWithTheirPassword(t *testing.T) {
	annaStays := all(wantOne("users", map[string]any{"id": personId("anna")}), wantOne("feedback", map[string]any{"id": feedbackAnna}),
		wantOne("reports", map[string]any{"id": reportAnna}), wantOne("ideas", map[string]any{"id": ideaPublished, "author": personId("anna")}))
	runChecks(t, []accessCheck{
		{access: access{name: "anonymous cannot delete an account", method: http.MethodPost, url: deleteMe,
			body: `{"password":"password-anna"}`, status: 401}, after: annaStays},
		{access: access{name: "a superuser token is no person", as: "admin", method: http.MethodPost, url: deleteMe,
			body: `{"password":"admin-password-123"}`, status: 403}, after: annaStays},
		{access: access{name: "without a password nothing is deleted", as: "anna", method: http.MethodPost, url: deleteMe,
			body: `{"delete_contributions":true}`, status: 400, has: []string{`"password":{"code":"validation_required"`}}, after: annaStays},
		{access: access{name: "with a wrong password nothing is deleted", as: "anna", method: http.MethodPost, url: deleteMe,
			body: `{"password":"password-ben"}`, status: 400, has: []string{`"password":{"code":"account_password_wrong"`, "Das Passwort stimmt nicht."}},
			after: annaStays},
		{access: access{name: "another person with Anna's password deletes nobody", as: "ben", method: http.MethodPost, url: deleteMe,
			body: `{"password":"password-anna"}`, status: 400, has: []string{"account_password_wrong"}},
			after: all(annaStays, wantOne("users", map[string]any{"id": personId("ben")}))},
		{access: access{name: "the bare REST delete of one's own account is refused", as: "anna", method: http.MethodDelete,
			url: "/api/collections/users/records/" + personId("anna"), status: 403}, after: annaStays},
		{access: access{name: "another person cannot delete Anna's account over REST", as: "ben", method: http.MethodDelete,
			url: "/api/collections/users/records/" + personId("anna"), status: 403}, after: annaStays},
		{access: access{name: "with her password Anna deletes her account", as: "anna", method: http.MethodPost, url: deleteMe,
			body: `{"password":"password-anna"}`, status: 204}, after: wantNone("users", map[string]any{"id": personId("anna")})},
	})
}

func TestErasureLeavesNoTraceOfThePersonButThePseudonymousModerationLog(t *testing.T) {
	for _, c := range []struct {
		name          string
		person        string
		contributions bool
		check         func(testing.TB, core.App)
	}{
		{"Anna's ideas and comments stay without her name", "anna", false, all(annasPrivateRecordsAreGone,
			wantOne("ideas", map[string]any{"id": ideaPublished, "author": "", "author_name": ""}),
			wantOne("ideas", map[string]any{"id": ideaHidden, "author": "", "author_name": ""}),
			wantOne("comments", map[string]any{"id": commentAnnaKyf, "author": "", "author_name": ""}),
			wantOne("comments", map[string]any{"id": commentBen}), // on her idea, by Ben
		)},
		{"Anna's ideas and comments go when she asks, with what hangs off them", "anna", true, all(annasPrivateRecordsAreGone,
			wantNone("ideas", map[string]any{"id": ideaPublished}),
			wantNone("comments", map[string]any{"id": commentAnnaKyf}),
			wantNone("comments", map[string]any{"id": commentBen}),
			wantOne("ideas", map[string]any{"id": ideaKyff}),
		)},
		{"Mehmet's moderation stays in the log under a pseudonym", "mehmet", false, all(
			wantOne("moderation_log", map[string]any{"id": logGelnhausen, "actor": ""}),
			wantNone("moderation_log", map[string]any{"id": logGelnhausen, "actor_pseudonym": ""}),
			wantOne("status_changes", map[string]any{"id": statusChange1, "actor": ""}),
			wantOne("endorsements", map[string]any{"id": endorsementVdK, "by": ""}),
		)},
		{"what Uwe entered for others stays, without him", "uwe", false, all(
			wantOne("ideas", map[string]any{"id": ideaForSomeone, "entered_by": "", "organization": vdkMainKinzig}),
			wantOne("feedback", map[string]any{"id": feedbackForSomeone, "entered_by": ""}),
		)},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			withExportableRecords(t, app)
			withMoreOfAnna(t, app)
			server := newServer(t, app)
			device := newDevice(t, server, c.person)
			// The journal and the change log then hold what the person wrote.
			if status, _ := device.push(device.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff})); status != http.StatusOK {
				t.Fatalf("push: got %d, want 200", status)
			}
			if rowsWhere(t, app, "sync_mutations", dbx.HashExp{"user": personId(c.person)}) == 0 {
				t.Fatal("the person has no journal entry to erase")
			}
			body := map[string]any{"password": "password-" + c.person, "delete_contributions": c.contributions}
			if status := call(t, server.Client(), http.MethodPost, server.URL+deleteMe, device.token, body, nil); status != http.StatusNoContent {
				t.Fatalf("erasure: got %d, want 204", status)
			}
			c.check(t, app)
			for _, trace := range []string{personId(c.person), c.person + "@test.mitwirken.de"} {
				if found := tracesOf(t, app, trace); len(found) > 0 {
					t.Errorf("%s is still in %v", trace, found)
				}
			}
			wantExactCounters(t, app)
		})
	}
}

func TestADeviceOfADeletedAccountIsToldSo(t *testing.T) {
	app := newTestApp(t)
	server := newServer(t, app)
	ben, stale := newDevice(t, server, "ben"), newDevice(t, server, "ben")
	if status := call(t, server.Client(), http.MethodPost, server.URL+deleteMe, ben.token, map[string]any{"password": "password-ben"}, nil); status != http.StatusNoContent {
		t.Fatalf("erasure: got %d, want 204", status)
	}
	for _, url := range []string{"/api/sync/pull?cursor=0&region=" + gelnhausen, "/api/collections/users/auth-refresh"} {
		var reply struct{ Data map[string]any }
		method := http.MethodGet
		if url == "/api/collections/users/auth-refresh" {
			method = http.MethodPost
		}
		status := call(t, server.Client(), method, server.URL+url, stale.token, nil, &reply)
		if status != http.StatusUnauthorized || fieldCode(reply.Data, "token") != "auth_account_deleted" {
			t.Errorf("%s: got %d %v, want 401 auth_account_deleted", url, status, reply.Data)
		}
	}
	// A token that is merely invalid for an existing account is not mistaken for a deleted one.
	status := call(t, server.Client(), http.MethodGet, server.URL+"/api/sync/pull?cursor=0&region="+gelnhausen, authTokenOf("anna")+"x", nil, nil)
	if status != http.StatusOK {
		t.Errorf("pull with a broken token of an existing account: got %d, want 200 (as anonymous)", status)
	}
}

// tracesOf lists table.column of every row in data.db and auxiliary.db whose
// value contains needle.
func tracesOf(t testing.TB, app *pbtests.TestApp, needle string) []string {
	t.Helper()
	var found []string
	for name, db := range map[string]dbx.Builder{"data": app.NonconcurrentDB(), "auxiliary": app.AuxNonconcurrentDB()} {
		var tables []string
		if err := db.NewQuery("SELECT name FROM sqlite_master WHERE type = 'table'").Column(&tables); err != nil {
			t.Fatal(err)
		}
		for _, table := range tables {
			var columns []string
			if err := db.NewQuery("SELECT name FROM pragma_table_info({:table})").Bind(dbx.Params{"table": table}).Column(&columns); err != nil {
				t.Fatal(err)
			}
			for _, column := range columns {
				var n int
				err := db.NewQuery(fmt.Sprintf("SELECT COUNT(*) FROM [%s] WHERE instr(CAST([%s] AS TEXT), {:needle}) > 0", table, column)).
					Bind(dbx.Params{"needle": needle}).Row(&n)
				if err != nil {
					t.Fatalf("%s.%s: %v", table, column, err)
				}
				if n > 0 {
					found = append(found, fmt.Sprintf("%s:%s.%s", name, table, column))
				}
			}
		}
	}
	return found
}

// wantExactCounters checks that every idea's counters and every feedback
// aggregate match the rows behind them.
func wantExactCounters(t testing.TB, app core.App) {
	t.Helper()
	if drifted, err := participation.RecountCounters(app); err != nil || drifted != 0 {
		t.Errorf("idea counters: got %d drifted (%v), want 0", drifted, err)
	}
	if repaired, err := participation.RecountFeedbackStats(app); err != nil || repaired != 0 {
		t.Errorf("feedback stats: got %d repaired (%v), want 0", repaired, err)
	}
}
