package replication

import (
	"log/slog"

	"github.com/benbjohnson/litestream"
	"github.com/pocketbase/pocketbase/core"
)

// optimizeJob is PocketBase's daily job that checkpoints (TRUNCATE) and
// optimizes the databases; see core/base.go of PocketBase.
const optimizeJob = "__pbDBOptimize__"

// registerCheckpoints keeps PocketBase's own backups and its daily
// checkpoint from fighting Litestream's read transaction: both run with the
// replication paused for their few seconds. Writes are blocked meanwhile by
// PocketBase itself (the backup's transaction), so the replica misses nothing.
func registerCheckpoints(app core.App, r *replicator) {
	app.OnBackupCreate().BindFunc(func(e *core.BackupEvent) error {
		// Litestream's working directories belong to this replication, not
		// to an archive of the data.
		for _, name := range Databases {
			e.Exclude = append(e.Exclude, "."+name+litestream.MetaDirSuffix)
		}
		return r.whilePaused(e.App, e.Next)
	})
	app.OnBackupRestore().BindFunc(func(e *core.BackupEvent) error {
		// PocketBase restarts the process on the restored data; the
		// replication must not go on shipping the old files meanwhile.
		r.stop(e.App)
		err := e.Next()
		if err != nil {
			// The restore failed and the old data stays: replicate it again.
			_ = r.start(e.App)
		}
		return err
	})
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		app := e.App
		_ = app.Cron().Add(optimizeJob, "0 0 * * *", func() {
			_ = r.whilePaused(app, func() error { return optimize(app) })
		})
		return e.Next()
	})
}

// optimize does what PocketBase's daily job does.
func optimize(app core.App) error {
	statements := []struct {
		name string
		run  func() error
	}{
		{"checkpoint data.db", func() error {
			_, err := app.NonconcurrentDB().NewQuery("PRAGMA wal_checkpoint(TRUNCATE)").Execute()
			return err
		}},
		{"checkpoint auxiliary.db", func() error {
			_, err := app.AuxNonconcurrentDB().NewQuery("PRAGMA wal_checkpoint(TRUNCATE)").Execute()
			return err
		}},
		{"optimize", func() error {
			_, err := app.NonconcurrentDB().NewQuery("PRAGMA optimize").Execute()
			return err
		}},
	}
	for _, s := range statements {
		if err := s.run(); err != nil {
			app.Logger().Warn("The daily database job failed", slog.String("step", s.name), slog.String("error", err.Error()))
		}
	}
	return nil
}
