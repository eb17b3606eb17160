package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// sync_log.public says whether the record of an entry has been public (visible
// to a guest) at this entry or any earlier one; hooks/sync/audience.go keeps it.
// A pull turns an entry into a tombstone only for a record that was public
// once, or for the person the entry is addressed to, so that a stranger's pull
// names no record they could never have received (docs/sync.md).
func init() {
	m.Register(func(app core.App) error {
		for _, sql := range []string{
			`ALTER TABLE sync_log ADD COLUMN public INTEGER NOT NULL DEFAULT 0`,
			// Older entries: everything but the ideas still waiting for
			// pre-moderation may have been public, as the pull then assumed.
			`UPDATE sync_log SET public = 1 WHERE NOT (collection = 'ideas' AND op = 'upsert' AND
				record_id IN (SELECT id FROM ideas WHERE status = 'submitted'))`,
		} {
			if _, err := app.DB().NewQuery(sql).Execute(); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		_, err := app.DB().NewQuery(`ALTER TABLE sync_log DROP COLUMN public`).Execute()
		return err
	})
}
