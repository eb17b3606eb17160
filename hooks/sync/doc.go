// Package sync owns offline sync: the change log that every synced collection
// writes, pull, push with its journal, quota and mutation kinds, and the
// nightly pruning of the log, the journal and the inboxes. docs/sync.md
// describes the protocol.
package sync

import "github.com/pocketbase/pocketbase/core"

// Retention is how long, in days, the change log keeps tombstones, the
// journal keeps pushed mutations and an inbox keeps a notification.
type Retention struct {
	SyncRetentionDays         int
	JournalRetentionDays      int
	NotificationRetentionDays int
}

// Register binds the change log, the pull and push routes and the pruning.
func Register(app core.App, retention Retention) {
	registerSyncLog(app)
	registerSyncPull(app)
	registerSyncPush(app)
	registerSyncPrune(app, retention)
	forgetSharedStatements(app)
}
