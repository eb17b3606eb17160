package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Privacy by default: request logs keep no IP addresses and live for three days.
func init() {
	m.Register(func(app core.App) error {
		settings := app.Settings()
		settings.Meta.AppName = "Mitwirken"
		settings.Logs.LogIP = false
		settings.Logs.LogAuthId = false
		settings.Logs.MaxDays = 3
		return app.Save(settings)
	}, func(app core.App) error {
		settings := app.Settings()
		settings.Meta.AppName = "Acme"
		settings.Logs.LogIP = true
		settings.Logs.MaxDays = 5
		return app.Save(settings)
	})
}
