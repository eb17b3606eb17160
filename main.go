// Command mitwirken runs the Mitwirken co-creation platform: PocketBase with
// Mitwirken's migrations, domain hooks and the embedded citizen PWA.
package main

import (
	"fmt"
	"log"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/mitwirken/mitwirken/demo"
	"github.com/mitwirken/mitwirken/hooks"
	"github.com/mitwirken/mitwirken/hooks/platform"
	"github.com/mitwirken/mitwirken/hooks/replication"
	_ "github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/ozzo-validation/v4/is"
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
)

func main() {
	// Before anything opens a database: SQLite takes its page pool only then.
	if err := platform.PoolSQLitePages(); err != nil {
		log.Fatal(err)
	}
	// `restore` runs before PocketBase bootstraps: bootstrapping would create
	// the very database files that it restores into an empty directory.
	if len(os.Args) > 1 && os.Args[1] == "restore" {
		restore := replication.NewRestoreCommand()
		restore.SetArgs(os.Args[2:])
		if err := restore.Execute(); err != nil {
			os.Exit(1)
		}
		return
	}

	// Dev mode (every SQL statement with its values on the console, and
	// automigrate) only when asked for with --dev: PocketBase would otherwise
	// switch it on for any binary started from the OS temp directory.
	app := pocketbase.NewWithConfig(pocketbase.Config{DefaultDev: envBool("MITWIRKEN_DEV")})
	// `mitwirken --version` names this build, not the PocketBase release.
	app.RootCmd.Version = buildVersion()

	var loadDemo bool
	app.RootCmd.PersistentFlags().BoolVar(&loadDemo, "demo", envBool("MITWIRKEN_DEMO"),
		"load the demo data set into an empty database on start (env MITWIRKEN_DEMO)")

	cfg := hooks.DefaultConfig()
	app.RootCmd.PersistentFlags().IntVar(&cfg.ReportThreshold, "reportThreshold", envInt("MITWIRKEN_REPORT_THRESHOLD", cfg.ReportThreshold),
		"reports by different people that hide an idea or comment until a moderator decides (env MITWIRKEN_REPORT_THRESHOLD)")

	app.RootCmd.PersistentFlags().IntVar(&cfg.SyncRetentionDays, "syncRetentionDays", envInt("MITWIRKEN_SYNC_RETENTION_DAYS", cfg.SyncRetentionDays),
		"days the sync change log keeps tombstones; older device cursors get a full resync (env MITWIRKEN_SYNC_RETENTION_DAYS)")

	app.RootCmd.PersistentFlags().IntVar(&cfg.JournalRetentionDays, "journalRetentionDays", envInt("MITWIRKEN_JOURNAL_RETENTION_DAYS", cfg.JournalRetentionDays),
		"days the sync journal keeps pushed changes with what people wrote (env MITWIRKEN_JOURNAL_RETENTION_DAYS)")

	app.RootCmd.PersistentFlags().IntVar(&cfg.NotificationRetentionDays, "notificationRetentionDays",
		envInt("MITWIRKEN_NOTIFICATION_RETENTION_DAYS", cfg.NotificationRetentionDays),
		"days an inbox notification is kept (env MITWIRKEN_NOTIFICATION_RETENTION_DAYS)")

	app.RootCmd.PersistentFlags().StringVar(&cfg.ContactEmail, "contactEmail", os.Getenv("MITWIRKEN_CONTACT_EMAIL"),
		"where people send feedback on barriers, shown in the accessibility statement (env MITWIRKEN_CONTACT_EMAIL)")

	app.RootCmd.PersistentFlags().StringSliceVar(&cfg.AllowedOrigins, "allowedOrigins", envList("MITWIRKEN_ALLOWED_ORIGINS"),
		"origins besides the platform's own that may call the API from a browser, comma-separated (env MITWIRKEN_ALLOWED_ORIGINS)")
	app.RootCmd.PersistentFlags().IntVar(&cfg.MinGroupSize, "minGroupSize", envInt("MITWIRKEN_MIN_GROUP_SIZE", cfg.MinGroupSize),
		"different people who must have rated a service in a region before the public sees figures of it (env MITWIRKEN_MIN_GROUP_SIZE)")

	app.RootCmd.PersistentFlags().StringVar(&cfg.OperatorName, "operatorName", envString("MITWIRKEN_OPERATOR_NAME", cfg.OperatorName),
		"who runs this installation: the publisher named in the open data catalogue (env MITWIRKEN_OPERATOR_NAME)")

	app.RootCmd.PersistentFlags().StringVar(&cfg.OpendataContributorId, "opendataContributorId", os.Getenv("MITWIRKEN_OPENDATA_CONTRIBUTOR_ID"),
		"GovData contributor IRI (http://dcat-ap.de/def/contributors/...) of the open data catalogue (env MITWIRKEN_OPENDATA_CONTRIBUTOR_ID)")

	app.RootCmd.PersistentFlags().StringVar(&cfg.MetricsToken, "metricsToken", os.Getenv("MITWIRKEN_METRICS_TOKEN"),
		"bearer token that Prometheus presents on GET /metrics; empty switches the metrics off (env MITWIRKEN_METRICS_TOKEN)")

	app.RootCmd.PersistentFlags().StringVar(&cfg.Replicate, "replicate", os.Getenv("MITWIRKEN_REPLICATE"),
		"stream both databases with Litestream to file:///dir or s3://bucket/path?endpoint=… (env MITWIRKEN_REPLICATE)")
	// Listed in --help; `mitwirken restore` itself is run above, without the app.
	app.RootCmd.AddCommand(replication.NewRestoreCommand())

	// Parse early: hooks take their configuration by value when they are registered.
	_ = app.RootCmd.ParseFlags(os.Args[1:])

	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		TemplateLang: migratecmd.TemplateLangGo,
		// Only in dev mode (--dev): admin UI schema edits then become migration files.
		Automigrate: app.IsDev(),
		Dir:         "migrations",
	})

	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		if cfg.ReportThreshold < 1 {
			return fmt.Errorf("--reportThreshold must be at least 1, got %d", cfg.ReportThreshold)
		}
		if cfg.SyncRetentionDays < 1 {
			return fmt.Errorf("--syncRetentionDays must be at least 1, got %d", cfg.SyncRetentionDays)
		}
		if cfg.JournalRetentionDays < 1 || cfg.NotificationRetentionDays < 1 {
			return fmt.Errorf("--journalRetentionDays and --notificationRetentionDays must be at least 1, got %d and %d",
				cfg.JournalRetentionDays, cfg.NotificationRetentionDays)
		}
		if cfg.MinGroupSize < 1 {
			return fmt.Errorf("--minGroupSize must be at least 1, got %d", cfg.MinGroupSize)
		}
		if err := is.EmailFormat.Validate(cfg.ContactEmail); err != nil {
			return fmt.Errorf("--contactEmail must be an email address, got %q", cfg.ContactEmail)
		}
		for _, origin := range cfg.AllowedOrigins {
			if u, err := url.Parse(origin); origin != "*" && (err != nil || u.Scheme == "" || u.Host == "" || u.Path != "") {
				return fmt.Errorf("--allowedOrigins takes origins such as https://example.org, got %q", origin)
			}
		}
		return e.Next()
	})
	if loadDemo && cfg.ContactEmail == "" {
		cfg.ContactEmail = demo.ContactEmail
	}
	hooks.Register(app, cfg)
	platform.ServePublic(app, publicFS())

	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if loadDemo {
			if err := demo.LoadIfEmpty(e.App); err != nil {
				return err
			}
			// The themes are otherwise recomputed nightly; the demo shows them at once.
			if err := hooks.RebuildThemes(e.App, cfg.MinGroupSize); err != nil {
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

// envString reads a string environment variable; unset means fallback.
func envString(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// envList reads a comma-separated environment variable; unset means none.
func envList(name string) []string {
	var list []string
	for _, item := range strings.Split(os.Getenv(name), ",") {
		if item = strings.TrimSpace(item); item != "" {
			list = append(list, item)
		}
	}
	return list
}

// envBool reads a boolean environment variable; unset or invalid means false.
func envBool(name string) bool {
	v, _ := strconv.ParseBool(os.Getenv(name))
	return v
}
