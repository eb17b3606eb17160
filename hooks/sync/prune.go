package sync

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
func registerSyncPrune(app core.App, cfg Retention) {
	app.Cron().MustAdd("mitwirken_sync_prune", "41 2 * * *", func() {
		removed, err := PruneSyncLog(app, days(cfg.SyncRetentionDays))
		if err != nil {
			app.Logger().Error("pruning the sync log failed", "error", err)
			return
		}
		app.Logger().Info("sync log pruned", "entries", removed)
		pruneRetained(app, cfg)
	})
}

func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }

// PruneSyncLog prunes the change log; it returns the number of entries removed.
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
			moved, err := txApp.DB().NewQuery(`INSERT INTO sync_state (key, value) VALUES ('pruned_through', {:seq})
				ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE excluded.value > value`).
				Bind(dbx.Params{"seq": newestTombstone}).Execute()
			if err != nil {
				return err
			}
			if n, _ := moved.RowsAffected(); n > 0 {
				_, err = txApp.DB().NewQuery(`INSERT INTO sync_state (key, value) VALUES ('prune_generation', 1)
					ON CONFLICT (key) DO UPDATE SET value = value + 1`).Execute()
				if err != nil {
					return err
				}
			}
		}
		return nil
	})
	return removed, err
}

// pruneState is what pruning leaves for pulls: the seq of the newest pruned
// tombstone, and how often that has moved.
type pruneState struct {
	Through    int64 `db:"through"`
	Generation int64 `db:"generation"`
}

// A full sync that starts after a prune passes cursors below Through, and
// they are as good as any: the device started without the pruned records.
// Such cursors carry the prune's generation in multiples of
// resyncCursorBase, so that they are never mistaken for the old cursor of a
// device that may have missed a pruned tombstone. Devices treat cursors as
// opaque; these stay below 2^53, so JavaScript keeps them exact.
const resyncCursorBase = 1 << 40

func readPruneState(app core.App) (pruneState, error) {
	var s pruneState
	err := app.DB().NewQuery(`SELECT
		COALESCE((SELECT value FROM sync_state WHERE key = 'pruned_through'), 0) AS through,
		COALESCE((SELECT value FROM sync_state WHERE key = 'prune_generation'), 0) AS generation`).One(&s)
	return s, err
}

// resolve turns a device's cursor into the seq to pull after. ok is false for
// a cursor that may have missed a pruned tombstone; resync says that the pull
// belongs to a full sync that started after the last prune.
func (s pruneState) resolve(cursor int64) (after int64, resync, ok bool) {
	if cursor >= resyncCursorBase {
		return cursor % resyncCursorBase, true, cursor/resyncCursorBase == s.Generation+1
	}
	return cursor, cursor == 0, cursor == 0 || cursor >= s.Through
}

// cursorFor is the cursor that resumes a pull after seq.
func (s pruneState) cursorFor(seq int64, resync bool) int64 {
	if resync && seq < s.Through {
		return (s.Generation+1)*resyncCursorBase + seq
	}
	return seq
}
