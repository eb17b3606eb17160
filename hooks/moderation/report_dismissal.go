package moderation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// A moderator answers a report without hiding the content by dismissing it
// with a reason (the reports update rule says who may: a moderator of the
// region, never about their own content). The log keeps the decision and
// its reason in the same transaction.
func registerReportDismissal(app core.App) {
	app.OnRecordUpdateRequest("reports").BindFunc(func(e *core.RecordRequestEvent) error {
		if !e.Record.GetBool("dismissed") || e.Record.Original().GetBool("dismissed") || e.Auth == nil {
			return e.Next()
		}
		reason := strings.TrimSpace(e.Record.GetString("dismiss_reason"))
		if reason == "" {
			return e.BadRequestError("", validation.Errors{"dismiss_reason": validation.NewError("dismiss_reason_required",
				"Say why the report is dismissed.")})
		}
		e.Record.Set("dismiss_reason", reason)
		e.Record.Set("dismissed_by", e.Auth.Id)
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := e.Next(); err != nil {
				return err
			}
			target, err := reportTarget(txApp, e.Record)
			if err != nil {
				return err
			}
			region, err := regionOf(txApp, target)
			if err != nil {
				return err
			}
			org, err := moderatorOrganization(txApp, e.Auth.Id, region)
			if err != nil {
				return err
			}
			return domain.WriteModerationLog(txApp, domain.ModerationEntry{Actor: e.Auth.Id, Organization: org, Action: "dismiss_report",
				Target: target, Region: region, Reason: e.Record.GetString("dismiss_reason")})
		})
	})
}

// reportTarget loads the idea or comment a report is about.
func reportTarget(app core.App, report *core.Record) (*core.Record, error) {
	if id := report.GetString("comment"); id != "" {
		return app.FindRecordById("comments", id)
	}
	return app.FindRecordById("ideas", report.GetString("idea"))
}
