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
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			idea, err := domain.FindIdea(txApp, e.Record.GetString("idea"))
			if err != nil {
				return err
			}
			if refusal := idea.CanBeVoted(); refusal != nil {
				return validation.Errors{"idea": refusal}
			}
			if err := e.Next(); err != nil {
				return err
			}
			return addToCounter(txApp, idea, "votes_count", 1)
		})
	})
	app.OnRecordDelete("votes").BindFunc(func(e *core.RecordEvent) error {
		return domain.AfterSave(e, func(txApp core.App) error {
			idea, err := domain.FindIdea(txApp, e.Record.GetString("idea"))
			if err != nil {
				return nil // the idea itself is being deleted
			}
			return addToCounter(txApp, idea, "votes_count", -1)
		})
	})
}
