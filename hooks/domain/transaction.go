package domain

import (
	"github.com/pocketbase/pocketbase/core"
)

// SaveInTransaction runs, in one transaction, check (the hook's rule check),
// the save of e (e.Next) and followUp (the derived writes), so that a derived
// change is never committed without the record or vice versa. Either func
// may be nil. Hooks that run inside the save see the transaction as e.App.
//
// Afterwards e.App is the app it was before: PocketBase fires the after-save
// events, realtime among them, with the event's app, and a finished
// transaction there makes realtime's rule check fail for everyone but
// superusers.
func SaveInTransaction(e *core.RecordEvent, check, followUp func(txApp core.App) error) error {
	return inTransaction(&e.App, e.Next, check, followUp)
}

// RequestInTransaction is SaveInTransaction for a request hook, whose
// follow-up needs the request (the signed-in person) and not only the record.
func RequestInTransaction(e *core.RecordRequestEvent, followUp func(txApp core.App) error) error {
	return inTransaction(&e.App, e.Next, nil, followUp)
}

func inTransaction(app *core.App, save func() error, check, followUp func(txApp core.App) error) error {
	original := *app
	defer func() { *app = original }()
	return original.RunInTransaction(func(txApp core.App) error {
		*app = txApp
		if check != nil {
			if err := check(txApp); err != nil {
				return err
			}
		}
		if err := save(); err != nil {
			return err
		}
		if followUp == nil {
			return nil
		}
		return followUp(txApp)
	})
}
