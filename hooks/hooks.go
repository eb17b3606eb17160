// Package hooks binds Mitwirken's domain rules and custom routes to an app.
// Each concern is a subpackage (see docs/architecture.md); Register binds them
// all, for the server and for tests alike, and Config holds their settings.
package hooks

import (
	"github.com/mitwirken/mitwirken/hooks/accountability"
	"github.com/mitwirken/mitwirken/hooks/accounts"
	"github.com/mitwirken/mitwirken/hooks/i18n"
	"github.com/mitwirken/mitwirken/hooks/insight"
	"github.com/mitwirken/mitwirken/hooks/live"
	"github.com/mitwirken/mitwirken/hooks/metrics"
	"github.com/mitwirken/mitwirken/hooks/moderation"
	"github.com/mitwirken/mitwirken/hooks/notifications"
	"github.com/mitwirken/mitwirken/hooks/opendata"
	"github.com/mitwirken/mitwirken/hooks/participation"
	"github.com/mitwirken/mitwirken/hooks/platform"
	"github.com/mitwirken/mitwirken/hooks/replication"
	"github.com/mitwirken/mitwirken/hooks/search"
	"github.com/mitwirken/mitwirken/hooks/sync"
	"github.com/pocketbase/pocketbase/core"
)

// Config holds the settings of the domain rules that an operator may change.
type Config struct {
	// ReportThreshold is how many different people must report an idea or a
	// comment before it is hidden until a moderator decides.
	ReportThreshold int

	// SyncRetentionDays is how long the change log keeps tombstones; a device
	// offline for longer does a full resync.
	SyncRetentionDays int

	// JournalRetentionDays is how long the sync journal keeps a pushed
	// mutation with its answer, which holds what the person wrote.
	JournalRetentionDays int

	// NotificationRetentionDays is how long an inbox entry is kept.
	NotificationRetentionDays int

	// ContactEmail is where people send feedback on barriers and questions;
	// the accessibility statement shows it. Empty until the operator sets it.
	ContactEmail string

	// AllowedOrigins are the origins besides the platform's own that may call
	// the API from a browser (CORS), such as another municipality's portal.
	AllowedOrigins []string
	// MinGroupSize is how many different people must have rated a service in
	// a region before the public sees any figure of it; the public figures
	// then change only after this many people changed something.
	MinGroupSize int

	// OperatorName names who runs this installation: the publisher of the
	// open data and the attribution its licence asks for.
	OperatorName string

	// OpendataContributorId is the GovData contributor IRI
	// (http://dcat-ap.de/def/contributors/...) of the open data catalogue.
	OpendataContributorId string

	// MetricsToken is the bearer token that Prometheus presents on GET
	// /metrics; empty switches the metrics off (the path then answers 404).
	MetricsToken string

	// Replicate is the replica URL (file:///dir or s3://bucket/path?endpoint=…)
	// that Litestream streams both databases to; empty switches it off.
	Replicate string
}

// DefaultConfig is the configuration documented in the README.
func DefaultConfig() Config {
	return Config{ReportThreshold: 3, SyncRetentionDays: 30, JournalRetentionDays: 30, NotificationRetentionDays: 180, MinGroupSize: 5,
		OperatorName: "Mitwirken"}
}

// Register binds every domain hook and custom route to app. The order is the
// order in which hooks on the same event run: accounts first (roles decide
// rules), then the concerns, then the change log and the search index, which
// record what the concerns saved, and the platform-wide rules last.
func Register(app core.App, cfg Config) {
	live.Register(app)
	accounts.Register(app)
	participation.Register(app, cfg.MinGroupSize)
	accountability.Register(app)
	moderation.Register(app, cfg.ReportThreshold)
	notifications.Register(app)
	sync.Register(app, sync.Retention{
		SyncRetentionDays:         cfg.SyncRetentionDays,
		JournalRetentionDays:      cfg.JournalRetentionDays,
		NotificationRetentionDays: cfg.NotificationRetentionDays,
	})
	platform.Register(app, cfg.AllowedOrigins, cfg.ContactEmail)
	search.Register(app)
	registerThemes(app, cfg.MinGroupSize)
	insight.Register(app, cfg.MinGroupSize)
	opendata.Register(app, opendata.Config{MinGroupSize: cfg.MinGroupSize, Publisher: cfg.OperatorName,
		ContactEmail: cfg.ContactEmail, ContributorID: cfg.OpendataContributorId})
	i18n.Register(app)
	replication.Register(app, cfg.Replicate)
	replication.RegisterHealth(app)
	metrics.Register(app, cfg.MetricsToken) // after replication: it reads its status
}
