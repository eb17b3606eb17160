package migrations

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// notificationKindsFirst are the kinds of this first schema; later migrations add to them.
var notificationKindsFirst = []string{"published", "status_changed", "hidden", "restored", "merged", "vote_moved", "appeal_decided"}

// NotificationKinds are the events a person is told about in their inbox;
// feedback_answered came with the feedback desk (1764200500).
var NotificationKinds = append(slices.Clone(notificationKindsFirst), "feedback_answered")

// Notifications: a per-person inbox that only its owner reads. Entries carry
// a kind and references, not text, so every device renders them in its own language.
func init() {
	m.Register(withCollections([]string{"users", "ideas"}, func(app core.App, found []*core.Collection) error {
		users, ideas := found[0], found[1]
		notifications := core.NewBaseCollection("notifications")
		own := "user = @request.auth.id"
		notifications.ListRule = types.Pointer(own)
		notifications.ViewRule = types.Pointer(own)
		notifications.UpdateRule = rule(own, unset("user", "kind", "idea", "target_idea", "status", "reason"))
		notifications.DeleteRule = types.Pointer(own)
		notifications.Fields.Add(
			relation("user", users.Id, true, true),
			&core.SelectField{Name: "kind", Required: true, MaxSelect: 1, Values: notificationKindsFirst},
			relation("idea", ideas.Id, false, true),
			&core.RelationField{Name: "target_idea", CollectionId: ideas.Id, MaxSelect: 1,
				Help: "For merged and vote_moved: the idea that now carries the support."},
			&core.SelectField{Name: "status", MaxSelect: 1, Values: IdeaStatuses},
			text("reason", false, 0, 500),
			&core.BoolField{Name: "read", Help: "Set by the owner when they have seen it."},
		)
		timestamps(notifications)
		indexColumns(notifications, "user, created", "idea")
		return app.Save(notifications)
	}), func(app core.App) error {
		return deleteCollections(app, "notifications")
	})
}
