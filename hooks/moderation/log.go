package moderation

import (
	"errors"

	"github.com/pocketbase/pocketbase/core"
)

var errAppendOnly = errors.New("moderation_log is append-only")

// The audit cannot be edited or deleted, not even by superusers. The one
// exception is the link to an account or organization that is being deleted:
// PocketBase clears it by itself, and hooks/accounts/erasure.go replaces a deleted
// actor with a pseudonym. The entry stays, without the person.
func registerModerationLog(app core.App) {
	app.OnRecordUpdate("moderation_log").BindFunc(func(e *core.RecordEvent) error {
		original := e.Record.Original()
		for _, field := range e.Record.Collection().Fields {
			name := field.GetName()
			if e.Record.GetString(name) != original.GetString(name) && !unlinksDeletedParty(name, original, e.Record) {
				return errAppendOnly
			}
		}
		return e.Next()
	})
	app.OnRecordDelete("moderation_log").BindFunc(func(e *core.RecordEvent) error {
		return errAppendOnly
	})
}

// unlinksDeletedParty reports whether the change of field name from before to
// after only removes a deleted party: the actor or organization is cleared,
// or a pseudonym takes the place of an actor cleared in the same save.
func unlinksDeletedParty(name string, before, after *core.Record) bool {
	switch name {
	case "actor", "organization":
		return after.GetString(name) == ""
	case "actor_pseudonym":
		return before.GetString(name) == "" && before.GetString("actor") != "" && after.GetString("actor") == ""
	}
	return false
}
