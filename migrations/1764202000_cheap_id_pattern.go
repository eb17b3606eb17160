package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// The id of a record that devices create offline had its length in the
// pattern as well as in the field's Min and Max. PocketBase compiles a text
// field's pattern on every save, and the repetition {14,35} compiles into
// dozens of instructions: 20 µs and 22 KB of garbage for every idea,
// comment, vote, report and rating saved, against 3 µs without it.
// PocketBase checks Min and Max before the pattern, so without the
// repetition the same ids pass and fail, with the same errors.
const repeatedClientIdPattern = `^[a-z0-9][a-z0-9-]{14,35}$`

func init() {
	m.Register(func(app core.App) error {
		return replaceIdPattern(app, repeatedClientIdPattern, clientIdPattern)
	}, func(app core.App) error {
		return replaceIdPattern(app, clientIdPattern, repeatedClientIdPattern)
	})
}

// replaceIdPattern sets the id pattern to of every collection whose id has
// the pattern from.
func replaceIdPattern(app core.App, from, to string) error {
	collections, err := app.FindAllCollections()
	if err != nil {
		return err
	}
	for _, c := range collections {
		id, ok := c.Fields.GetByName(core.FieldNameId).(*core.TextField)
		if !ok || id.Pattern != from {
			continue
		}
		id.Pattern = to
		if err := app.Save(c); err != nil {
			return err
		}
	}
	return nil
}
