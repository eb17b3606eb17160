package participation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// An idea's vote counter moves in the same transaction as the vote
// (addToCounter), so a vote and its count are committed together or not at all.
func registerVotes(app core.App) {
	app.OnRecordCreate("votes").BindFunc(func(e *core.RecordEvent) error {
		var idea domain.Idea
		return domain.SaveInTransaction(e, func(txApp core.App) (err error) {
			var found bool
			if idea, found, err = counted(txApp, e.Record.GetString("idea")); err != nil {
				return err
			}
			if !found {
				return validation.Errors{"idea": domain.MissingIdea}
			}
			if refusal := idea.CanBeVoted(); refusal != nil {
				return validation.Errors{"idea": refusal}
			}
			return nil
		}, func(txApp core.App) error {
			return addToCounter(txApp, idea, "votes_count", 1)
		})
	})
	app.OnRecordDelete("votes").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			idea, found, err := counted(txApp, e.Record.GetString("idea"))
			if err != nil || !found {
				return err // not found: the idea itself is being deleted
			}
			return addToCounter(txApp, idea, "votes_count", -1)
		})
	})
}
