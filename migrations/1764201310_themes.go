package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Themes: recurring topics in the free text of ideas and feedback of a
// district, computed by hooks/themes and read through
// GET /api/insight/themes. A row is one theme of one district; it holds only
// k-anonymous figures and the titles of public ideas, never feedback text.
// Only hooks/themes writes the table (no create, update or delete rule).
//
// Who may read a district's themes is InsightReadersOf: its moderators and
// staff, and those of its municipalities. The feedback behind a theme is
// theirs to read already; the public sees the ideas themselves.
func init() {
	m.Register(func(app core.App) error {
		regions, err := app.FindCollectionByNameOrId("regions")
		if err != nil {
			return err
		}
		themes := core.NewBaseCollection("themes")
		themes.ListRule = types.Pointer(InsightReadersOf("region"))
		themes.ViewRule = themes.ListRule
		themes.Fields.Add(
			relation("region", regions.Id, true, true),
			text("label", true, 1, 200),
			&core.JSONField{Name: "terms", MaxSize: 4 << 10},
			&core.NumberField{Name: "people", OnlyInt: true},
			&core.NumberField{Name: "rank", OnlyInt: true},
			&core.JSONField{Name: "figures", MaxSize: 64 << 10,
				Help: "Counts, municipalities, months, trend and examples; see hooks/themes."},
		)
		timestamps(themes)
		themes.AddIndex("idx_themes_region_rank", false, "region, rank", "")
		return app.Save(themes)
	}, func(app core.App) error {
		return deleteCollections(app, "themes")
	})
}

// InsightReadersOf is who may read the cross-municipal insight of the
// district at path: moderators and staff of the district itself or of one of
// its municipalities. The themes collection uses it with "region"; the
// themes route checks it on the district's region record with "id".
func InsightReadersOf(path string) string {
	return "(@request.auth.staff_regions.id ?= " + path + " || @request.auth.staff_regions.parent ?= " + path +
		" || @request.auth.moderator_regions.id ?= " + path + " || @request.auth.moderator_regions.parent ?= " + path + ")"
}
