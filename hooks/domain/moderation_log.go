package domain

import (
	"github.com/pocketbase/pocketbase/core"
)

// ModerationEntry is one line of the append-only moderation audit.
type ModerationEntry struct {
	Actor        string
	Organization string
	Action       string
	Target       *core.Record
	Region       string
	Reason       string
}

// WriteModerationLog appends an entry; call it with the transaction of the action.
func WriteModerationLog(app core.App, entry ModerationEntry) error {
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
