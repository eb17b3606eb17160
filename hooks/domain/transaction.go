package domain

import (
	"github.com/pocketbase/pocketbase/core"
)

// AfterSave runs the model write of e and then effect in one transaction, so
// that a derived change is never committed without the record or vice versa.
func AfterSave(e *core.RecordEvent, effect func(txApp core.App) error) error {
	return e.App.RunInTransaction(func(txApp core.App) error {
		e.App = txApp
		if err := e.Next(); err != nil {
			return err
		}
		return effect(txApp)
	})
}
