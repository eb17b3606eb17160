package participation

import (
	"strings"
	"time"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/notifications"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The feedback desk: new entries start as "new"; the API rules let the
// region's staff and moderators set only state and answer. Here the answer
// and the fix get their dates, the answer its author, and the person who gave
// the feedback is told in the same transaction.
func registerFeedbackDesk(app core.App) {
	app.OnRecordCreate("feedback").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetString("state") == "" {
			e.Record.Set("state", "new")
		}
		return e.Next()
	})
	app.OnRecordUpdate("feedback").BindFunc(func(e *core.RecordEvent) error {
		answer := strings.TrimSpace(e.Record.GetString("answer"))
		changed := answer != strings.TrimSpace(e.Record.Original().GetString("answer"))
		if changed {
			e.Record.Set("answer", answer)
		}
		stampFeedbackDesk(e.Record.Original(), e.Record, time.Now())
		if !changed || answer == "" {
			return e.Next()
		}
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return notifications.Notify(txApp, e.Record.GetString("answered_by"), notifications.Notice{User: e.Record.GetString("author"),
				Kind: "feedback_answered", Feedback: e.Record.Id, Note: answer})
		})
	})
	// Only the request knows who answered; the hook above tells the author.
	app.OnRecordUpdateRequest("feedback").BindFunc(func(e *core.RecordRequestEvent) error {
		answered := strings.TrimSpace(e.Record.GetString("answer")) != strings.TrimSpace(e.Record.Original().GetString("answer"))
		if answered && e.Auth != nil && e.Auth.Collection().Name == "users" {
			e.Record.Set("answered_by", e.Auth.Id)
		}
		return e.Next()
	})
}

// stampFeedbackDesk dates an answer when its text changes and a fix when the
// state becomes fixed; leaving "fixed" takes the fix back, so that the public
// count of the month's fixes stays true.
func stampFeedbackDesk(before, after *core.Record, now time.Time) {
	stamp, _ := types.ParseDateTime(now)
	if after.GetString("answer") != before.GetString("answer") {
		if after.GetString("answer") == "" {
			after.Set("answered_at", "")
		} else {
			after.Set("answered_at", stamp)
		}
	}
	fixed, wasFixed := after.GetString("state") == "fixed", before.GetString("state") == "fixed"
	switch {
	case fixed && !wasFixed:
		after.Set("fixed_at", stamp)
	case !fixed && wasFixed:
		after.Set("fixed_at", "")
	}
}

// deskFigures is what the public learns of the desk's work on a service in a
// region: both stay null while the region's figures are not published (fewer
// than --minGroupSize people rated there).
type deskFigures struct {
	Answered       *int `json:"answered"`
	FixedThisMonth *int `json:"fixed_this_month"`
}

// findDeskFigures counts the answered entries and this month's fixes of key.
func findDeskFigures(app core.App, key statsKey, now time.Time) (deskFigures, error) {
	month := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC).Format(types.DefaultDateLayout)
	var figures struct {
		Answered int `db:"answered"`
		Fixed    int `db:"fixed"`
	}
	err := app.DB().NewQuery(`
		SELECT COALESCE(SUM(answer != ''), 0) AS answered, COALESCE(SUM(fixed_at >= {:month}), 0) AS fixed
		FROM feedback WHERE service = {:service} AND region = {:region}`).
		Bind(dbx.Params{"service": key.service, "region": key.region, "month": month}).
		One(&figures)
	if err != nil {
		return deskFigures{}, err
	}
	return deskFigures{Answered: &figures.Answered, FixedThisMonth: &figures.Fixed}, nil
}
