// Package replication streams Mitwirken's two SQLite databases, data.db and
// auxiliary.db, to a replica with Litestream while the server runs, and
// restores them from it into an empty data directory. It is the continuous
// backup; PocketBase's own backups (admin UI) stay as they are.
package replication

import (
	"context"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"sync"
	"time"

	"github.com/benbjohnson/litestream"
	_ "github.com/benbjohnson/litestream/file" // file:// replicas
	_ "github.com/benbjohnson/litestream/s3"   // s3:// replicas (AWS, MinIO, Hetzner, IONOS, …)
	"github.com/pocketbase/pocketbase/core"
)

// SyncInterval is how often new WAL pages are shipped to the replica, and
// walReadInterval how often Litestream reads the WAL: what a lost disk costs
// is the writes of about their sum, plus the time of one upload.
const (
	SyncInterval    = 500 * time.Millisecond
	walReadInterval = 250 * time.Millisecond
)

// Databases are the files replicated, each under its own name in the replica.
var Databases = []string{"data.db", "auxiliary.db"}

// storeKey is where an app keeps its replicator, for health and metrics.
const storeKey = "mitwirken.replication"

// compactionLevels are Litestream's defaults: a point in time can be restored
// to the second for the last few minutes and to the hour for the day.
var compactionLevels = litestream.CompactionLevels{
	{Level: 0},
	{Level: 1, Interval: 30 * time.Second},
	{Level: 2, Interval: 5 * time.Minute},
	{Level: 3, Interval: time.Hour},
}

// Register replicates app's databases to replicaURL from the moment the
// server starts until it stops. An empty URL switches replication off.
func Register(app core.App, replicaURL string) {
	if replicaURL == "" {
		return
	}
	r := &replicator{url: replicaURL}
	app.Store().Set(storeKey, r)
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if err := r.start(e.App); err != nil {
			return fmt.Errorf("replication to %s: %w", redact(replicaURL), err)
		}
		e.App.Logger().Info("Replicating the databases", "to", redact(replicaURL), "interval", SyncInterval.String())
		return e.Next()
	})
	app.OnTerminate().BindFunc(func(e *core.TerminateEvent) error {
		r.stop(e.App)
		return e.Next()
	})
	registerCheckpoints(app, r)
}

// replicator is one app's Litestream store.
type replicator struct {
	url string

	pauses sync.Mutex // one pause at a time

	mu       sync.Mutex // guards the fields below, read by StatusOf
	store    *litestream.Store
	dbs      []*litestream.DB
	started  time.Time
	pausedAt time.Time
}

func (r *replicator) start(app core.App) error {
	var dbs []*litestream.DB
	for _, name := range Databases {
		client, err := clientFor(r.url, name)
		if err != nil {
			return err
		}
		db := litestream.NewDB(filepath.Join(app.DataDir(), name))
		db.MonitorInterval = walReadInterval
		replica := litestream.NewReplicaWithClient(db, client)
		replica.SyncInterval = SyncInterval
		db.Replica = replica
		dbs = append(dbs, db)
	}
	store := litestream.NewStore(dbs, compactionLevels)
	store.Logger = warnings(app.Logger()).With("system", "replication")
	for _, db := range dbs {
		db.SetLogger(store.Logger.With("db", filepath.Base(db.Path())))
	}
	if err := store.Open(context.Background()); err != nil {
		return err
	}
	r.mu.Lock()
	r.store, r.dbs, r.started, r.pausedAt = store, dbs, time.Now(), time.Time{}
	r.mu.Unlock()
	return nil
}

// stop ships what is left in the WAL and releases Litestream's read lock.
func (r *replicator) stop(app core.App) {
	r.mu.Lock()
	store := r.store
	r.store, r.dbs, r.pausedAt = nil, nil, time.Now()
	r.mu.Unlock()
	if store == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := store.Close(ctx); err != nil {
		app.Logger().Error("The last replication before stopping failed", "error", err.Error())
	}
}

// whilePaused runs fn with replication stopped, after a last sync, and then
// resumes it. PocketBase's TRUNCATE checkpoints need every reader gone; with
// Litestream's long read transaction open they would wait PocketBase's busy
// timeout (10 s per database) while holding up every writer, and then give up.
func (r *replicator) whilePaused(app core.App, fn func() error) error {
	r.pauses.Lock()
	defer r.pauses.Unlock()
	r.stop(app)
	err := fn()
	if startErr := r.start(app); startErr != nil {
		app.Logger().Error("Replication did not resume", "error", startErr.Error())
	}
	return err
}

// clientFor is the replica client of one database: the database's file name
// appended to the path of replicaURL, so both share one bucket or directory.
func clientFor(replicaURL, name string) (litestream.ReplicaClient, error) {
	u, err := url.Parse(replicaURL)
	if err != nil {
		return nil, fmt.Errorf("the replica URL: %w", err)
	}
	switch u.Scheme {
	case "file":
		if u.Path == "" || u.Host != "" {
			return nil, fmt.Errorf("a file replica URL names an absolute directory, such as file:///var/backups/mitwirken")
		}
	case "s3":
		if u.Host == "" {
			return nil, fmt.Errorf("an s3 replica URL names a bucket, such as s3://bucket/mitwirken?endpoint=https://s3.example.org")
		}
	default:
		return nil, fmt.Errorf("the replica URL must start with file:// or s3://, got %q", u.Scheme)
	}
	u.Path = path.Join(u.Path, name)
	return litestream.NewReplicaClientFromURL(u.String())
}

// redact drops credentials a URL may hold, for logs and error messages.
func redact(replicaURL string) string {
	u, err := url.Parse(replicaURL)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}
