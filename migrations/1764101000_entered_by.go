package migrations

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// enteredByMe lets the volunteer who entered an assisted or paper idea see it
// while it waits for pre-moderation, as feedback already allowed: without it
// the idea vanished from their device once synced.
var enteredByMe = domain.OwnedByRule("entered_by")

func init() {
	m.Register(func(app core.App) error {
		if err := changeCollection(app, "ideas", func(ideas *core.Collection) {
			readRules(ideas, types.Pointer(*ideas.ListRule+" || "+enteredByMe))
			ideas.AddIndex("idx_ideas_entered_by", false, "entered_by", "")
		}); err != nil {
			return err
		}
		return changeCollection(app, "feedback", func(feedback *core.Collection) {
			feedback.AddIndex("idx_feedback_entered_by", false, "entered_by", "")
		})
	}, func(app core.App) error {
		if err := changeCollection(app, "ideas", func(ideas *core.Collection) {
			readRules(ideas, types.Pointer(strings.TrimSuffix(*ideas.ListRule, " || "+enteredByMe)))
			ideas.RemoveIndex("idx_ideas_entered_by")
		}); err != nil {
			return err
		}
		return changeCollection(app, "feedback", func(feedback *core.Collection) {
			feedback.RemoveIndex("idx_feedback_entered_by")
		})
	})
}
