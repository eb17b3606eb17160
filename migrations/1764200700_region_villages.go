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
		regions, err := app.FindCollectionByNameOrId("regions")
		if err != nil {
			return err
		}
		regions.Fields.Add(&core.JSONField{Name: "ortsteile", MaxSize: 20000,
			Help: `The villages (Ortsteile) of a Gemeinde as a JSON list of names, e.g. ["Hailer", "Meerholz"].`})
		return app.Save(regions)
	}, func(app core.App) error {
		regions, err := app.FindCollectionByNameOrId("regions")
		if err != nil {
			return err
		}
		regions.Fields.RemoveByName("ortsteile")
		return app.Save(regions)
	})
}
