package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// People: the users auth collection gets a pseudonymous profile and two
// derived, hidden role fields; memberships give users roles in organizations.
func init() {
	m.Register(withCollections([]string{"regions", "organizations", "users"}, func(app core.App, found []*core.Collection) error {
		regions, organizations, users := found[0], found[1], found[2]

		// Data minimisation: no real name, no avatar.
		users.Fields.RemoveByName("name")
		users.Fields.RemoveByName("avatar")
		users.OAuth2.MappedFields.Name = ""
		users.OAuth2.MappedFields.AvatarURL = ""
		users.Fields.Add(
			&core.TextField{Name: "display_name", Required: true, Min: 2, Max: 40,
				Help: "Shown on contributions; may be a pseudonym."},
			&core.RelationField{Name: "home_region", CollectionId: regions.Id, MaxSelect: 1},
			&core.SelectField{Name: "locale", MaxSelect: 1, Values: []string{"de", "en", "de-simple"}},
			&core.BoolField{Name: "email_opt_out", Help: "The person does not want notifications by email (the inbox stays)."},
			&core.RelationField{Name: "moderator_regions", CollectionId: regions.Id, MaxSelect: 9999, Hidden: true,
				Help: "Derived from memberships by hooks/roles.go; do not edit by hand."},
			&core.RelationField{Name: "staff_regions", CollectionId: regions.Id, MaxSelect: 9999, Hidden: true,
				Help: "Derived from memberships by hooks/roles.go; do not edit by hand."},
		)
		// A person reads and edits only their own account; others see contributions,
		// which carry a copy of the display name, never the account.
		own := "id = @request.auth.id"
		users.ListRule = types.Pointer(own)
		users.ViewRule = types.Pointer(own)
		users.CreateRule = types.Pointer("")
		users.UpdateRule = types.Pointer(own)
		users.DeleteRule = types.Pointer(own)
		users.AddIndex("idx_users_home_region", false, "home_region", "")
		if err := app.Save(users); err != nil {
			return err
		}

		memberships := core.NewBaseCollection("memberships")
		memberships.ListRule = types.Pointer("user = @request.auth.id")
		memberships.ViewRule = types.Pointer("user = @request.auth.id")
		memberships.Fields.Add(
			relation("user", users.Id, true, true),
			relation("organization", organizations.Id, true, true),
			&core.SelectField{Name: "role", Required: true, MaxSelect: 1, Values: []string{"member", "moderator", "staff"},
				Help: "moderator: moderates ideas in the organization's regions; staff: responds for a kommune."},
		)
		timestamps(memberships)
		memberships.AddIndex("idx_memberships_user_organization", true, "user, organization", "")
		memberships.AddIndex("idx_memberships_organization", false, "organization", "")
		return app.Save(memberships)
	}), func(app core.App) error {
		if err := deleteCollections(app, "memberships"); err != nil {
			return err
		}
		return changeCollection(app, "users", func(users *core.Collection) {
			for _, name := range []string{"display_name", "home_region", "locale", "email_opt_out", "moderator_regions", "staff_regions"} {
				users.Fields.RemoveByName(name)
			}
			users.RemoveIndex("idx_users_home_region")
			users.Fields.Add(&core.TextField{Name: "name", Max: 255})
			users.Fields.Add(&core.FileField{Name: "avatar", MaxSelect: 1,
				MimeTypes: []string{"image/jpeg", "image/png", "image/svg+xml", "image/gif", "image/webp"}})
			users.OAuth2.MappedFields.Name = "name"
			users.OAuth2.MappedFields.AvatarURL = "avatar"
		})
	})
}
