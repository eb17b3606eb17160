package notifications

import (
	"github.com/pocketbase/pocketbase/core"
)

// Notice is one inbox entry for one person.
type Notice struct {
	User       string
	Kind       string // one of migrations.NotificationKinds
	Idea       string
	TargetIdea string
	Status     string
	Reason     string // a moderation reason code, or "reports"
	Note       string // the moderator's note, the public response, or staff's answer
	Feedback   string // for feedback_answered: the feedback entry
}

// notify writes inbox entries; call it with the transaction of the event, so
// that a person is told exactly when the thing happened. Nobody is told about
// their own action.
func Notify(app core.App, actor string, notices ...Notice) error {
	collection, err := app.FindCachedCollectionByNameOrId("notifications")
	if err != nil {
		return err
	}
	for _, n := range notices {
		if n.User == "" || n.User == actor {
			continue
		}
		record := core.NewRecord(collection)
		record.Set("user", n.User)
		record.Set("kind", n.Kind)
		record.Set("idea", n.Idea)
		record.Set("target_idea", n.TargetIdea)
		record.Set("status", n.Status)
		record.Set("reason", n.Reason)
		record.Set("note", n.Note)
		record.Set("feedback", n.Feedback)
		if err := app.Save(record); err != nil {
			return err
		}
	}
	return nil
}
