package moderation

import (
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// A moderator answers a report without hiding the content by dismissing it
// with a reason (the reports update rule says who may: a moderator of the
// region, never about their own content). The request names the moderator
// (dismissed_by); the model hooks refuse a moderator's dismissal without a
// reason and log it with its reason in the same transaction, whichever way
// the report is saved. Reports closed by code without a moderator (a
// restore dismisses them in bulk) are not decisions and are not logged.
func registerReportDismissal(app core.App) {
	app.OnRecordUpdateRequest("reports").BindFunc(func(e *core.RecordRequestEvent) error {
		if isDismissal(e.Record) && e.Auth != nil {
			e.Record.Set("dismissed_by", e.Auth.Id)
		}
		return e.Next()
	})
	app.OnRecordValidate("reports").BindFunc(func(e *core.RecordEvent) error {
		if !isModeratorsDismissal(e.Record) {
			return e.Next()
		}
		reason := strings.TrimSpace(e.Record.GetString("dismiss_reason"))
		if reason == "" {
			return validation.Errors{"dismiss_reason": validation.NewError("dismiss_reason_required", "Say why the report is dismissed.")}
		}
		e.Record.Set("dismiss_reason", reason)
		return e.Next()
	})
	app.OnRecordUpdate("reports").BindFunc(func(e *core.RecordEvent) error {
		if !isModeratorsDismissal(e.Record) {
			return e.Next()
		}
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return logDismissal(txApp, e.Record)
		})
	})
}

// isDismissal reports whether this save dismisses the report.
func isDismissal(report *core.Record) bool {
	return report.GetBool("dismissed") && !report.Original().GetBool("dismissed")
}

// isModeratorsDismissal reports whether this save is a moderator's decision
// to dismiss the report.
func isModeratorsDismissal(report *core.Record) bool {
	return isDismissal(report) && report.GetString("dismissed_by") != ""
}

// logDismissal writes the moderation log entry of a dismissed report.
func logDismissal(txApp core.App, report *core.Record) error {
	target, err := reportTarget(txApp, report)
	if err != nil {
		return err
	}
	region, err := regionOf(txApp, target)
	if err != nil {
		return err
	}
	actor := report.GetString("dismissed_by")
	org, err := moderatorOrganization(txApp, actor, region)
	if err != nil {
		return err
	}
	return domain.WriteModerationLog(txApp, domain.ModerationEntry{Actor: actor, Organization: org, Action: "dismiss_report",
		Target: target, Region: region, Reason: report.GetString("dismiss_reason")})
}

// reportTarget loads the idea or comment a report is about.
func reportTarget(app core.App, report *core.Record) (*core.Record, error) {
	if id := report.GetString("comment"); id != "" {
		return app.FindRecordById("comments", id)
	}
	return app.FindRecordById("ideas", report.GetString("idea"))
}
