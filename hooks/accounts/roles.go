package accounts

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Moderator and staff powers are API rules over two hidden fields of users,
// moderator_regions and staff_regions. They are derived here, and only here,
// from memberships in verified organizations, because a rule that joined
// memberships and organizations on every idea list would scan them per row.
func registerRoles(app core.App) {
	app.OnRecordCreate("users").BindFunc(deriveRoles)
	app.OnRecordUpdate("users").BindFunc(deriveRoles)

	refreshMember := func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return refreshUsers(txApp, dbx.HashExp{"id": e.Record.GetString("user")})
		})
	}
	app.OnRecordCreate("memberships").BindFunc(refreshMember)
	app.OnRecordUpdate("memberships").BindFunc(refreshMember)
	app.OnRecordDelete("memberships").BindFunc(refreshMember)

	app.OnRecordUpdate("organizations").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return refreshUsers(txApp, dbx.NewExp(
				"id IN (SELECT user FROM memberships WHERE organization = {:org})", dbx.Params{"org": e.Record.Id}))
		})
	})
	app.OnRecordUpdate("regions").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetString("parent") == e.Record.Original().GetString("parent") {
			return e.Next()
		}
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return refreshUsers(txApp, dbx.NewExp("id IN (SELECT user FROM memberships WHERE role != 'member')"))
		})
	})
}

// deriveRoles sets a user's role regions from the database before the user is saved.
func deriveRoles(e *core.RecordEvent) error {
	for field, role := range map[string]string{"moderator_regions": "moderator", "staff_regions": "staff"} {
		regions, err := roleRegions(e.App, e.Record.Id, role)
		if err != nil {
			return err
		}
		e.Record.Set(field, regions)
	}
	return e.Next()
}

// refreshUsers re-saves the matching users so that deriveRoles runs for each.
func refreshUsers(app core.App, where dbx.Expression) error {
	users, err := app.FindAllRecords("users", where)
	if err != nil {
		return err
	}
	for _, user := range users {
		if err := app.Save(user); err != nil {
			return err
		}
	}
	return nil
}

// roleRegions lists the regions where the user holds role: every region of a
// verified organization they have that role in, plus the region's direct
// children, so that a district's Verband also acts in its municipalities.
func roleRegions(app core.App, userId, role string) ([]string, error) {
	regions := []string{}
	if userId == "" {
		return regions, nil
	}
	err := app.DB().NewQuery(`SELECT DISTINCT region FROM (` + domain.RoleReachSQL + `) ORDER BY region`).
		Bind(dbx.Params{"user": userId, "role": role}).
		Column(&regions)
	return regions, err
}
