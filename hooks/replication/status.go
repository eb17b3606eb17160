package replication

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// Status is what an operator learns about the replication.
type Status struct {
	// Configured is whether the server was started with --replicate.
	Configured bool `json:"configured"`
	// LastSuccessAt is the oldest of the databases' last successful syncs to
	// the replica; zero before the first one.
	LastSuccessAt time.Time `json:"lastSuccessAt"`
	// LagSeconds is how long ago that was (since the start, before the first
	// sync). A healthy replication keeps it near SyncInterval even when idle,
	// because Litestream confirms the replica on every interval.
	LagSeconds float64 `json:"lagSeconds"`
	// Paused is true while a PocketBase backup or the daily checkpoint runs
	// (seconds), and after the server began to stop.
	Paused bool `json:"paused"`
}

// StatusOf reports app's replication; the zero Status when it is off.
func StatusOf(app core.App) Status {
	r, _ := app.Store().Get(storeKey).(*replicator)
	if r == nil {
		return Status{}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	status := Status{Configured: true}
	if r.store == nil {
		// Paused for a backup or stopped: nothing is shipped meanwhile.
		status.Paused = true
		if !r.pausedAt.IsZero() {
			status.LagSeconds = time.Since(r.pausedAt).Seconds()
		}
		return status
	}
	oldest := time.Time{}
	for i, db := range r.dbs {
		last := db.LastSuccessfulSyncAt()
		if last.IsZero() {
			oldest = time.Time{}
			break
		}
		if i == 0 || last.Before(oldest) {
			oldest = last
		}
	}
	status.LastSuccessAt = oldest
	if oldest.IsZero() {
		status.LagSeconds = time.Since(r.started).Seconds()
	} else {
		status.LagSeconds = time.Since(oldest).Seconds()
	}
	return status
}

// Configured reports whether app replicates its databases.
func Configured(app core.App) bool {
	return app.Store().Has(storeKey)
}
