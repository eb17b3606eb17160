package moderation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/notifications"
	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// A report flags exactly one piece of content. When reports from threshold
// different people are open on it, the content is hidden until a moderator
// decides; its author is told why.
func registerReports(app core.App, threshold int) {
	app.OnRecordValidate("reports").BindFunc(func(e *core.RecordEvent) error {
		idea, comment := e.Record.GetString("idea"), e.Record.GetString("comment")
		if (idea == "") == (comment == "") {
			return validation.Errors{"idea": validation.NewError("report_target_required",
				"Report exactly one item: an idea or a comment.")}
		}
		return e.Next()
	})
	app.OnRecordCreate("reports").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return hideWhenReported(txApp, e.Record, threshold)
		})
	})
}

func hideWhenReported(app core.App, report *core.Record, threshold int) error {
	collection, field := "ideas", "idea"
	if report.GetString("comment") != "" {
		collection, field = "comments", "comment"
	}
	var open int
	err := app.DB().Select("COUNT(*)").From("reports").
		Where(dbx.HashExp{field: report.GetString(field), "dismissed": false}).Row(&open)
	if err != nil || open < threshold {
		return err
	}
	target, err := app.FindRecordById(collection, report.GetString(field))
	if err != nil || isHidden(target) {
		return err
	}
	if err := setHidden(app, target, true, "reports"); err != nil {
		return err
	}
	region, err := regionOf(app, target)
	if err != nil {
		return err
	}
	return domain.WriteModerationLog(app, domain.ModerationEntry{Action: "hide", Target: target, Region: region, Reason: "reports"})
}

// setHidden changes the moderation state of an idea or comment, saves it and
// tells its author.
func setHidden(app core.App, target *core.Record, hidden bool, reason string) error {
	if target.Collection().Name == "comments" {
		state := "visible"
		if hidden {
			state = "hidden"
		}
		target.Set("state", state)
	} else {
		target.Set("hidden", hidden)
	}
	if !hidden {
		reason = ""
	}
	target.Set("hidden_reason", reason)
	if err := app.Save(target); err != nil {
		return err
	}
	kind, idea := "restored", target.Id
	if hidden {
		kind = "hidden"
	}
	if target.Collection().Name == "comments" {
		idea = target.GetString("idea")
	}
	return notifications.Notify(app, "", notifications.Notice{User: target.GetString("author"), Kind: kind, Idea: idea, Reason: reason})
}
