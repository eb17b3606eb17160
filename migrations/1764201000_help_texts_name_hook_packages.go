package migrations

import (
	"reflect"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// hookFilesMoved are the hook files that field help texts name, by their path
// before and after hooks/ was split into packages by concern (issue 12). The
// texts are what an admin reads in the dashboard, so they follow the code.
var hookFilesMoved = map[string]string{
	"hooks/roles.go":              "hooks/accounts/roles.go",
	"hooks/erasure.go":            "hooks/accounts/erasure.go",
	"hooks/authors.go":            "hooks/participation/authors.go",
	"hooks/votes.go":              "hooks/participation/votes.go",
	"hooks/comments.go":           "hooks/participation/comments.go",
	"hooks/feedback_stats.go":     "hooks/participation/feedback_stats.go",
	"hooks/feedback_summaries.go": "hooks/participation/feedback_summaries.go",
	"hooks/feedback_desk.go":      "hooks/participation/feedback_desk.go",
	"hooks/lifecycle.go":          "hooks/accountability/lifecycle.go",
	"hooks/adoptions.go":          "hooks/accountability/adoptions.go",
	"hooks/appeals.go":            "hooks/moderation/appeals.go",
	"hooks/report_dismissal.go":   "hooks/moderation/report_dismissal.go",
}

func init() {
	m.Register(func(app core.App) error {
		return replaceInHelpTexts(app, hookFilesMoved)
	}, func(app core.App) error {
		back := make(map[string]string, len(hookFilesMoved))
		for before, after := range hookFilesMoved {
			back[after] = before
		}
		return replaceInHelpTexts(app, back)
	})
}

// replaceInHelpTexts replaces, in the help text of every field of every
// collection, each key of paths by its value. Every field type has its own
// Help string, so it is reached by name.
func replaceInHelpTexts(app core.App, paths map[string]string) error {
	collections, err := app.FindAllCollections()
	if err != nil {
		return err
	}
	for _, c := range collections {
		changed := false
		for _, f := range c.Fields {
			help := reflect.ValueOf(f).Elem().FieldByName("Help")
			if !help.IsValid() || help.Kind() != reflect.String {
				continue
			}
			text := help.String()
			for before, after := range paths {
				text = strings.ReplaceAll(text, before, after)
			}
			if text != help.String() {
				help.SetString(text)
				changed = true
			}
		}
		if changed {
			if err := app.Save(c); err != nil {
				return err
			}
		}
	}
	return nil
}
