package tests

import (
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Records the pull scenarios add to the fixtures.
const (
	ideaDeleted   = "ideadeleted0001" // Ben's idea in Gelnhausen, deleted again
	voteRetracted = "voteretracted01" // Ben's vote on his own idea, retracted again
)

// withDeletions adds and deletes an idea and a vote, so that the log holds their tombstones.
func withDeletions(t testing.TB, app core.App) {
	b := &builder{app: app}
	idea := b.add("ideas", ideaDeleted, argsWith(newIdeaArgs(gelnhausen), "author", personId("ben")))
	vote := b.add("votes", voteRetracted, map[string]any{"user": personId("ben"), "idea": ideaKyff})
	if b.err != nil {
		t.Fatal(b.err)
	}
	for _, record := range []*core.Record{vote, idea} {
		if err := app.Delete(record); err != nil {
			t.Fatal(err)
		}
	}
}

// noticeOf returns the id of a notification of the person.
func noticeOf(t testing.TB, app core.App, person string) string {
	t.Helper()
	var id string
	err := app.DB().Select("id").From("notifications").Where(dbx.HashExp{"user": personId(person)}).Limit(1).Row(&id)
	if err != nil {
		t.Fatalf("no notification of %s: %v", person, err)
	}
	return id
}

// How a record arrives in a pull: opAbsent is no change at all, opHidden a
// tombstone or no change, opKept an upsert or no change.
const (
	opUpsert    = "upsert"
	opTombstone = "delete"
	opAbsent    = "absent"
	opHidden    = "hidden"
	opKept      = "kept"
)

// opOf says how a record arrived in a pull.
func opOf(changes []pulledChange, collection, id string) string {
	if c := changeOf(changes, collection, id); c != nil {
		return c.Op
	}
	return opAbsent
}

func TestPullShowsEachPersonWhatTheRESTAPIShowsThem(t *testing.T) {
	app := newTestApp(t)
	withDeletions(t, app)
	server := newServer(t, app)
	annasNotice := noticeOf(t, app, "anna")
	pulled := map[string][]pulledChange{}
	for _, person := range []string{"", "anna", "ben", "mehmet", "olga"} {
		pulled[person], _ = newDevice(t, server, person).pullAll(0, "")
	}
	for _, c := range []struct {
		name                   string
		as, collection, id, op string
	}{
		{"a published idea is an upsert for a guest", "", "ideas", ideaPublished, opUpsert},
		{"an idea hidden before it was ever public is not sent to a citizen", "ben", "ideas", ideaHidden, opAbsent},
		{"an idea hidden before it was ever public is not sent to a guest", "", "ideas", ideaHidden, opAbsent},
		{"a hidden idea is an upsert for its author", "anna", "ideas", ideaHidden, opUpsert},
		{"a hidden idea is an upsert for a moderator of its region", "mehmet", "ideas", ideaHidden, opUpsert},
		{"an idea hidden before it was ever public is not sent to a moderator of another region", "olga", "ideas", ideaHidden, opAbsent},
		{"a comment hidden before it was ever public is not sent to a citizen", "anna", "comments", commentHidden, opAbsent},
		{"a hidden comment is an upsert for its author", "ben", "comments", commentHidden, opUpsert},
		{"a hidden comment is an upsert for a moderator of its region", "mehmet", "comments", commentHidden, opUpsert},
		{"a submitted idea is an upsert for its author", "anna", "ideas", ideaSubmitted, opUpsert},
		{"a submitted idea is not sent to another citizen", "ben", "ideas", ideaSubmitted, opHidden},
		{"a submitted idea is an upsert for a moderator of its region", "mehmet", "ideas", ideaSubmitted, opUpsert},
		{"a deleted idea is a tombstone for its author", "ben", "ideas", ideaDeleted, opTombstone},
		{"a deleted idea is a tombstone for everyone else", "anna", "ideas", ideaDeleted, opTombstone},
		{"one's own vote is an upsert", "ben", "votes", voteBen, opUpsert},
		{"someone else's vote never appears", "anna", "votes", voteBen, opAbsent},
		{"someone else's vote never appears to a moderator either", "mehmet", "votes", voteBen, opAbsent},
		{"one's own retracted vote is a tombstone", "ben", "votes", voteRetracted, opTombstone},
		{"someone else's retracted vote leaves no tombstone", "anna", "votes", voteRetracted, opAbsent},
		{"one's own feedback is an upsert", "anna", "feedback", feedbackAnna, opUpsert},
		{"someone else's feedback never appears", "ben", "feedback", feedbackAnna, opAbsent},
		{"someone else's feedback never appears to a moderator who may read it", "mehmet", "feedback", feedbackAnna, opAbsent},
		{"one's own report is an upsert", "anna", "reports", reportAnna, opUpsert},
		{"someone else's report never appears", "ben", "reports", reportAnna, opAbsent},
		{"someone else's report never appears to a moderator who may read it", "mehmet", "reports", reportAnna, opAbsent},
		{"one's own notification is an upsert", "anna", "notifications", annasNotice, opUpsert},
		{"someone else's notification never appears", "ben", "notifications", annasNotice, opAbsent},
		{"private records never appear to a guest", "", "votes", voteBen, opAbsent},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := opOf(pulled[c.as], c.collection, c.id)
			if got != c.op && (c.op != opHidden || got == opUpsert) {
				t.Fatalf("%s %s: got %s, want %s", c.collection, c.id, got, c.op)
			}
			if got != opUpsert {
				return
			}
			// An upsert carries the record exactly as the REST API shows it to this person.
			var rest map[string]any
			status := call(t, server.Client(), http.MethodGet, server.URL+"/api/collections/"+c.collection+"/records/"+c.id, authTokenOf(c.as), nil, &rest)
			if record := changeOf(pulled[c.as], c.collection, c.id).Record; status != http.StatusOK || !reflect.DeepEqual(record, rest) {
				t.Errorf("record: got %v, want what REST shows (%d): %v", record, status, rest)
			}
		})
	}
}

