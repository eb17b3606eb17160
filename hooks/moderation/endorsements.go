package moderation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/pocketbase/core"
)

// Endorsing and withdrawing an endorsement are moderation actions on behalf of
// an organization; both are logged in the same transaction.
func registerEndorsements(app core.App) {
	logged := func(action string) func(e *core.RecordRequestEvent) error {
		return func(e *core.RecordRequestEvent) error {
			return e.App.RunInTransaction(func(txApp core.App) error {
				e.App = txApp
				if err := e.Next(); err != nil {
					return err
				}
				idea, err := domain.FindIdea(txApp, e.Record.GetString("idea"))
				if err != nil {
					return err
				}
				actor := "" // a superuser acting in the admin UI is not a user
				if e.Auth != nil && e.Auth.Collection().Name == "users" {
					actor = e.Auth.Id
				}
				return domain.WriteModerationLog(txApp, domain.ModerationEntry{Actor: actor, Organization: e.Record.GetString("organization"),
					Action: action, Target: idea.Record, Region: idea.GetString("region")})
			})
		}
	}
	app.OnRecordCreateRequest("endorsements").BindFunc(logged("endorse"))
	app.OnRecordDeleteRequest("endorsements").BindFunc(logged("withdraw_endorsement"))
}
