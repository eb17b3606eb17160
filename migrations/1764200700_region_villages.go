package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// People know their village, not always the Gemeinde it belongs to since the
// Gebietsreformen: the chooser searches a Gemeinde's Ortsteile too. They are
// a plain list of names on the region, synced with the catalogue, so the
// search works offline.
func init() {
	m.Register(func(app core.App) error {
		return changeCollection(app, "regions", func(regions *core.Collection) {
			regions.Fields.Add(&core.JSONField{Name: "ortsteile", MaxSize: 20000,
				Help: `The villages (Ortsteile) of a Gemeinde as a JSON list of names, e.g. ["Hailer", "Meerholz"].`})
		})
	}, func(app core.App) error {
		return changeCollection(app, "regions", func(regions *core.Collection) {
			regions.Fields.RemoveByName("ortsteile")
		})
	})
}
