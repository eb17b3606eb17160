package hooks

import (
	"net/http"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// Email addresses are for sign-in and notifications only; they are never shown
// to anyone else, whatever a client asks for. A person can take all their data
// with them (GET /api/me/export) and delete their account; their public
// contributions then stay, without name and without link to them.
func registerPrivacy(app core.App) {
	app.OnRecordCreate("users").BindFunc(hideEmail)
	app.OnRecordUpdate("users").BindFunc(hideEmail)
	app.OnRecordDelete("users").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			for _, table := range []string{"ideas", "comments"} {
				_, err := txApp.DB().Update(table, dbx.Params{"author_name": ""}, dbx.HashExp{"author": e.Record.Id}).Execute()
				if err != nil {
					return err
				}
			}
			return e.Next()
		})
	})
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/me/export", exportMyData).Bind(apis.RequireAuth("users"))
		return se.Next()
	})
}

func hideEmail(e *core.RecordEvent) error {
	e.Record.SetEmailVisibility(false)
	return e.Next()
}

// personalData lists where a person's own records are, by owner field.
var personalData = []struct{ collection, owner string }{
	{"memberships", "user"}, {"ideas", "author"}, {"comments", "author"}, {"votes", "user"},
	{"feedback", "author"}, {"reports", "reporter"}, {"notifications", "user"}, {"appeals", "appellant"},
}

// exportMyData answers with everything stored about the signed-in person.
func exportMyData(e *core.RequestEvent) error {
	account := e.Auth.PublicExport()
	account["email"] = e.Auth.Email() // their own address, which the API otherwise never shows
	export := map[string]any{"account": account}
	for _, p := range personalData {
		records, err := e.App.FindAllRecords(p.collection, dbx.HashExp{p.owner: e.Auth.Id})
		if err != nil {
			return err
		}
		if err := apis.EnrichRecords(e, records); err != nil {
			return err
		}
		export[p.collection] = records
	}
	e.Response.Header().Set("Content-Disposition", `attachment; filename="mitwirken-daten.json"`)
	return e.JSON(http.StatusOK, export)
}
