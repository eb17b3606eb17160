package migrations

import (
	"fmt"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// authorEditsComment is where the author clause of the comments update rule
// begins; editWhileVisible joins it.
var (
	authorEditsComment = "(" + isAuthor + " && "
	editWhileVisible   = "state = 'visible' && "
)

// An author edits their comment only while it is visible: a hidden comment
// stays as the moderator saw it, for the appeal and the log. REST and the
// sync kind comment.update (hooks/sync/kinds.go) decide by this one rule.
func init() {
	m.Register(func(app core.App) error {
		return editCommentUpdateRule(app, authorEditsComment, authorEditsComment+editWhileVisible)
	}, func(app core.App) error {
		return editCommentUpdateRule(app, authorEditsComment+editWhileVisible, authorEditsComment)
	})
}

func editCommentUpdateRule(app core.App, from, to string) error {
	comments, err := app.FindCollectionByNameOrId("comments")
	if err != nil {
		return err
	}
	if comments.UpdateRule == nil || !strings.HasPrefix(*comments.UpdateRule, from) {
		return fmt.Errorf("comments update rule: no author clause %q to edit", from)
	}
	rule := to + strings.TrimPrefix(*comments.UpdateRule, from)
	comments.UpdateRule = &rule
	return app.Save(comments)
}
