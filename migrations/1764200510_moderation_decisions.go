package migrations

import (
	"fmt"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// notOwnContent keeps a moderator from deciding about their own idea or
// comment: hiding, restoring, or answering a report on it is a colleague's call.
const notOwnContent = "author != @request.auth.id"

// ownContentGuards are where the moderator clauses of the ideas and comments
// update rules begin; the up adds notOwnContent right after each, the down removes it.
var ownContentGuards = map[string]string{
	"ideas":    "(" + moderatesRegion + " && ",
	"comments": "(@request.auth.moderator_regions.id ?= idea.region && ",
}

// moderationActionsFirst are the actions of the first moderation log schema.
var moderationActionsFirst = []string{"publish", "hide", "restore", "merge", "endorse", "withdraw_endorsement", "transition",
	"appeal_upheld", "appeal_rejected"}

// Moderation decisions: a moderator dismisses a report with a reason (and the
// log keeps it), and nobody moderates their own content.
func init() {
	m.Register(withCollections([]string{"users", "reports"}, func(app core.App, found []*core.Collection) error {
		users, reports := found[0], found[1]
		reports.Fields.Add(
			text("dismiss_reason", false, 0, 1000),
			&core.RelationField{Name: "dismissed_by", CollectionId: users.Id, MaxSelect: 1, Hidden: true,
				Help: "The moderator who dismissed the report; set by hooks/report_dismissal.go."},
		)
		// A moderator of the content's region dismisses an open report with a
		// reason, unless the content is their own.
		reports.UpdateRule = rule(
			"((idea != '' && "+moderatesIdea+" && idea."+notOwnContent+") || "+
				"(comment != '' && @request.auth.moderator_regions.id ?= comment.idea.region && comment."+notOwnContent+"))",
			"dismissed = false", "@request.body.dismissed = true", "@request.body.dismiss_reason != ''",
			onlyFields(reports, "dismissed", "dismiss_reason"))
		// The create rule listed the fields a reporter may not set; the new ones join them.
		reports.CreateRule = rule(signedIn, "@request.body.reporter = @request.auth.id", unset("dismissed", "dismiss_reason", "dismissed_by"),
			actsOn("idea", ideaVisibleAt), actsOn("comment", commentVisibleAt))
		if err := app.Save(reports); err != nil {
			return err
		}

		if err := changeCollection(app, "moderation_log", func(log *core.Collection) {
			log.Fields.Add(choice("action", true, append(moderationActionsFirst, "dismiss_report")...))
		}); err != nil {
			return err
		}
		return editOwnContentGuards(app, func(rule, guard string) string {
			return strings.Replace(rule, guard, guard+notOwnContent+" && ", 1)
		})
	}), func(app core.App) error {
		if err := editOwnContentGuards(app, func(rule, guard string) string {
			return strings.Replace(rule, guard+notOwnContent+" && ", guard, 1)
		}); err != nil {
			return err
		}
		log, err := app.FindCollectionByNameOrId("moderation_log")
		if err != nil {
			return err
		}
		if _, err := app.DB().NewQuery("DELETE FROM moderation_log WHERE action = 'dismiss_report'").Execute(); err != nil {
			return err
		}
		log.Fields.Add(choice("action", true, moderationActionsFirst...))
		if err := app.Save(log); err != nil {
			return err
		}
		return changeCollection(app, "reports", func(reports *core.Collection) {
			reports.Fields.RemoveByName("dismiss_reason")
			reports.Fields.RemoveByName("dismissed_by")
			reports.UpdateRule = nil
			reports.CreateRule = rule(signedIn, "@request.body.reporter = @request.auth.id", unset("dismissed"),
				actsOn("idea", ideaVisibleAt), actsOn("comment", commentVisibleAt))
		})
	})
}

// editOwnContentGuards rewrites the moderator clause of the ideas and comments
// update rules with edit; it fails if a rule no longer has the clause.
func editOwnContentGuards(app core.App, edit func(rule, guard string) string) error {
	for name, guard := range ownContentGuards {
		c, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			return err
		}
		if c.UpdateRule == nil || !strings.Contains(*c.UpdateRule, guard) {
			return fmt.Errorf("%s update rule has no moderator clause %q", name, guard)
		}
		c.UpdateRule = types.Pointer(edit(*c.UpdateRule, guard))
		if err := app.Save(c); err != nil {
			return err
		}
	}
	return nil
}
