package tests

import (
	"net/http"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/pocketbase/core"
)

// refusedPush returns the code and message of the first result of a push.
func refusedPush(kind string, args map[string]any) func(*testing.T, core.App, *syncDevice) (string, string) {
	return func(t *testing.T, _ core.App, d *syncDevice) (string, string) {
		status, reply := d.push(d.queue(kind, args))
		if status != http.StatusOK || len(reply.Results) != 1 {
			t.Fatalf("got %d with %d results, want 200 with 1", status, len(reply.Results))
		}
		return reply.Results[0].Code, reply.Results[0].Message
	}
}

// refusedRequest returns the code of the field's error and "summary | field message".
func refusedRequest(status int, field string, body func(testing.TB, *syncDevice) string) func(*testing.T, core.App, *syncDevice) (string, string) {
	return func(t *testing.T, _ core.App, d *syncDevice) (string, string) {
		got, raw := d.send(http.MethodPost, "/api/sync/push", []byte(body(t, d)), nil)
		if got != status {
			t.Fatalf("got %d %s, want %d", got, raw, status)
		}
		var reply syncReply
		mustUnmarshal(t, raw, &reply)
		return fieldCode(reply.Data, field), reply.Message + " | " + fieldMessage(reply.Data, field)
	}
}

func TestSyncErrorsSpeakThePersonsLanguage(t *testing.T) {
	for _, c := range []struct {
		name            string
		as              string
		setup           func(testing.TB, core.App)
		refuse          func(*testing.T, core.App, *syncDevice) (code, message string)
		code            string
		german, english string
	}{
		{"a mutation the create rule refuses", "anna", nil,
			refusedPush("comment.create", map[string]any{"id": uuid.NewString(), "idea": ideaSubmitted, "body": "Noch etwas."}),
			"sync_forbidden", "Dazu sind Sie nicht berechtigt.", "The authorized record is not allowed to perform this action."},
		{"an update of an idea that is not one's own", "ben", nil,
			refusedPush("idea.update", map[string]any{"id": ideaSubmitted, "title": "Anderer Titel"}),
			"sync_not_found", "Der Eintrag wurde nicht gefunden.", "The record was not found."},
		{"an update of an idea that was published meanwhile", "anna", nil,
			refusedPush("idea.update", map[string]any{"id": ideaPublished, "title": "Anderer Titel"}),
			"idea_changed", "Die Idee wurde inzwischen auf dem Server geändert.", "The idea was changed on the server meanwhile."},
		{"a second vote on the same idea", "ben", nil,
			refusedPush("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaPublished}),
			"vote_exists", "Sie haben für diese Idee schon abgestimmt.", "You have already voted for this idea."},
		{"a mutation id that someone else used", "ben", nil,
			func(t *testing.T, app core.App, d *syncDevice) (string, string) {
				anna := newDevice(t, d.server, "anna")
				taken := anna.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff})
				if status, reply := anna.push(taken); status != http.StatusOK || reply.Results[0].Status != "applied" {
					t.Fatalf("Anna's push: got %d %v, want 200 applied", status, reply.Results)
				}
				mine := d.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff})
				mine.Id = taken.Id
				status, reply := d.push(mine)
				if status != http.StatusOK || reply.Results[0].Status != "rejected" || rowsWhere(t, app, "votes", nil) != 2 {
					t.Fatalf("got %d %v, want 200 rejected and only Anna's vote added", status, reply.Results)
				}
				return reply.Results[0].Code, reply.Results[0].Message
			},
			"sync_mutation_id_taken", "Diese Kennung einer Änderung ist schon vergeben.", "This mutation id is already used."},
		{"a push repeating a mutation id", "anna", nil,
			refusedRequest(400, "mutations", func(t testing.TB, d *syncDevice) string {
				batch := ideaMutations(d, 2, 0)
				batch[1].Id = batch[0].Id
				return pushBody(t, d, batch)
			}),
			"sync_duplicate_mutation_id", "Die Übertragung ist ungültig. | Änderung 1 wiederholt eine Kennung dieser Übertragung.",
			"Invalid push. | Mutation 1 repeats an id of this push."},
		{"a push from a device without a UUID", "anna", nil,
			refusedRequest(400, "device", func(t testing.TB, d *syncDevice) string {
				return strings.Replace(pushBody(t, d, ideaMutations(d, 1, 0)), d.id, "annas-phone", 1)
			}),
			"validation_invalid_uuid", "Die Übertragung ist ungültig. | Bitte eine UUID angeben.", "Invalid push. | Must be a UUID."},
		{"a push that is not JSON", "anna", nil,
			refusedRequest(400, "body", func(testing.TB, *syncDevice) string { return "device=1" }),
			"validation_invalid_json", "Die Übertragung ist ungültig. | Der Inhalt ist kein gültiges JSON.",
			"Invalid push. | The body is not valid JSON for a push."},
		{"a push over the limit per minute", "anna", func(t testing.TB, app core.App) { fillJournal(t, app, "anna", 600, 0) },
			refusedRequest(429, "mutations", func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 1, 0)) }),
			"sync_rate_limited",
			"Zu viele Änderungen in einer Minute; bitte gleich noch einmal versuchen. | Zu viele Änderungen in einer Minute; bitte gleich noch einmal versuchen.",
			"Too many changes in one minute; try again shortly. | Too many changes in one minute; try again shortly."},
	} {
		for _, language := range []string{"", "en"} {
			t.Run(c.name+" "+map[string]string{"": "(German by default)", "en": "(English on request)"}[language], func(t *testing.T) {
				app := newTestApp(t)
				if c.setup != nil {
					c.setup(t, app)
				}
				device := newDevice(t, newServer(t, app), c.as)
				device.language = language
				code, message := c.refuse(t, app, device)
				want := map[string]string{"": c.german, "en": c.english}[language]
				if code != c.code || message != want {
					t.Errorf("got %s %q, want %s %q", code, message, c.code, want)
				}
			})
		}
	}
}
