package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// The sync protocol's own tables (docs/sync.md). They are internal
// bookkeeping, not collections: nothing reads them but the sync routes.
//
//   - sync_log: the append-only change log; seq grows in commit order.
//   - sync_mutations: the journal of applied mutation ids, for exactly-once.
//   - sync_state: small counters, e.g. the seq up to which tombstones were pruned.
func init() {
	m.Register(func(app core.App) error {
		for _, sql := range []string{
			`CREATE TABLE sync_log (
				seq        INTEGER PRIMARY KEY AUTOINCREMENT,
				collection TEXT NOT NULL,
				record_id  TEXT NOT NULL,
				op         TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
				district   TEXT NOT NULL DEFAULT '',
				owner      TEXT NOT NULL DEFAULT '',
				created    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%fZ')))`,
			`CREATE INDEX idx_sync_log_record ON sync_log (collection, record_id, seq)`,
			`CREATE INDEX idx_sync_log_created ON sync_log (created)`,
			`CREATE TABLE sync_mutations (
				id      TEXT PRIMARY KEY NOT NULL,
				user    TEXT NOT NULL,
				device  TEXT NOT NULL,
				seq     INTEGER NOT NULL,
				type    TEXT NOT NULL,
				status  TEXT NOT NULL,
				result  TEXT NOT NULL DEFAULT '{}',
				created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%fZ')))`,
			`CREATE INDEX idx_sync_mutations_user_created ON sync_mutations (user, created)`,
			`CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)`,
		} {
			if _, err := app.DB().NewQuery(sql).Execute(); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		for _, table := range []string{"sync_state", "sync_mutations", "sync_log"} {
			if _, err := app.DB().NewQuery("DROP TABLE IF EXISTS " + table).Execute(); err != nil {
				return err
			}
		}
		return nil
	})
}
