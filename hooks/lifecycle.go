package hooks

import (
	"slices"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// The idea lifecycle.
const (
	StatusSubmitted   = "submitted"
	StatusPublished   = "published"
	StatusInReview    = "in_review"
	StatusAccepted    = "accepted"
	StatusInProgress  = "in_progress"
	StatusImplemented = "implemented"
	StatusDeclined    = "declined"
	StatusMerged      = "merged"
)

// transitions lists the legal next states. Merging is open to any open idea
// but happens only through the merge operation, which also moves the votes.
var transitions = map[string][]string{
	StatusSubmitted:  {StatusPublished},
	StatusPublished:  {StatusInReview},
	StatusInReview:   {StatusAccepted, StatusDeclined},
	StatusAccepted:   {StatusInProgress},
	StatusInProgress: {StatusImplemented},
}

// NextStatuses returns the states an idea may move to from status by a status change.
func NextStatuses(status string) []string {
	return transitions[status]
}

// CheckTransition validates a status change and names the field at fault.
func CheckTransition(from, to, response string) validation.Errors {
	if to == StatusMerged {
		return validation.Errors{"to": validation.NewError("merge_required", "An idea is merged with the merge operation, not by a status change.")}
	}
	if !slices.Contains(NextStatuses(from), to) {
		next := strings.Join(NextStatuses(from), ", ")
		if next == "" {
			next = "-"
		}
		return validation.Errors{"to": validation.NewError("transition_not_allowed",
			"This status change is not allowed. Allowed next states: {{.next}}.").
			SetParams(map[string]any{"from": from, "next": next})}
	}
	if to != StatusPublished && strings.TrimSpace(response) == "" {
		return validation.Errors{"response": validation.NewError("response_required",
			"A public response is required for this status change.")}
	}
	return nil
}

// A status change moves its idea in the same transaction, so the history and
// the idea's status can never disagree.
func registerLifecycle(app core.App) {
	app.OnRecordCreate("status_changes").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			record, err := txApp.FindRecordById("ideas", e.Record.GetString("idea"))
			if err != nil {
				return validation.Errors{"idea": validation.NewError("validation_missing_rel_records", "The idea does not exist.")}
			}
			idea := Idea{record}
			e.Record.Set("from", idea.Status())
			if errs := CheckTransition(idea.Status(), e.Record.GetString("to"), e.Record.GetString("response")); errs != nil {
				return errs
			}
			if err := e.Next(); err != nil {
				return err
			}
			idea.Set("status", e.Record.GetString("to"))
			if err := txApp.Save(idea); err != nil {
				return err
			}
			if e.Record.GetString("to") == StatusPublished {
				return writeModerationLog(txApp, moderationEntry{
					Actor: e.Record.GetString("actor"), Organization: e.Record.GetString("organization"),
					Action: "publish", Target: idea.Record, Region: idea.GetString("region"),
				})
			}
			return nil
		})
	})
}
