package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// name_en gives a service an English name for the English interface, which
// shows it beside the official German name. It stays optional: a service
// without one is shown by its German name alone.
func init() {
	m.Register(func(app core.App) error {
		return changeCollection(app, "services", func(services *core.Collection) {
			services.Fields.Add(text("name_en", false, 0, 200))
		})
	}, func(app core.App) error {
		return changeCollection(app, "services", func(services *core.Collection) {
			services.Fields.RemoveByName("name_en")
		})
	})
}
