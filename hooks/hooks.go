// Package hooks holds Mitwirken's domain rules and custom routes. Each file
// is one concern; Register binds them all, for the server and for tests alike.
package hooks

import (
	"github.com/mitwirken/mitwirken/hooks/insight"
	"github.com/mitwirken/mitwirken/hooks/metrics"
	"github.com/mitwirken/mitwirken/hooks/opendata"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
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
}

// DefaultConfig is the configuration documented in the README.
func DefaultConfig() Config {
	return Config{ReportThreshold: 3, SyncRetentionDays: 30, JournalRetentionDays: 30, NotificationRetentionDays: 180, MinGroupSize: 5,
		OperatorName: "Mitwirken"}
}

// Register binds every domain hook and custom route to app.
func Register(app core.App, cfg Config) {
	restoreAppAfterSave(app)
	registerRoles(app)
	registerAuthors(app)
	registerIdeas(app)
	registerLifecycle(app)
	registerVotes(app)
	registerComments(app)
	registerFeedback(app, cfg.MinGroupSize)
	registerModeration(app)
	registerModerationLog(app)
	registerReports(app, cfg.ReportThreshold)
	registerReportDismissal(app)
	registerRecount(app)
	registerEndorsements(app)
	registerAppeals(app)
	registerAdoptions(app)
	registerResponsiveness(app)
	registerEmailNotifications(app)
	registerSyncLog(app)
	registerSyncPull(app)
	registerSyncPush(app)
	registerSyncPrune(app, cfg)
	registerLimits(app)
	registerTextCharacters(app)
	registerPrivacy(app)
	registerErasure(app)
	registerLogRedaction(app)
	registerSecurityHeaders(app, cfg.AllowedOrigins)
	registerSuperuserMFA(app)
	registerSearch(app)
	registerPlatform(app, cfg)
	registerErrorTranslation(app)
	metrics.Register(app, cfg.MetricsToken)
	insight.Register(app, cfg.MinGroupSize)
	opendata.Register(app, opendata.Config{MinGroupSize: cfg.MinGroupSize, Publisher: cfg.OperatorName,
		ContactEmail: cfg.ContactEmail, ContributorID: cfg.OpendataContributorId})
}

// restoreAppAfterSave undoes, once a save is done, the e.App = txApp that the
// transactional hooks set. Without it PocketBase fires the after-save events,
// realtime among them, with a finished transaction, and realtime's rule check
// silently fails for everyone but superusers.
func restoreAppAfterSave(app core.App) {
	restore := &hook.Handler[*core.ModelEvent]{
		Func: func(e *core.ModelEvent) error {
			original := e.App
			err := e.Next()
			e.App = original
			return err
		},
		Priority: -1000, // outermost: wraps every record hook
	}
	app.OnModelCreate().Bind(restore)
	app.OnModelUpdate().Bind(restore)
	app.OnModelDelete().Bind(restore)
}

// afterSave runs the model write of e and then effect in one transaction, so
// that a derived change is never committed without the record or vice versa.
func afterSave(e *core.RecordEvent, effect func(txApp core.App) error) error {
	return e.App.RunInTransaction(func(txApp core.App) error {
		e.App = txApp
		if err := e.Next(); err != nil {
			return err
		}
		return effect(txApp)
	})
}
