package participation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/pocketbase/core"
)

// An idea's comment counter counts its visible comments; it moves in the same
// transaction as the comment is added, hidden, restored or deleted.
func registerComments(app core.App) {
	app.OnRecordCreate("comments").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return countComment(txApp, e.Record, visibleDelta("", e.Record.GetString("state")))
		})
	})
	app.OnRecordUpdate("comments").BindFunc(func(e *core.RecordEvent) error {
		delta := visibleDelta(e.Record.Original().GetString("state"), e.Record.GetString("state"))
		if delta == 0 {
			return e.Next()
		}
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return countComment(txApp, e.Record, delta)
		})
	})
	app.OnRecordDelete("comments").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return countComment(txApp, e.Record, visibleDelta(e.Record.GetString("state"), ""))
		})
	})
}

// visibleDelta is +1 when a comment starts to count and -1 when it stops.
func visibleDelta(before, after string) int {
	was, is := domain.CommentCounts(before), domain.CommentCounts(after)
	switch {
	case !was && is:
		return 1
	case was && !is:
		return -1
	}
	return 0
}

func countComment(app core.App, comment *core.Record, delta int) error {
	if delta == 0 {
		return nil
	}
	idea, found, err := counted(app, comment.GetString("idea"))
	if err != nil || !found {
		return err // not found: the idea itself is being deleted
	}
	return addToCounter(app, idea, "comments_count", delta)
}
