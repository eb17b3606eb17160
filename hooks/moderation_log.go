package hooks

import (
	"errors"

	"github.com/pocketbase/pocketbase/core"
)

// moderationEntry is one line of the append-only moderation audit.
type moderationEntry struct {
	Actor        string
	Organization string
	Action       string
	Target       *core.Record
	Region       string
	Reason       string
}

var errAppendOnly = errors.New("moderation_log is append-only")

// writeModerationLog appends an entry; call it with the transaction of the action.
func writeModerationLog(app core.App, entry moderationEntry) error {
	collection, err := app.FindCachedCollectionByNameOrId("moderation_log")
	if err != nil {
		return err
	}
	record := core.NewRecord(collection)
	record.Set("actor", entry.Actor)
	record.Set("organization", entry.Organization)
	record.Set("action", entry.Action)
	record.Set("target_collection", entry.Target.Collection().Name)
	record.Set("target_id", entry.Target.Id)
	record.Set("region", entry.Region)
	record.Set("reason", entry.Reason)
	return app.Save(record)
}

// The audit cannot be edited or deleted, not even by superusers. The one
// exception is the link to an account or organization that is being deleted:
// PocketBase clears it by itself, and hooks/erasure.go replaces a deleted
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
