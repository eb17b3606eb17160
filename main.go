// Command mitwirken runs the Mitwirken co-creation platform: PocketBase with
// Mitwirken's migrations, domain hooks and the embedded citizen PWA.
package main

import (
	"fmt"
	"log"
	"os"
	"strconv"

	"github.com/mitwirken/mitwirken/demo"
	"github.com/mitwirken/mitwirken/hooks"
	_ "github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/ozzo-validation/v4/is"
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
	"github.com/pocketbase/pocketbase/tools/osutils"
)

func main() {
	app := pocketbase.New()

	var loadDemo bool
	app.RootCmd.PersistentFlags().BoolVar(&loadDemo, "demo", envBool("MITWIRKEN_DEMO"),
		"load the demo data set into an empty database on start (env MITWIRKEN_DEMO)")

	cfg := hooks.DefaultConfig()
	app.RootCmd.PersistentFlags().IntVar(&cfg.ReportThreshold, "reportThreshold", envInt("MITWIRKEN_REPORT_THRESHOLD", cfg.ReportThreshold),
		"reports by different people that hide an idea or comment until a moderator decides (env MITWIRKEN_REPORT_THRESHOLD)")

	app.RootCmd.PersistentFlags().IntVar(&cfg.SyncRetentionDays, "syncRetentionDays", envInt("MITWIRKEN_SYNC_RETENTION_DAYS", cfg.SyncRetentionDays),
		"days the sync change log keeps tombstones; older device cursors get a full resync (env MITWIRKEN_SYNC_RETENTION_DAYS)")

	app.RootCmd.PersistentFlags().StringVar(&cfg.ContactEmail, "contactEmail", os.Getenv("MITWIRKEN_CONTACT_EMAIL"),
		"where people send feedback on barriers, shown in the accessibility statement (env MITWIRKEN_CONTACT_EMAIL)")

	app.RootCmd.PersistentFlags().IntVar(&cfg.MinGroupSize, "minGroupSize", envInt("MITWIRKEN_MIN_GROUP_SIZE", cfg.MinGroupSize),
		"different people who must have rated a service in a region before the public sees figures of it (env MITWIRKEN_MIN_GROUP_SIZE)")

	// Parse early: hooks take their configuration by value when they are registered.
	_ = app.RootCmd.ParseFlags(os.Args[1:])

	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		TemplateLang: migratecmd.TemplateLangGo,
		// Only while developing with `go run`: admin UI schema edits then become migration files.
		Automigrate: osutils.IsProbablyGoRun(),
		Dir:         "migrations",
	})

	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		if cfg.ReportThreshold < 1 {
			return fmt.Errorf("--reportThreshold must be at least 1, got %d", cfg.ReportThreshold)
		}
		if cfg.SyncRetentionDays < 1 {
			return fmt.Errorf("--syncRetentionDays must be at least 1, got %d", cfg.SyncRetentionDays)
		}
		if cfg.MinGroupSize < 1 {
			return fmt.Errorf("--minGroupSize must be at least 1, got %d", cfg.MinGroupSize)
		}
		if err := is.EmailFormat.Validate(cfg.ContactEmail); err != nil {
			return fmt.Errorf("--contactEmail must be an email address, got %q", cfg.ContactEmail)
		}
		return e.Next()
	})
	if loadDemo && cfg.ContactEmail == "" {
		cfg.ContactEmail = demo.ContactEmail
	}
	hooks.Register(app, cfg)
	hooks.ServePublic(app, publicFS())

	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if loadDemo {
			if err := demo.LoadIfEmpty(e.App); err != nil {
				return err
			}
		}
		return e.Next()
	})

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

// envInt reads an integer environment variable, or returns fallback.
func envInt(name string, fallback int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return fallback
}

// envBool reads a boolean environment variable; unset or invalid means false.
func envBool(name string) bool {
	v, _ := strconv.ParseBool(os.Getenv(name))
	return v
}
