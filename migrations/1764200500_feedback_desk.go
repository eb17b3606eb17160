package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// feedbackDeskIndexes serve the desk's filters (service, municipality, state)
// and its sort (newest first) within the rule's region check.
var feedbackDeskIndexes = []struct{ name, columns string }{
	{"idx_feedback_region_created", "region, created"},
	{"idx_feedback_service_created", "service, created"},
	{"idx_feedback_state_created", "state, created"},
	{"idx_feedback_service_region_fixed", "service, region, fixed_at"},
}

// notificationFieldsSetByHooks are the fields of an inbox entry that its owner
// may not change (only "read" is theirs).
var notificationFieldsSetByHooks = []string{"user", "kind", "idea", "target_idea", "status", "reason"}

// The feedback desk: staff and moderators of a region read the feedback on
// services there, mark how far they took it and answer its author, who is
// told in their inbox. Two more barriers; the answer's notification kind.
func init() {
	m.Register(withCollections([]string{"feedback", "users"}, func(app core.App, found []*core.Collection) error {
		feedback, users := found[0], found[1]
		feedback.Fields.Add(
			&core.SelectField{Name: "barriers", MaxSelect: len(Barriers), Values: Barriers},
			text("barrier_other", false, 0, 200),
			&core.SelectField{Name: "state", MaxSelect: 1, Values: FeedbackStates,
				Help: "How far staff took the entry; new when created (hooks/feedback_desk.go)."},
			text("answer", false, 0, 2000),
			&core.DateField{Name: "answered_at", Help: "Set by hooks/feedback_desk.go when the answer changes."},
			&core.RelationField{Name: "answered_by", CollectionId: users.Id, MaxSelect: 1, Hidden: true,
				Help: "Who answered; set by hooks/feedback_desk.go. Hidden: the author learns the municipality, not the account."},
			&core.DateField{Name: "fixed_at", Help: "Set by hooks/feedback_desk.go when the state becomes fixed."},
		)
		feedback.CreateRule = rule(signedIn,
			onlyFields(feedback, "service", "region", "rating", "text", "barriers", "barrier_other", "author", "channel", "organization", "consent", "entered_by"),
			entryChannel)
		// The author corrects their opinion; the region's staff and moderators
		// answer it and mark its state. Neither side touches the other's fields.
		feedback.UpdateRule = types.Pointer("(" + isAuthor + " && " + onlyFields(feedback, "rating", "text", "barriers", "barrier_other") + ") || " +
			"((" + moderatesRegion + " || " + staffOfRegion + ") && " + onlyFields(feedback, "state", "answer") + ")")
		for _, index := range feedbackDeskIndexes {
			feedback.AddIndex(index.name, false, index.columns, "")
		}
		if err := app.Save(feedback); err != nil {
			return err
		}
		if _, err := app.DB().NewQuery("UPDATE feedback SET state = 'new' WHERE state = ''").Execute(); err != nil {
			return err
		}

		// The exact counters and their public, k-anonymous face count the new
		// barriers alike.
		for collection, help := range map[string]string{
			"feedback_stats":     "Maintained by hooks/feedback_stats.go.",
			"feedback_summaries": "Published by hooks/feedback_summaries.go.",
		} {
			if err := changeCollection(app, collection, func(counters *core.Collection) {
				for _, barrier := range barriersAdded {
					counters.Fields.Add(&core.NumberField{Name: "barrier_" + barrier, OnlyInt: true, Min: types.Pointer(0.0), Help: help})
				}
			}); err != nil {
				return err
			}
		}

		return changeCollection(app, "notifications", func(notifications *core.Collection) {
			notifications.Fields.Add(
				&core.SelectField{Name: "kind", Required: true, MaxSelect: 1, Values: NotificationKinds},
				relation("feedback", feedback.Id, false, true),
				&core.TextField{Name: "note", Max: 5000,
					Help: "The moderator's note to the author, or the public response to a decline, or staff's answer to feedback."},
			)
			notifications.UpdateRule = rule("user = @request.auth.id", unset(append(notificationFieldsSetByHooks, "feedback", "note")...))
			notifications.AddIndex("idx_notifications_feedback", false, "feedback", "")
		})
	}), func(app core.App) error {
		notifications, err := app.FindCollectionByNameOrId("notifications")
		if err != nil {
			return err
		}
		if _, err := app.DB().NewQuery("DELETE FROM notifications WHERE kind = {:kind}").
			Bind(map[string]any{"kind": "feedback_answered"}).Execute(); err != nil {
			return err
		}
		notifications.RemoveIndex("idx_notifications_feedback")
		notifications.Fields.RemoveByName("feedback")
		notifications.Fields.RemoveByName("note")
		notifications.Fields.Add(&core.SelectField{Name: "kind", Required: true, MaxSelect: 1, Values: notificationKindsFirst})
		notifications.UpdateRule = rule("user = @request.auth.id", unset(notificationFieldsSetByHooks...))
		if err := app.Save(notifications); err != nil {
			return err
		}

		for _, collection := range []string{"feedback_stats", "feedback_summaries"} {
			if err := changeCollection(app, collection, func(counters *core.Collection) {
				for _, barrier := range barriersAdded {
					counters.Fields.RemoveByName("barrier_" + barrier)
				}
			}); err != nil {
				return err
			}
		}

		feedback, err := app.FindCollectionByNameOrId("feedback")
		if err != nil {
			return err
		}
		// Entries with a barrier that no longer exists keep their other barriers.
		for _, barrier := range barriersAdded {
			_, err := app.DB().NewQuery(`UPDATE feedback SET barriers = (SELECT json_group_array(value) FROM json_each(feedback.barriers)
				WHERE value != {:barrier}) WHERE EXISTS (SELECT 1 FROM json_each(feedback.barriers) WHERE value = {:barrier})`).
				Bind(map[string]any{"barrier": barrier}).Execute()
			if err != nil {
				return err
			}
		}
		for _, index := range feedbackDeskIndexes {
			feedback.RemoveIndex(index.name)
		}
		for _, name := range []string{"barrier_other", "state", "answer", "answered_at", "answered_by", "fixed_at"} {
			feedback.Fields.RemoveByName(name)
		}
		feedback.Fields.Add(&core.SelectField{Name: "barriers", MaxSelect: len(barriersFirst), Values: barriersFirst})
		feedback.CreateRule = rule(signedIn,
			onlyFields(feedback, "service", "region", "rating", "text", "barriers", "author", "channel", "organization", "consent", "entered_by"),
			entryChannel)
		feedback.UpdateRule = rule(isAuthor, onlyFields(feedback, "rating", "text", "barriers"))
		return app.Save(feedback)
	})
}
