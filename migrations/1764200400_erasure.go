package migrations

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// erasureRateLimit guards the password check of POST /api/me/delete against
// guessing with a stolen token.
var erasureRateLimit = core.RateLimitRule{Label: "POST /api/me/delete", MaxRequests: 5, Duration: 60}

// Erasure (GDPR Art. 17): a person deletes their account only through
// POST /api/me/delete, which asks for their password; the bare REST delete of
// a user is left to superusers. The moderation log keeps the actions of a
// deleted moderator under a pseudonym that links to nobody.
func init() {
	m.Register(func(app core.App) error {
		if err := changeCollection(app, "users", func(users *core.Collection) {
			users.DeleteRule = nil
		}); err != nil {
			return err
		}
		if err := changeCollection(app, "moderation_log", func(log *core.Collection) {
			log.Fields.Add(&core.TextField{Name: "actor_pseudonym", Max: 40,
				Help: "Set by hooks/erasure.go when the actor deleted their account: one pseudonym for all their entries, linked to nobody."})
		}); err != nil {
			return err
		}
		settings := app.Settings()
		settings.RateLimits.Rules = append(settings.RateLimits.Rules, erasureRateLimit)
		return app.Save(settings)
	}, func(app core.App) error {
		settings := app.Settings()
		settings.RateLimits.Rules = slices.DeleteFunc(settings.RateLimits.Rules, func(r core.RateLimitRule) bool {
			return r.Label == erasureRateLimit.Label
		})
		if err := app.Save(settings); err != nil {
			return err
		}
		if err := changeCollection(app, "moderation_log", func(log *core.Collection) {
			log.Fields.RemoveByName("actor_pseudonym")
		}); err != nil {
			return err
		}
		return changeCollection(app, "users", func(users *core.Collection) {
			users.DeleteRule = types.Pointer("id = @request.auth.id")
		})
	})
}
