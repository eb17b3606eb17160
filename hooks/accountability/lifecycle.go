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
		var idea, target domain.Idea
		return domain.SaveInTransaction(e, func(txApp core.App) (err error) {
			idea, target, err = checkStatusChange(txApp, e.Record)
			return err
		}, func(txApp core.App) error {
			return moveIdea(txApp, e.Record, idea, target)
		})
	})
}

// checkStatusChange loads the idea of change, records its current status as
// the change's from, and refuses an illegal transition. For a merge it also
// returns the idea merged into.
func checkStatusChange(txApp core.App, change *core.Record) (idea, target domain.Idea, err error) {
	if idea, err = domain.FindIdea(txApp, change.GetString("idea")); err != nil {
		return idea, target, err
	}
	to := change.GetString("to")
	change.Set("from", idea.Status())
	if errs := domain.CheckTransition(idea.Status(), to, change.GetString("response")); errs != nil {
		return idea, target, errs
	}
	if to == domain.StatusMerged {
		target, err = mergeTarget(txApp, idea, change.GetString("merged_into"))
	}
	return idea, target, err
}

// moveIdea applies a saved status change to its idea, logs a publication as
// a moderation act and tells the author.
func moveIdea(txApp core.App, change *core.Record, idea, target domain.Idea) error {
	to := change.GetString("to")
	if to == domain.StatusMerged {
		return merge(txApp, change, idea, target)
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
			Actor: change.GetString("actor"), Organization: change.GetString("organization"),
			Action: "publish", Target: idea.Record, Region: idea.GetString("region"),
		})
		if err != nil {
			return err
		}
	}
	return notifications.Notify(txApp, change.GetString("actor"),
		notifications.Notice{User: idea.GetString("author"), Kind: kind, Idea: idea.Id, Status: to, Note: change.GetString("response")})
}
