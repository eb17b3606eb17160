package domain

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

// MissingIdea is the error of a field naming an idea that does not exist.
var MissingIdea = validation.NewError("validation_missing_rel_records", "The idea does not exist.")

// FindIdea loads an idea for a rule check, naming the field if it is missing.
func FindIdea(app core.App, id string) (Idea, error) {
	record, err := app.FindRecordById("ideas", id)
	if err != nil {
		return Idea{}, validation.Errors{"idea": MissingIdea}
	}
	return Idea{record}, nil
}
