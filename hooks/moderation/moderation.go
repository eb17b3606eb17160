package moderation

import (
	"database/sql"
	"errors"
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/notifications"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Hiding and restoring is done by moderators through the ordinary update API
// (the update rules say who may). In the same transaction the change is
// logged, the author is told, and a restore dismisses the open reports, so
// that they do not hide the content again at once. It is a request hook
// because only the request names the moderator (ideas and comments keep no
// field for them); batch requests pass through it too, and sync has no
// moderation mutation. Hiding by reports and by an appeal log themselves.
func registerModeration(app core.App) {
	app.OnRecordUpdateRequest("ideas", "comments").BindFunc(func(e *core.RecordRequestEvent) error {
		before, after := isHidden(e.Record.Original()), isHidden(e.Record)
		if before == after || e.Auth == nil || e.Auth.Collection().Name != "users" {
			return e.Next()
		}
		hiddenReason := ""
		if after {
			hiddenReason = "moderator"
		}
		e.Record.Set("hidden_reason", hiddenReason)
		return domain.RequestInTransaction(e, func(txApp core.App) error {
			region, err := regionOf(txApp, e.Record)
			if err != nil {
				return err
			}
			org, err := moderatorOrganization(txApp, e.Auth.Id, region)
			if err != nil {
				return err
			}
			action, kind, idea := "restore", "restored", e.Record.Id
			if after {
				action, kind = "hide", "hidden"
			}
			if e.Record.Collection().Name == "comments" {
				idea = e.Record.GetString("idea")
			}
			if !after {
				if err := dismissReports(txApp, e.Record); err != nil {
					return err
				}
			}
			entry := domain.ModerationEntry{Actor: e.Auth.Id, Organization: org, Action: action, Target: e.Record, Region: region}
			if after {
				entry.Reason = hidingReason(e.Record)
			}
			err = domain.WriteModerationLog(txApp, entry)
			if err != nil {
				return err
			}
			told := notifications.Notice{User: e.Record.GetString("author"), Kind: kind, Idea: idea}
			if after {
				// The author reads what the moderator chose and wrote, not who decided.
				told.Reason = e.Record.GetString("moderation_reason")
				told.Note = strings.TrimSpace(e.Record.GetString("moderation_note"))
			}
			return notifications.Notify(txApp, e.Auth.Id, told)
		})
	})
}

// hidingReason is what the log keeps of the reason a moderator gave for
// hiding: the reason from the list and the free text, when there are any.
func hidingReason(r *core.Record) string {
	reason, note := r.GetString("moderation_reason"), strings.TrimSpace(r.GetString("moderation_note"))
	switch {
	case note == "":
		return reason
	case reason == "":
		return note
	}
	return reason + ": " + note
}

// dismissReports closes the open reports on an idea or comment.
func dismissReports(app core.App, target *core.Record) error {
	field := "idea"
	if target.Collection().Name == "comments" {
		field = "comment"
	}
	_, err := app.DB().Update("reports", dbx.Params{"dismissed": true}, dbx.HashExp{field: target.Id}).Execute()
	return err
}

// isHidden reads the moderation state of an idea or a comment.
func isHidden(r *core.Record) bool {
	if r.Collection().Name == "comments" {
		return r.GetString("state") == "hidden"
	}
	return r.GetBool("hidden")
}

// regionOf returns the region of an idea, or of the idea a comment belongs to.
func regionOf(app core.App, r *core.Record) (string, error) {
	if r.Collection().Name == "ideas" {
		return r.GetString("region"), nil
	}
	idea, err := app.FindRecordById("ideas", r.GetString("idea"))
	if err != nil {
		return "", err
	}
	return idea.GetString("region"), nil
}

// moderatorOrganization finds the verified organization through which the
// user moderates region, with the reach that roles give (domain.RoleReachSQL).
func moderatorOrganization(app core.App, userId, region string) (string, error) {
	var org string
	err := app.DB().NewQuery(`SELECT organization FROM (` + domain.RoleReachSQL + `) WHERE region = {:region} ORDER BY name LIMIT 1`).
		Bind(dbx.Params{"user": userId, "role": "moderator", "region": region}).
		Row(&org)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return org, err
}
