package hooks

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Contributions carry a copy of their author's display name, so that nobody
// needs read access to another person's account to see who wrote something.
func registerAuthors(app core.App) {
	app.OnRecordCreate("ideas", "comments").BindFunc(func(e *core.RecordEvent) error {
		if authorId := e.Record.GetString("author"); authorId != "" {
			author, err := e.App.FindRecordById("users", authorId)
			if err != nil {
				return err
			}
			e.Record.Set("author_name", author.GetString("display_name"))
		}
		return e.Next()
	})

	app.OnRecordUpdate("users").BindFunc(func(e *core.RecordEvent) error {
		name := e.Record.GetString("display_name")
		if name == e.Record.Original().GetString("display_name") {
			return e.Next()
		}
		return afterSave(e, func(txApp core.App) error {
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
