package migrations

import (
	"fmt"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// notOwnIdeaStatus keeps the person who wrote an idea from moving it:
// publishing, merging or answering one's own idea is a colleague's call, as
// hiding it is (notOwnContent). Ideas without an author (entered on paper, or
// the author's account erased) have no author and stay open to everyone.
const notOwnIdeaStatus = " && @request.body.idea.author != @request.auth.id"

// Nobody changes the status of their own idea; the status_changes create
// rule, which sync push checks too, gains the guard.
func init() {
	m.Register(func(app core.App) error {
		return editStatusChangeRule(app, func(rule string) (string, bool) {
			return rule + notOwnIdeaStatus, !strings.Contains(rule, notOwnIdeaStatus)
		})
	}, func(app core.App) error {
		return editStatusChangeRule(app, func(rule string) (string, bool) {
			return strings.Replace(rule, notOwnIdeaStatus, "", 1), strings.Contains(rule, notOwnIdeaStatus)
		})
	})
}

// editStatusChangeRule rewrites the status_changes create rule with edit,
// which also says whether the rule is in the state it expects.
func editStatusChangeRule(app core.App, edit func(rule string) (string, bool)) error {
	statusChanges, err := app.FindCollectionByNameOrId("status_changes")
	if err != nil {
		return err
	}
	if statusChanges.CreateRule == nil {
		return fmt.Errorf("status_changes has no create rule to guard")
	}
	rule, ok := edit(*statusChanges.CreateRule)
	if !ok {
		return fmt.Errorf("status_changes create rule is not as expected: %s", *statusChanges.CreateRule)
	}
	statusChanges.CreateRule = types.Pointer(rule)
	return app.Save(statusChanges)
}
