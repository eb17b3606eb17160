package tests

import (
	"net/http"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/pocketbase/core"
)

// Sync carries only what citizens do offline. A moderator's device pushes
// like anybody's: Olga's report or comment on Main-Kinzig content counts as
// a citizen's, and no mutation hides, restores or publishes anything.

func TestSyncGivesModeratorsOnlyCitizenPowers(t *testing.T) {
	t.Parallel()
	olga := personId("olga")
	for _, c := range []struct {
		name   string
		person string
		before func(testing.TB, core.App)
		args   func(d *syncDevice) syncMutation
		status string // of the one result
		code   string // of a rejection
		after  func(testing.TB, core.App)
	}{
		{name: "a moderator of another region reports a Main-Kinzig idea as one citizen among others", person: "olga",
			args: func(d *syncDevice) syncMutation {
				return d.queue("report.create", map[string]any{"id": uuid.NewString(), "idea": ideaPublished, "reason": "offensive"})
			},
			status: "applied",
			after: all(
				wantOne("reports", map[string]any{"reporter": olga, "idea": ideaPublished, "dismissed": false}),
				mainKinzigAsBefore,
				wantNone("notifications", map[string]any{"kind": "hidden"}),
			)},
		{name: "her report is the third and hides the idea as reports do, not as a moderator's decision", person: "olga",
			before: all(
				withRecord("reports", "reportbenpub0001", map[string]any{"reporter": personId("ben"), "idea": ideaPublished, "reason": "spam"}),
				withRecord("reports", "reportuwepub0001", map[string]any{"reporter": personId("uwe"), "idea": ideaPublished, "reason": "spam"}),
			),
			args: func(d *syncDevice) syncMutation {
				return d.queue("report.create", map[string]any{"id": uuid.NewString(), "idea": ideaPublished, "reason": "offensive"})
			},
			status: "applied",
			after: all(
				wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": true, "hidden_reason": "reports"}),
				wantOne("moderation_log", map[string]any{"action": "hide", "target_id": ideaPublished, "actor": "", "organization": "",
					"reason": "reports"}),
				wantNone("moderation_log", map[string]any{"actor": olga, "target_id": ideaPublished}),
				wantOne("notifications", map[string]any{"user": personId("anna"), "kind": "hidden", "reason": "reports"}),
			)},
		{name: "a moderator of another region comments on a Main-Kinzig idea in her own name", person: "olga",
			args: func(d *syncDevice) syncMutation {
				return d.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": ideaPublished, "body": "Bei uns klappt das gut."})
			},
			status: "applied",
			after: all(
				wantOne("comments", map[string]any{"idea": ideaPublished, "author": olga, "author_name": "olga", "state": "visible"}),
				wantOne("ideas", map[string]any{"id": ideaPublished, "comments_count": 2}),
				mainKinzigAsBefore,
			)},
		{name: "she cannot comment on a hidden Main-Kinzig idea, as no citizen can", person: "olga",
			args: func(d *syncDevice) syncMutation {
				return d.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": ideaHidden, "body": "Was ist hier los?"})
			},
			status: "rejected", code: "sync_forbidden",
			after: all(wantNone("comments", map[string]any{"author": olga}), mainKinzigAsBefore)},
		{name: "she cannot edit a Main-Kinzig idea", person: "olga",
			args: func(d *syncDevice) syncMutation {
				return d.queue("idea.update", map[string]any{"id": ideaPublished, "title": "Von Olga umgeschrieben"})
			},
			status: "rejected", code: "sync_not_found",
			after: all(wantOne("ideas", map[string]any{"id": ideaPublished, "title": "Wohngeld in Leichter Sprache"}), mainKinzigAsBefore)},
		{name: "an update cannot carry the moderation state, not even for the region's moderator", person: "mehmet",
			args: func(d *syncDevice) syncMutation {
				return d.queue("idea.update", map[string]any{"id": ideaPublished, "hidden": true, "moderation_reason": "spam"})
			},
			status: "rejected", code: "validation_invalid_value",
			after: mainKinzigAsBefore},
		{name: "an update cannot publish a submitted idea, not even for the region's moderator", person: "mehmet",
			args: func(d *syncDevice) syncMutation {
				return d.queue("idea.update", map[string]any{"id": ideaSubmitted, "status": "published"})
			},
			status: "rejected", code: "validation_invalid_value",
			after: mainKinzigAsBefore},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			if c.before != nil {
				c.before(t, app)
			}
			device := newDevice(t, newServer(t, app), c.person)
			status, reply := device.push(c.args(device))
			if status != http.StatusOK || len(reply.Results) != 1 {
				t.Fatalf("push: got %d with %d results (%s), want 200 with 1", status, len(reply.Results), reply.Message)
			}
			if got := reply.Results[0]; got.Status != c.status || got.Code != c.code {
				t.Errorf("result: got %s %q, want %s %q", got.Status, got.Code, c.status, c.code)
			}
			c.after(t, app)
		})
	}
}

func TestSyncHasNoModerationMutations(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	device := newDevice(t, newServer(t, app), "mehmet")
	for _, kind := range []string{"idea.hide", "idea.restore", "idea.publish", "comment.hide", "endorsement.create", "appeal.decide"} {
		status, _ := device.push(device.queue(kind, map[string]any{"id": ideaPublished}))
		if status != http.StatusBadRequest {
			t.Errorf("a push of %s: got %d, want 400 for the whole push", kind, status)
		}
	}
	mainKinzigAsBefore(t, app)
}
