package hooks

import (
	"github.com/pocketbase/pocketbase/core"
)

// Email addresses are for sign-in and notifications only; they are never shown
// to anyone else, whatever a client asks for.
func registerPrivacy(app core.App) {
	app.OnRecordCreate("users").BindFunc(hideEmail)
	app.OnRecordUpdate("users").BindFunc(hideEmail)
}

func hideEmail(e *core.RecordEvent) error {
	e.Record.SetEmailVisibility(false)
	return e.Next()
}
