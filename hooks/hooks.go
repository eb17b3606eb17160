// Package hooks holds Mitwirken's domain rules and custom routes. Each file
// is one concern; Register binds them all, for the server and for tests alike.
package hooks

import (
	"github.com/pocketbase/pocketbase/core"
)

// Register binds every domain hook and custom route to app.
func Register(app core.App) {
	registerRoles(app)
	registerAuthors(app)
	registerIdeas(app)
	registerLifecycle(app)
	registerVotes(app)
	registerComments(app)
	registerModeration(app)
	registerModerationLog(app)
	registerReports(app)
	registerPrivacy(app)
	registerErrorTranslation(app)
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
