package moderation

import (
	"database/sql"
	"errors"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/notifications"
	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// An appeal is filed once per hidden item (a unique index), by its author
// (the create rule). The moderator who hid the item cannot decide it (the
// update rule reads hidden_by, which is set here). An upheld appeal restores
// the item; every decision is logged and told to the appellant.
func registerAppeals(app core.App) {
	app.OnRecordCreate("appeals").BindFunc(func(e *core.RecordEvent) error {
		target, err := appealTarget(e.App, e.Record)
		if err != nil {
			return err
		}
		region, err := regionOf(e.App, target)
		if err != nil {
			return err
		}
		hiddenBy, err := lastHiddenBy(e.App, target.Id)
		if err != nil {
			return err
		}
		e.Record.Set("region", region)
		e.Record.Set("hidden_by", hiddenBy)
		e.Record.Set("status", "open")
		return e.Next()
	})
	app.OnRecordUpdate("appeals").BindFunc(func(e *core.RecordEvent) error {
		status := e.Record.GetString("status")
		if status == e.Record.Original().GetString("status") || status == "open" {
			return e.Next()
		}
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			target, err := appealTarget(txApp, e.Record)
			if err != nil {
				return err
			}
			action := "appeal_rejected"
			if status == "upheld" {
				action = "appeal_upheld"
				if err := setHidden(txApp, target, false, ""); err != nil {
					return err
				}
				if err := dismissReports(txApp, target); err != nil {
					return err
				}
			}
			decider := e.Record.GetString("decided_by")
			org, err := moderatorOrganization(txApp, decider, e.Record.GetString("region"))
			if err != nil {
				return err
			}
			err = domain.WriteModerationLog(txApp, domain.ModerationEntry{Actor: decider, Organization: org, Action: action,
				Target: target, Region: e.Record.GetString("region"), Reason: e.Record.GetString("decision_note")})
			if err != nil {
				return err
			}
			idea := target.Id
			if target.Collection().Name == "comments" {
				idea = target.GetString("idea")
			}
			return notifications.Notify(txApp, decider, notifications.Notice{User: e.Record.GetString("appellant"), Kind: "appeal_decided",
				Idea: idea, Status: "", Reason: status})
		})
	})
}

// appealTarget loads the one idea or comment an appeal is about.
func appealTarget(app core.App, appeal *core.Record) (*core.Record, error) {
	idea, comment := appeal.GetString("idea"), appeal.GetString("comment")
	if (idea == "") == (comment == "") {
		return nil, validation.Errors{"idea": validation.NewError("appeal_target_required", "Appeal exactly one item: an idea or a comment.")}
	}
	if idea != "" {
		return app.FindRecordById("ideas", idea)
	}
	return app.FindRecordById("comments", comment)
}

// lastHiddenBy is the moderator of the newest hide of target; "" when reports hid it.
func lastHiddenBy(app core.App, targetId string) (string, error) {
	var actor string
	err := app.DB().NewQuery(`SELECT actor FROM moderation_log WHERE target_id = {:id} AND action = 'hide'
		ORDER BY created DESC, rowid DESC LIMIT 1`).Bind(dbx.Params{"id": targetId}).Row(&actor)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return actor, err
}