// restChange is a moderator's (or author's) change through the REST API, made after the devices have synced.
type restChange struct {
	as, method, path string
	body             map[string]any
}

func TestPullFollowsChangesOfVisibility(t *testing.T) {
	hide := restChange{"mehmet", http.MethodPatch, "/api/collections/ideas/records/" + ideaPublished, map[string]any{"hidden": true}}
	restore := restChange{"mehmet", http.MethodPatch, "/api/collections/ideas/records/" + ideaPublished, map[string]any{"hidden": false}}
	hideComment := restChange{"mehmet", http.MethodPatch, "/api/collections/comments/records/" + commentBen, map[string]any{"state": "hidden"}}
	publish := restChange{"mehmet", http.MethodPost, "/api/collections/status_changes/records", map[string]any{
		"idea": ideaSubmitted, "to": "published", "actor": personId("mehmet"), "organization": vdkMainKinzig}}
	withIdea := func(op string) map[string]string {
		return map[string]string{"ideas/" + ideaPublished: op, "comments/" + commentBen: op,
			"status_changes/" + statusChange1: op, "endorsements/" + endorsementVdK: op}
	}
	for _, c := range []struct {
		name   string
		before []restChange // before the device's first pull
		change restChange   // between its first and second pull
		as     string
		want   map[string]string // "collection/id" -> op in the second pull
	}{
		{"an idea hidden after a pull becomes a tombstone, and so do its comments, status changes and endorsements",
			nil, hide, "uwe", withIdea(opTombstone)},
		{"the author of a comment on a hidden idea keeps the comment", nil, hide, "ben",
			map[string]string{"ideas/" + ideaPublished: opTombstone, "comments/" + commentBen: opKept}},
		{"a moderator of the region keeps a hidden idea and what hangs on it", nil, hide, "mehmet",
			map[string]string{"ideas/" + ideaPublished: opUpsert, "comments/" + commentBen: opKept,
				"status_changes/" + statusChange1: opKept, "endorsements/" + endorsementVdK: opKept}},
		{"a restored idea comes back with its comments, status changes and endorsements, also to a device that synced while it was hidden",
			[]restChange{hide}, restore, "uwe", withIdea(opUpsert)},
		{"a hidden comment becomes a tombstone for others", nil, hideComment, "uwe", map[string]string{"comments/" + commentBen: opTombstone}},
		{"a hidden comment stays an upsert for its author", nil, hideComment, "ben", map[string]string{"comments/" + commentBen: opUpsert}},
		{"a published idea becomes an upsert for others", nil, publish, "uwe",
			map[string]string{"ideas/" + ideaSubmitted: opUpsert}},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			server := newServer(t, app)
			run := func(m restChange) {
				if status := call(t, server.Client(), m.method, server.URL+m.path, authTokenOf(m.as), m.body, nil); status != http.StatusOK {
					t.Fatalf("%s %s as %s: got %d, want 200", m.method, m.path, m.as, status)
				}
			}
			for _, m := range c.before {
				run(m)
			}
			device := newDevice(t, server, c.as)
			_, cursor := device.pullAll(0, "")
			run(c.change)
			changes, _ := device.pullAll(cursor, "")
			for key, want := range c.want {
				collection, id, _ := strings.Cut(key, "/")
				if got := opOf(changes, collection, id); got != want && (want != opKept || got == opTombstone) {
					t.Errorf("%s: got %s, want %s", key, got, want)
				}
			}
		})
	}
}
