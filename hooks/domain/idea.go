package domain

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"
)

// Idea wraps an ideas record with the domain predicates that decide what may
// happen to it. The predicates are pure, so they are tested without a database.
type Idea struct {
	*core.Record
}

// Status is the idea's lifecycle state.
func (i Idea) Status() string { return i.GetString("status") }

// IsOpen reports whether the idea is still being worked on, so that it can be
// voted on, responded to or merged.
func (i Idea) IsOpen() bool {
	return i.isOpenStatus(i.Status())
}

func (Idea) isOpenStatus(status string) bool {
	switch status {
	case StatusImplemented, StatusDeclined, StatusMerged:
		return false
	}
	return true
}

// NotSuggested are the statuses of ideas that are not offered as possible
// duplicates: a merged idea lives on in another one, a declined one is closed.
// Implemented ideas are offered: a citizen should see that it already exists.
var NotSuggested = []string{StatusMerged, StatusDeclined}

// IsSuggestedAsDuplicate reports whether the idea may be offered to someone
// about to submit a similar one.
func (i Idea) IsSuggestedAsDuplicate() bool {
	return i.IsPublic() && !slices.Contains(NotSuggested, i.Status())
}
