package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Privacy and abuse limits by default: request logs keep no IP addresses and live for three
// days. The batch API is on, because the PWA and admin tools use it; its
// requests obey the same collection rules as single ones.
func init() {
	m.Register(func(app core.App) error {
		settings := app.Settings()
		settings.Meta.AppName = "Mitwirken"
		settings.Logs.LogIP = false
		settings.Logs.LogAuthId = false
		settings.Logs.MaxDays = 3
		settings.Batch.Enabled = true
		settings.Batch.MaxRequests = 50
		settings.Batch.Timeout = 5
		// Per address. A village hall or library shares one address among many
		// people, so the general limits are generous and the tight ones guard
		// only sign-in and account creation.
		settings.RateLimits.Enabled = true
		settings.RateLimits.Rules = []core.RateLimitRule{
			{Label: "*:auth", MaxRequests: 10, Duration: 10},
			{Label: "users:create", MaxRequests: 10, Duration: 60},
			{Label: "*:create", MaxRequests: 60, Duration: 10},
			{Label: "/api/batch", MaxRequests: 10, Duration: 1},
			{Label: "/api/", MaxRequests: 600, Duration: 10},
		}
		return app.Save(settings)
	}, func(app core.App) error {
		settings := app.Settings()
		settings.Meta.AppName = "Acme"
		settings.Logs.LogIP = true
		settings.Logs.MaxDays = 5
		settings.Batch.Enabled = false
		settings.RateLimits.Enabled = false
		return app.Save(settings)
	})
}
