package migrations

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// targetsActedOn are, per collection, the relation fields naming what a new
// record acts on, with who may see each (migrations/visibility.go).
var targetsActedOn = []struct {
	collection string
	parts      []string
}{
	{"votes", []string{actsOn("idea", ideaVisibleAt)}},
	{"comments", []string{actsOn("idea", ideaVisibleAt)}},
	{"endorsements", []string{actsOn("idea", ideaVisibleAt)}},
	{"reports", []string{actsOn("idea", ideaVisibleAt), actsOn("comment", commentVisibleAt)}},
	{"appeals", []string{actsOn("idea", ideaVisibleAt), actsOn("comment", commentVisibleAt)}},
}

// Only what a person can see can be acted on: before, a stranger could report
// an idea that waits for pre-moderation (and hide it with two more accounts),
// and a vote's refusal told whether an unseen idea existed. The ideas' and
// comments' own rules are rebuilt from the same statement, unchanged in meaning.
func init() {
	m.Register(func(app core.App) error {
		if err := setViewRules(app, "ideas", ideaVisibleAt("")); err != nil {
			return err
		}
		if err := setViewRules(app, "comments", commentVisibleAt("")); err != nil {
			return err
		}
		for _, t := range targetsActedOn {
			if err := changeCollection(app, t.collection, func(c *core.Collection) {
				c.CreateRule = types.Pointer(*c.CreateRule + " && " + strings.Join(t.parts, " && "))
			}); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		for _, t := range targetsActedOn {
			if err := changeCollection(app, t.collection, func(c *core.Collection) {
				c.CreateRule = types.Pointer(strings.TrimSuffix(*c.CreateRule, " && "+strings.Join(t.parts, " && ")))
			}); err != nil {
				return err
			}
		}
		if err := setViewRules(app, "comments", "("+domain.VisibleCommentRule("")+" && "+domain.PublicIdeaRule("idea.")+") || "+
			isAuthor+" || @request.auth.moderator_regions.id ?= idea.region"); err != nil {
			return err
		}
		return setViewRules(app, "ideas", "("+ideaPublic+") || "+isAuthor+" || "+moderatesRegion+" || "+staffOfRegion+" || "+enteredByMe)
	})
}

// setViewRules sets a collection's list and view rule to the same expression.
func setViewRules(app core.App, collection, expression string) error {
	return changeCollection(app, collection, func(c *core.Collection) {
		readRules(c, types.Pointer(expression))
	})
}
