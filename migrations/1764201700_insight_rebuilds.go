package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// When the insight aggregates were last rebuilt. The open data names it as
// dct:modified and answers ETag and Last-Modified from it, so harvesters
// download again only after a rebuild (docs/opendata.md). Rows inserted by
// SQL get no autodate, so the time is a field of its own. One row; no API
// rules, so only superusers list it over REST.
func init() {
	m.Register(func(app core.App) error {
		rebuilds := core.NewBaseCollection("insight_rebuilds")
		rebuilds.Fields.Add(&core.DateField{Name: "rebuilt", Required: true, Help: "When insight.Rebuild committed the aggregates."})
		return app.Save(rebuilds)
	}, func(app core.App) error {
		return deleteCollections(app, "insight_rebuilds")
	})
}
