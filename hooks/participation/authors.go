package participation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/sync"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Contributions carry a copy of their author's display name, so that nobody
// needs read access to another person's account to see who wrote something.
func registerAuthors(app core.App) {
	// An assisted or paper entry is shown under the organization that entered
	// it; the person behind it is not recorded.
	app.OnRecordCreate("ideas", "comments").BindFunc(func(e *core.RecordEvent) error {
		// The one column is read with a statement prepared once per
		// transaction: a push creates many contributions in one.
		var name string
		switch {
		case e.Record.GetString("author") != "":
			err := sync.PreparedQuery(e.App, "SELECT display_name FROM users WHERE id = {:id}").
				Bind(dbx.Params{"id": e.Record.GetString("author")}).Row(&name)
			if err != nil {
				return err
			}
			e.Record.Set("author_name", name)
		case e.Record.GetString("organization") != "":
			err := sync.PreparedQuery(e.App, "SELECT name FROM organizations WHERE id = {:id}").
				Bind(dbx.Params{"id": e.Record.GetString("organization")}).Row(&name)
			if err != nil {
				return err
			}
			e.Record.Set("author_name", truncate(name, 40))
		}
		return e.Next()
	})

	app.OnRecordUpdate("users").BindFunc(func(e *core.RecordEvent) error {
		name := e.Record.GetString("display_name")
		if name == e.Record.Original().GetString("display_name") {
			return e.Next()
		}
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			for _, table := range []string{"ideas", "comments"} {
				_, err := txApp.DB().Update(table, dbx.Params{"author_name": name}, dbx.HashExp{"author": e.Record.Id}).Execute()
				if err != nil {
					return err
				}
			}
			return nil
		})
	})
}

// truncate shortens s to at most n characters.
func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
