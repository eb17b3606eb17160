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

// transitions lists the legal next states. Every open idea may also be merged.
var transitions = map[string][]string{
	StatusSubmitted:  {StatusPublished},
	StatusPublished:  {StatusInReview},
	StatusInReview:   {StatusAccepted, StatusDeclined},
	StatusAccepted:   {StatusInProgress},
	StatusInProgress: {StatusImplemented},
}

// NextStatuses returns the states an idea may move to from status.
func NextStatuses(status string) []string {
	next := slices.Clone(transitions[status])
	if (Idea{}).isOpenStatus(status) {
		next = append(next, StatusMerged)
	}
	return next
}

// CheckTransition validates a status change and names the field at fault.
func CheckTransition(from, to, response string) validation.Errors {
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
// the idea's status can never disagree. The author is told in their inbox.
func registerLifecycle(app core.App) {
	app.OnRecordCreate("status_changes").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			idea, err := findIdea(txApp, e.Record.GetString("idea"))
			if err != nil {
				return err
			}
			to := e.Record.GetString("to")
			e.Record.Set("from", idea.Status())
			if errs := CheckTransition(idea.Status(), to, e.Record.GetString("response")); errs != nil {
				return errs
			}
			var target Idea
			if to == StatusMerged {
				if target, err = mergeTarget(txApp, idea, e.Record.GetString("merged_into")); err != nil {
					return err
				}
			}
			if err := e.Next(); err != nil {
				return err
			}
			if to == StatusMerged {
				return merge(txApp, e.Record, idea, target)
			}
			idea.Set("status", to)
			// The record itself, not the Idea wrapper: only a *core.Record runs the record hooks (search index, realtime).
			if err := txApp.Save(idea.Record); err != nil {
				return err
			}
			kind := "status_changed"
			if to == StatusPublished {
				kind = "published"
				err := writeModerationLog(txApp, moderationEntry{
					Actor: e.Record.GetString("actor"), Organization: e.Record.GetString("organization"),
					Action: "publish", Target: idea.Record, Region: idea.GetString("region"),
				})
				if err != nil {
					return err
				}
			}
			return notify(txApp, e.Record.GetString("actor"),
				notice{User: idea.GetString("author"), Kind: kind, Idea: idea.Id, Status: to, Note: e.Record.GetString("response")})
		})
	})
}
