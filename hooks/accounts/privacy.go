package accounts

import (
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// Email addresses are for sign-in and notifications only; they are never shown
// to anyone else, whatever a client asks for. A person can take all their data
// with them (GET /api/me/export, hooks/accounts/export.go) and delete their account
// (hooks/accounts/erasure.go).
func registerPrivacy(app core.App) {
	app.OnRecordCreate("users").BindFunc(hideEmail)
	app.OnRecordUpdate("users").BindFunc(hideEmail)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/me/export", exportMyData).Bind(apis.RequireAuth("users"))
		return se.Next()
	})
}

func hideEmail(e *core.RecordEvent) error {
	e.Record.SetEmailVisibility(false)
	return e.Next()
}
