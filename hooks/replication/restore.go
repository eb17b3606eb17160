package replication

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/benbjohnson/litestream"
	"github.com/spf13/cobra"
)

// RestoreOptions say what to restore where.
type RestoreOptions struct {
	// From is the replica URL the server replicated to (--replicate).
	From string
	// Dir is the data directory to restore into; it must be empty or absent.
	Dir string
	// Timestamp restores the state at that moment; zero means the latest.
	Timestamp time.Time
}

// Restore writes data.db and auxiliary.db from the replica into an empty
// data directory, from which `serve --dir` then starts.
func Restore(ctx context.Context, opt RestoreOptions, logger *slog.Logger) error {
	if err := requireEmptyDir(opt.Dir); err != nil {
		return err
	}
	if err := os.MkdirAll(opt.Dir, 0o755); err != nil {
		return err
	}
	for _, name := range Databases {
		client, err := clientFor(opt.From, name)
		if err != nil {
			return err
		}
		if err := client.Init(ctx); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		replica := litestream.NewReplicaWithClient(nil, client)
		restore := litestream.NewRestoreOptions()
		restore.OutputPath = filepath.Join(opt.Dir, name)
		restore.Timestamp = opt.Timestamp
		restore.IntegrityCheck = litestream.IntegrityCheckQuick
		err = replica.Restore(ctx, restore)
		if err != nil && name != "data.db" && noBackup(err) {
			// The auxiliary database holds only logs; PocketBase creates an
			// empty one. The data must come back, or the restore fails.
			logger.Warn("No replica of this database; it starts empty", "db", name)
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		// Litestream's note of the restored transaction is of no use to serve.
		_ = os.Remove(litestream.TXIDPath(restore.OutputPath))
		logger.Info("Restored", "db", name, "into", opt.Dir)
	}
	return nil
}

func noBackup(err error) bool {
	return errors.Is(err, litestream.ErrNoSnapshots) || errors.Is(err, litestream.ErrTxNotAvailable)
}

// requireEmptyDir refuses to restore over a data directory in use: a restore
// must never mix with, or overwrite, what is there.
func requireEmptyDir(dir string) error {
	if dir == "" {
		return errors.New("--dir names the data directory to restore into")
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s is not empty: restore only into an empty or new directory, then start serve --dir with it", dir)
	}
	return nil
}

// NewRestoreCommand is `mitwirken restore --from=URL --dir=DIR [--timestamp=RFC3339]`.
// It runs without PocketBase: bootstrapping the app would create the very
// database files that the restore writes.
func NewRestoreCommand() *cobra.Command {
	var opt RestoreOptions
	var timestamp string
	cmd := &cobra.Command{
		Use:   "restore",
		Short: "Restores the databases from a replica (--replicate) into an empty data directory",
		Args:  cobra.NoArgs,
		// A refusal or a failed download is no usage error.
		SilenceUsage: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opt.From == "" {
				return errors.New("--from names the replica URL, as given to serve --replicate")
			}
			if timestamp != "" {
				t, err := time.Parse(time.RFC3339, timestamp)
				if err != nil {
					return fmt.Errorf("--timestamp takes a time such as 2026-11-30T04:00:00Z: %w", err)
				}
				opt.Timestamp = t
			}
			logger := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			return Restore(cmd.Context(), opt, logger)
		},
	}
	cmd.Flags().StringVar(&opt.From, "from", os.Getenv("MITWIRKEN_REPLICATE"), "the replica URL (env MITWIRKEN_REPLICATE)")
	cmd.Flags().StringVar(&opt.Dir, "dir", "", "the empty data directory to restore into")
	cmd.Flags().StringVar(&timestamp, "timestamp", "", "restore the state at this time (RFC 3339); default the latest")
	return cmd
}
