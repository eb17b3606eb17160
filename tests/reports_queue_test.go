package tests

import (
	"net/http"
	"reflect"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/pocketbase/core"
)

// strangers are three accounts that may not see an idea waiting for
// pre-moderation in Gelnhausen: a citizen of another district, a plain member
// of a Verband and the "moderator" of an unverified initiative.
var strangers = []string{"ben", "uwe", "ingo"}

// queueUntouched checks that the waiting idea is as before: not hidden, its
// author not notified, nothing logged, no report stored.
func queueUntouched(t testing.TB, app core.App) {
	t.Helper()
	all(
		wantOne("ideas", map[string]any{"id": ideaSubmitted, "hidden": false, "hidden_reason": ""}),
		wantNone("reports", map[string]any{"idea": ideaSubmitted}),
		wantNone("notifications", map[string]any{"user": personId("anna"), "kind": "hidden"}),
		wantNone("moderation_log", map[string]any{"target_id": ideaSubmitted}),
	)(t, app)
}

func TestStrangersCannotReportAWaitingIdeaOverREST(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	server := newServer(t, app)
	for _, person := range strangers {
		var answer, missing map[string]any
		status := call(t, server.Client(), http.MethodPost, server.URL+reports, authTokenOf(person),
			map[string]any{"reporter": personId(person), "idea": ideaSubmitted, "reason": "spam"}, &answer)
		statusMissing := call(t, server.Client(), http.MethodPost, server.URL+reports, authTokenOf(person),
			map[string]any{"reporter": personId(person), "idea": missingIdea, "reason": "spam"}, &missing)
		if status != statusMissing || status != http.StatusBadRequest || !reflect.DeepEqual(answer, missing) {
			t.Errorf("%s reports the waiting idea: got %d %v, want what a missing idea gets: %d %v", person, status, answer, statusMissing, missing)
		}
	}
	queueUntouched(t, app)
}

func TestStrangersCannotReportAWaitingIdeaBySync(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	server := newServer(t, app)
	for _, person := range strangers {
		device := newDevice(t, server, person)
		report := func(idea string) syncMutation {
			return device.queue("report.create", map[string]any{"id": uuid.NewString(), "idea": idea, "reason": "spam"})
		}
		status, reply := device.push(report(ideaSubmitted), report(missingIdea))
		if status != http.StatusOK || len(reply.Results) != 2 {
			t.Fatalf("%s: got %d with %d results, want 200 with 2", person, status, len(reply.Results))
		}
		got, missing := reply.Results[0], reply.Results[1]
		if got.Status != "rejected" || got.Code != missing.Code || got.Message != missing.Message || !reflect.DeepEqual(got.Data, missing.Data) {
			t.Errorf("%s reports the waiting idea: got %s %q %v, want rejected as a missing idea: %s %q %v",
				person, got.Status, got.Code, got.Data, missing.Status, missing.Code, missing.Data)
		}
	}
	queueUntouched(t, app)
}
