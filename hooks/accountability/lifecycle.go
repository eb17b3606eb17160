package accountability

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/notifications"
	"github.com/pocketbase/pocketbase/core"
)

// A status change moves its idea in the same transaction, so the history and
// the idea's status can never disagree. The author is told in their inbox.
func registerLifecycle(app core.App) {
	app.OnRecordCreate("status_changes").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			idea, err := domain.FindIdea(txApp, e.Record.GetString("idea"))
			if err != nil {
				return err
			}
			to := e.Record.GetString("to")
			e.Record.Set("from", idea.Status())
			if errs := domain.CheckTransition(idea.Status(), to, e.Record.GetString("response")); errs != nil {
				return errs
			}
			var target domain.Idea
			if to == domain.StatusMerged {
				if target, err = mergeTarget(txApp, idea, e.Record.GetString("merged_into")); err != nil {
					return err
				}
			}
			if err := e.Next(); err != nil {
				return err
			}
			if to == domain.StatusMerged {
				return merge(txApp, e.Record, idea, target)
			}
			idea.Set("status", to)
			// The record itself, not the Idea wrapper: only a *core.Record runs the record hooks (search index, realtime).
			if err := txApp.Save(idea.Record); err != nil {
				return err
			}
			kind := "status_changed"
			if to == domain.StatusPublished {
				kind = "published"
				err := domain.WriteModerationLog(txApp, domain.ModerationEntry{
					Actor: e.Record.GetString("actor"), Organization: e.Record.GetString("organization"),
					Action: "publish", Target: idea.Record, Region: idea.GetString("region"),
				})
				if err != nil {
					return err
				}
			}
			return notifications.Notify(txApp, e.Record.GetString("actor"),
				notifications.Notice{User: idea.GetString("author"), Kind: kind, Idea: idea.Id, Status: to, Note: e.Record.GetString("response")})
		})
	})
}
