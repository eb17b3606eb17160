package domain

import (
	"slices"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
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
