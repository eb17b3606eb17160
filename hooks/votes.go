package hooks

import (
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// CanBeVoted reports whether a vote may be cast on the idea, and if not, why.
func (i Idea) CanBeVoted() validation.Error {
	switch {
	case i.GetBool("hidden"):
		return errorObject("vote_idea_hidden", "This idea is hidden and cannot be voted on.")
	case i.Status() == StatusSubmitted:
		return errorObject("vote_idea_not_published", "This idea is not published yet.")
	case i.Status() == StatusMerged:
		return errorObject("vote_idea_merged", "This idea was merged into another one; vote there instead.")
	case i.Status() == StatusDeclined:
		return errorObject("vote_idea_declined", "This idea was declined and cannot be voted on.")
	}
	return nil
}

func errorObject(code, message string) validation.Error {
	return validation.NewError(code, message)
}

// An idea's vote counter moves in the same transaction as the vote. Writes are
// serialized on SQLite's single write connection, so read-increment-save is
// exact, and saving the idea (not raw SQL) sends the realtime update.
func registerVotes(app core.App) {
	app.OnRecordCreate("votes").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			idea, err := findIdea(txApp, e.Record.GetString("idea"))
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
		return afterSave(e, func(txApp core.App) error {
			idea, err := findIdea(txApp, e.Record.GetString("idea"))
			if err != nil {
				return nil // the idea itself is being deleted
			}
			return addToCounter(txApp, idea, "votes_count", -1)
		})
	})
}

// findIdea loads an idea for a rule check, naming the field if it is missing.
func findIdea(app core.App, id string) (Idea, error) {
	record, err := app.FindRecordById("ideas", id)
	if err != nil {
		return Idea{}, validation.Errors{"idea": validation.NewError("validation_missing_rel_records", "The idea does not exist.")}
	}
	return Idea{record}, nil
}

// addToCounter changes a counter of an idea and saves it, so subscribers see it.
func addToCounter(app core.App, idea Idea, field string, delta int) error {
	idea.Set(field, max(0, idea.GetInt(field)+delta))
	return app.SaveNoValidate(idea.Record)
}
