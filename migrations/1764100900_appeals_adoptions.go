package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Appeals let the author of hidden content ask, once, for another decision,
// which the moderator who hid it cannot take. Adoptions let a municipality
// take over another one's shared solution as a linked idea of its own.
func init() {
	m.Register(withCollections([]string{"users", "ideas", "comments", "regions", "organizations"}, func(app core.App, found []*core.Collection) error {
		users, ideas, comments, regions, organizations := found[0], found[1], found[2], found[3], found[4]

		appeals := core.NewBaseCollection("appeals")
		acceptClientIds(appeals)
		appeals.Fields.Add(
			relation("appellant", users.Id, true, true),
			relation("idea", ideas.Id, false, true),
			relation("comment", comments.Id, false, true),
			text("text", true, 10, 2000),
			&core.RelationField{Name: "region", CollectionId: regions.Id, MaxSelect: 1, Help: "Set by hooks/appeals.go."},
			&core.RelationField{Name: "hidden_by", CollectionId: users.Id, MaxSelect: 1,
				Help: "The moderator who hid the content; set by hooks/appeals.go. They cannot decide the appeal."},
			&core.SelectField{Name: "status", Required: true, MaxSelect: 1, Values: []string{"open", "upheld", "rejected"}},
			relation("decided_by", users.Id, false, false),
			text("decision_note", false, 0, 2000),
		)
		timestamps(appeals)
		readRules(appeals, types.Pointer("(@request.auth.id != '' && appellant = @request.auth.id) || @request.auth.moderator_regions.id ?= region"))
		appeals.CreateRule = rule(signedIn, "@request.body.appellant = @request.auth.id",
			onlyFields(appeals, "appellant", "idea", "comment", "text"),
			"((@request.body.idea.author = @request.auth.id && @request.body.idea.hidden = true) || "+
				"(@request.body.comment.author = @request.auth.id && @request.body.comment.state = 'hidden'))")
		appeals.UpdateRule = rule("@request.auth.moderator_regions.id ?= region", "status = 'open'",
			"hidden_by != @request.auth.id", "@request.body.decided_by = @request.auth.id",
			"(@request.body.status = 'upheld' || @request.body.status = 'rejected')",
			onlyFields(appeals, "status", "decided_by", "decision_note"))
		appeals.AddIndex("idx_appeals_target", true, "idea, comment", "")
		indexColumns(appeals, "region, status", "appellant")
		if err := app.Save(appeals); err != nil {
			return err
		}

		adoptions := core.NewBaseCollection("adoptions")
		adoptions.Fields.Add(
			relation("origin", ideas.Id, true, true),
			relation("region", regions.Id, true, false),
			relation("organization", organizations.Id, true, false),
			relation("by", users.Id, false, false),
			&core.RelationField{Name: "idea", CollectionId: ideas.Id, MaxSelect: 1,
				Help: "The linked idea created in the adopting region; set by hooks/adoptions.go."},
		)
		timestamps(adoptions)
		readRules(adoptions, types.Pointer(""))
		// Staff of a verified kommune adopt a shared, implemented solution for a region they serve.
		adoptions.CreateRule = rule(signedIn, "@request.body.by = @request.auth.id",
			onlyFields(adoptions, "origin", "region", "organization", "by"),
			"@request.body.origin.shared_solution = true", "@request.body.origin.status = 'implemented'",
			"@request.body.origin.region != @request.body.region",
			"@request.auth.staff_regions.id ?= @request.body.region",
			actsForBodyOrganization, "@collection.memberships.role ?= 'staff'",
			"@request.body.organization.kind = 'kommune'", "@request.body.organization.verified = true")
		adoptions.AddIndex("idx_adoptions_origin_region", true, "origin, region", "")
		adoptions.AddIndex("idx_adoptions_idea", false, "idea", "")
		return app.Save(adoptions)
	}), func(app core.App) error {
		return deleteCollections(app, "adoptions", "appeals")
	})
}
