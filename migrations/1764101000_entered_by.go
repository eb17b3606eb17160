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
		ideas, err := app.FindCollectionByNameOrId("ideas")
		if err != nil {
			return err
		}
		ideas.ListRule = types.Pointer(*ideas.ListRule + " || " + enteredByMe)
		ideas.ViewRule = ideas.ListRule
		ideas.AddIndex("idx_ideas_entered_by", false, "entered_by", "")
		if err := app.Save(ideas); err != nil {
			return err
		}
		feedback, err := app.FindCollectionByNameOrId("feedback")
		if err != nil {
			return err
		}
		feedback.AddIndex("idx_feedback_entered_by", false, "entered_by", "")
		return app.Save(feedback)
	}, func(app core.App) error {
		ideas, err := app.FindCollectionByNameOrId("ideas")
		if err != nil {
			return err
		}
		ideas.ListRule = types.Pointer(strings.TrimSuffix(*ideas.ListRule, " || "+enteredByMe))
		ideas.ViewRule = ideas.ListRule
		ideas.RemoveIndex("idx_ideas_entered_by")
		if err := app.Save(ideas); err != nil {
			return err
		}
		feedback, err := app.FindCollectionByNameOrId("feedback")
		if err != nil {
			return err
		}
		feedback.RemoveIndex("idx_feedback_entered_by")
		return app.Save(feedback)
	})
}
