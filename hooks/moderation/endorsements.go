package moderation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/pocketbase/core"
)

// Endorsing and withdrawing an endorsement are moderation actions on behalf of
// an organization; both are logged in the same transaction. An endorsement
// names who gave it (by), so its log entry is a model hook; a withdrawal may
// come from any moderator of the organization, whom only the request names.
func registerEndorsements(app core.App) {
	app.OnRecordCreate("endorsements").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return logEndorsement(txApp, e.Record, "endorse", e.Record.GetString("by"))
		})
	})
	app.OnRecordDeleteRequest("endorsements").BindFunc(func(e *core.RecordRequestEvent) error {
		return domain.RequestInTransaction(e, func(txApp core.App) error {
			actor := "" // a superuser acting in the admin UI is not a user
			if e.Auth != nil && e.Auth.Collection().Name == "users" {
				actor = e.Auth.Id
			}
			return logEndorsement(txApp, e.Record, "withdraw_endorsement", actor)
		})
	})
}

// logEndorsement writes the moderation log entry of an endorsement action.
func logEndorsement(txApp core.App, endorsement *core.Record, action, actor string) error {
	idea, err := domain.FindIdea(txApp, endorsement.GetString("idea"))
	if err != nil {
		return err
	}
	return domain.WriteModerationLog(txApp, domain.ModerationEntry{Actor: actor, Organization: endorsement.GetString("organization"),
		Action: action, Target: idea.Record, Region: idea.GetString("region")})
}
