package hooks

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// The change log keeps the newest entry of every live record forever, so a
// pull from 0 always rebuilds a device. Pruning removes what no device needs:
// entries superseded by a newer one of the same record, and tombstones older
// than the retention. Only the latter can leave a device behind, so the seq of
// the newest pruned tombstone is kept: an older cursor answers 410.
func registerSyncPrune(app core.App, retentionDays int) {
	app.Cron().MustAdd("mitwirken_sync_prune", "41 2 * * *", func() {
		removed, err := PruneSyncLog(app, time.Duration(retentionDays)*24*time.Hour)
		if err != nil {
			app.Logger().Error("pruning the sync log failed", "error", err)
			return
		}
		app.Logger().Info("sync log pruned", "entries", removed)
	})
}

// PruneSyncLog prunes the change log and the mutation journal; it returns the
// number of log entries removed.
func PruneSyncLog(app core.App, retention time.Duration) (int64, error) {
	cutoff := time.Now().UTC().Add(-retention).Format(journalTimestampFormat)
	var removed int64
	err := app.RunInTransaction(func(txApp core.App) error {
		var newestTombstone int64
		err := txApp.DB().NewQuery("SELECT COALESCE(MAX(seq), 0) FROM sync_log WHERE op = 'delete' AND created < {:cutoff}").
			Bind(dbx.Params{"cutoff": cutoff}).Row(&newestTombstone)
		if err != nil {
			return err
		}
		res, err := txApp.DB().NewQuery(`
			DELETE FROM sync_log WHERE created < {:cutoff} AND (op = 'delete' OR seq < (
				SELECT MAX(newer.seq) FROM sync_log newer
				WHERE newer.collection = sync_log.collection AND newer.record_id = sync_log.record_id))`).
			Bind(dbx.Params{"cutoff": cutoff}).Execute()
		if err != nil {
			return err
		}
		removed, _ = res.RowsAffected()
		if newestTombstone > 0 {
			_, err = txApp.DB().NewQuery(`INSERT INTO sync_state (key, value) VALUES ('pruned_through', {:seq})
				ON CONFLICT (key) DO UPDATE SET value = MAX(value, excluded.value)`).
				Bind(dbx.Params{"seq": newestTombstone}).Execute()
			if err != nil {
				return err
			}
		}
		// A device retries a lost reply long before this; later, client-chosen
		// ids still make a replayed create fail cleanly instead of doubling.
		journalCutoff := time.Now().UTC().Add(-4 * retention).Format(journalTimestampFormat)
		_, err = txApp.DB().NewQuery("DELETE FROM sync_mutations WHERE created < {:cutoff}").
			Bind(dbx.Params{"cutoff": journalCutoff}).Execute()
		return err
	})
	return removed, err
}
