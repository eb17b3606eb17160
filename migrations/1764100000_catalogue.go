package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The catalogue: regions, the OZG services they offer, and the organizations
// acting in them. Anyone may read it; only superusers edit it in the admin UI.
func init() {
	m.Register(func(app core.App) error {
		regions := core.NewBaseCollection("regions")
		readRules(regions, types.Pointer(""))
		regions.Fields.Add(
			text("name", true, 2, 120),
			choice("kind", true, "landkreis", "gemeinde", "verbund"),
			&core.TextField{Name: "ags", Pattern: `^[0-9]{5}([0-9]{3})?$`,
				Help: "Amtlicher Gemeindeschlüssel (5 digits for a Landkreis, 8 for a Gemeinde); empty for a Verbund."},
			&core.BoolField{Name: "premoderation",
				Help: "New ideas wait for a moderator before they are published. A Landkreis's setting applies to all its Gemeinden."},
		)
		timestamps(regions)
		if err := app.Save(regions); err != nil {
			return err
		}
		regions.Fields.Add(&core.RelationField{Name: "parent", CollectionId: regions.Id, MaxSelect: 1,
			Help: "The Landkreis a Gemeinde or Verbund belongs to."})
		regions.AddIndex("idx_regions_ags", true, "ags", "ags != ''")
		indexColumns(regions, "parent", "name")
		if err := app.Save(regions); err != nil {
			return err
		}

		services := core.NewBaseCollection("services")
		readRules(services, types.Pointer(""))
		services.Fields.Add(
			text("name", true, 2, 200),
			&core.SelectField{Name: "topic", Required: true, MaxSelect: 1, Values: Topics, Help: "OZG Themenfeld."},
			text("summary", false, 0, 500),
			&core.URLField{Name: "link", OnlyDomains: nil},
			&core.RelationField{Name: "regions", CollectionId: regions.Id, MaxSelect: 999,
				Help: "The regions that offer this service online."},
		)
		timestamps(services)
		indexColumns(services, "topic, name", "name")
		if err := app.Save(services); err != nil {
			return err
		}

		organizations := core.NewBaseCollection("organizations")
		readRules(organizations, types.Pointer(""))
		organizations.Fields.Add(
			text("name", true, 2, 200),
			choice("kind", true, "kommune", "verband", "hochschule", "initiative"),
			&core.RelationField{Name: "regions", CollectionId: regions.Id, MaxSelect: 999,
				Help: "Where the organization acts. A Landkreis includes its Gemeinden and Verbünde."},
			&core.BoolField{Name: "verified", Help: "Only members of verified organizations get moderator or staff powers."},
		)
		timestamps(organizations)
		indexColumns(organizations, "name", "kind")
		return app.Save(organizations)
	}, func(app core.App) error {
		return deleteCollections(app, "organizations", "services", "regions")
	})
}
