package hooks

import (
	"github.com/pocketbase/pocketbase/core"
)

// Idea wraps an ideas record with the domain predicates that decide what may
// happen to it. The predicates are pure, so they are tested without a database.
type Idea struct {
	*core.Record
}

// Status is the idea's lifecycle state.
func (i Idea) Status() string { return i.GetString("status") }

// IsPublic reports whether everyone may see the idea.
func (i Idea) IsPublic() bool {
	return i.Status() != StatusSubmitted && !i.GetBool("hidden")
}

// IsOpen reports whether the idea is still being worked on, so that it can be
// voted on, responded to or merged.
func (i Idea) IsOpen() bool {
	switch i.Status() {
	case StatusImplemented, StatusDeclined, StatusMerged:
		return false
	}
	return true
}

// Server-managed defaults of new contributions. A client may not set them
// (see the create rules); admin and demo data may.
func registerIdeas(app core.App) {
	app.OnRecordCreate("ideas").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetString("status") == "" {
			e.Record.Set("status", StatusPublished)
		}
		defaultChannel(e.Record)
		return e.Next()
	})
	app.OnRecordCreate("feedback").BindFunc(func(e *core.RecordEvent) error {
		defaultChannel(e.Record)
		return e.Next()
	})
	app.OnRecordCreate("comments").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetString("state") == "" {
			e.Record.Set("state", "visible")
		}
		return e.Next()
	})
}

func defaultChannel(r *core.Record) {
	if r.GetString("channel") == "" {
		r.Set("channel", "app")
	}
}
