package participation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Contributions carry a copy of their author's display name, so that nobody
// needs read access to another person's account to see who wrote something.
func registerAuthors(app core.App) {
	// An assisted or paper entry is shown under the organization that entered
	// it; the person behind it is not recorded.
	app.OnRecordCreate("ideas", "comments").BindFunc(func(e *core.RecordEvent) error {
		switch {
		case e.Record.GetString("author") != "":
			author, err := e.App.FindRecordById("users", e.Record.GetString("author"))
			if err != nil {
				return err
			}
			e.Record.Set("author_name", author.GetString("display_name"))
		case e.Record.GetString("organization") != "":
			org, err := e.App.FindRecordById("organizations", e.Record.GetString("organization"))
			if err != nil {
				return err
			}
			e.Record.Set("author_name", truncate(org.GetString("name"), 40))
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
