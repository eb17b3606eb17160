package sync

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// What people wrote is kept no longer than it serves them (README, Retention):
// the sync journal only answers a device that retries a push whose reply it
// lost, and an inbox entry is news for a while, not an archive.

// pruneRetained runs the nightly pruning of the journal and the inboxes.
func pruneRetained(app core.App, cfg Retention) {
	journal, err := PruneJournal(app, days(cfg.JournalRetentionDays))
	if err != nil {
		app.Logger().Error("pruning the sync journal failed", "error", err)
	}
	notifications, err := PruneNotifications(app, days(cfg.NotificationRetentionDays))
	if err != nil {
		app.Logger().Error("pruning notifications failed", "error", err)
	}
	app.Logger().Info("retention applied", "journal_entries", journal, "notifications", notifications)
}

// PruneJournal deletes sync journal entries older than retention and returns
// how many. A device retries a lost reply long before; later, client-chosen
// ids still make a replayed create fail cleanly instead of doubling.
func PruneJournal(app core.App, retention time.Duration) (int64, error) {
	cutoff := time.Now().UTC().Add(-retention).Format(journalTimestampFormat)
	res, err := app.DB().NewQuery("DELETE FROM sync_mutations WHERE created < {:cutoff}").
		Bind(dbx.Params{"cutoff": cutoff}).Execute()
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// notificationPruneBatch bounds one transaction of PruneNotifications, so
// that pushes and votes are not held up for long.
const notificationPruneBatch = 500

// PruneNotifications deletes notifications older than retention and returns
// how many. It deletes through the app, so that the change log tells the
// owner's devices to drop them too.
func PruneNotifications(app core.App, retention time.Duration) (int, error) {
	cutoff := time.Now().UTC().Add(-retention).Format(journalTimestampFormat)
	pruned := 0
	for {
		old, err := app.FindRecordsByFilter("notifications", "created < {:cutoff}", "created", notificationPruneBatch, 0,
			dbx.Params{"cutoff": cutoff})
		if err != nil || len(old) == 0 {
			return pruned, err
		}
		err = app.RunInTransaction(func(txApp core.App) error {
			for _, notification := range old {
				if err := txApp.Delete(notification); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return pruned, err
		}
		pruned += len(old)
	}
}
