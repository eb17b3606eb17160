package hooks

import (
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// A report flags exactly one piece of content.
func registerReports(app core.App) {
	app.OnRecordValidate("reports").BindFunc(func(e *core.RecordEvent) error {
		idea, comment := e.Record.GetString("idea"), e.Record.GetString("comment")
		if (idea == "") == (comment == "") {
			return validation.Errors{"idea": validation.NewError("report_target_required",
				"Report exactly one item: an idea or a comment.")}
		}
		return e.Next()
	})
}
