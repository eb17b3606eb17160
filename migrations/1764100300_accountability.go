package migrations

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// ideaOfRecordPublic is domain.Idea.IsPublic as a rule on the idea a record belongs to.
var ideaOfRecordPublic = domain.PublicIdeaRule("idea.")

// Rule parts for records that hang off an idea.
const (
	moderatesIdea = "@request.auth.moderator_regions.id ?= idea.region"
	staffOfIdea   = "@request.auth.staff_regions.id ?= idea.region"
	// actsForBodyOrganization selects the signed-in person's membership in the
	// organization named in the request body; role checks then apply to that row.
	actsForBodyOrganization = "@collection.memberships.user ?= @request.auth.id && " +
		"@collection.memberships.organization ?= @request.body.organization"
	// bodyOrganizationCoversIdea mirrors hooks/accounts/roles.go: an organization acts in
	// its regions and in their direct children (a district's municipalities).
	bodyOrganizationCoversIdea = "@request.body.organization.verified = true && " +
		"(@request.body.organization.regions.id ?= @request.body.idea.region || " +
		"@request.body.organization.regions.id ?= @request.body.idea.region.parent)"
)

// Accountability: the public status history, endorsements by organizations,
// reports by citizens and the append-only moderation log.
func init() {
	m.Register(withCollections([]string{"ideas", "comments", "users", "organizations", "regions"}, func(app core.App, found []*core.Collection) error {
		ideas, comments, users, organizations, regions := found[0], found[1], found[2], found[3], found[4]

		// A status change is how an idea moves: hooks/accountability/lifecycle.go checks the
		// transition and updates the idea in the same transaction.
		statusChanges := core.NewBaseCollection("status_changes")
		// The author clause needs a signed-in person: for anonymous requests
		// @request.auth.id is empty and would match ideas without an author.
		readRules(statusChanges, types.Pointer("("+ideaOfRecordPublic+") || (@request.auth.id != '' && idea.author = @request.auth.id) || "+
			moderatesIdea+" || "+staffOfIdea))
		statusChanges.CreateRule = rule(signedIn, "@request.body.actor = @request.auth.id", unset("from"),
			actsForBodyOrganization,
			"(@collection.memberships.role ?= 'staff' || @collection.memberships.role ?= 'moderator')",
			bodyOrganizationCoversIdea)
		statusChanges.Fields.Add(
			relation("idea", ideas.Id, true, true),
			&core.SelectField{Name: "from", MaxSelect: 1, Values: IdeaStatuses, Help: "Set by hooks/lifecycle.go."},
			&core.SelectField{Name: "to", Required: true, MaxSelect: 1, Values: IdeaStatuses},
			&core.TextField{Name: "response", Max: 5000, Help: "The public response; required for every transition except publish."},
			relation("actor", users.Id, false, false),
			relation("organization", organizations.Id, false, false),
			&core.RelationField{Name: "merged_into", CollectionId: ideas.Id, MaxSelect: 1,
				Help: "Only for a change to merged: the idea that takes over the votes."},
		)
		timestamps(statusChanges)
		indexColumns(statusChanges, "idea, created", "organization")
		if err := app.Save(statusChanges); err != nil {
			return err
		}

		// Endorsements: a moderator of a verified organization supports an idea
		// in one of the organization's regions (a district includes its municipalities).
		endorsements := core.NewBaseCollection("endorsements")
		readRules(endorsements, types.Pointer("("+ideaOfRecordPublic+") || "+moderatesIdea))
		endorsements.CreateRule = rule(signedIn, "@request.body.by = @request.auth.id",
			actsForBodyOrganization, "@collection.memberships.role ?= 'moderator'", bodyOrganizationCoversIdea)
		endorsements.DeleteRule = types.Pointer("@collection.memberships.user ?= @request.auth.id && " +
			"@collection.memberships.organization ?= organization && @collection.memberships.role ?= 'moderator'")
		endorsements.Fields.Add(
			relation("idea", ideas.Id, true, true),
			relation("organization", organizations.Id, true, true),
			relation("by", users.Id, false, false),
			text("note", false, 0, 500),
		)
		timestamps(endorsements)
		endorsements.AddIndex("idx_endorsements_idea_organization", true, "idea, organization", "")
		endorsements.AddIndex("idx_endorsements_organization", false, "organization", "")
		if err := app.Save(endorsements); err != nil {
			return err
		}

		reports := core.NewBaseCollection("reports")
		acceptClientIds(reports)
		// Each moderator clause needs its target set: a report has an idea or a
		// comment, and the empty side's region would equal the empty region list
		// of everyone who moderates nowhere (anonymous, citizens, staff).
		readRules(reports, types.Pointer("reporter = @request.auth.id || (idea != '' && "+moderatesIdea+
			") || (comment != '' && @request.auth.moderator_regions.id ?= comment.idea.region)"))
		reports.CreateRule = rule(signedIn, "@request.body.reporter = @request.auth.id", unset("dismissed"))
		reports.Fields.Add(
			relation("reporter", users.Id, true, true),
			relation("idea", ideas.Id, false, true),
			relation("comment", comments.Id, false, true),
			choice("reason", true, "spam", "offensive", "personal_data", "off_topic", "other"),
			text("note", false, 0, 500),
			&core.BoolField{Name: "dismissed", Help: "Set when a moderator restores the content; dismissed reports no longer count."},
		)
		timestamps(reports)
		reports.AddIndex("idx_reports_reporter_target", true, "reporter, idea, comment", "")
		indexColumns(reports, "idea", "comment")
		if err := app.Save(reports); err != nil {
			return err
		}

		// Written only by hooks; hooks/moderation/log.go refuses every update and delete.
		moderationLog := core.NewBaseCollection("moderation_log")
		readRules(moderationLog, types.Pointer("@request.auth.moderator_regions.id ?= region"))
		moderationLog.Fields.Add(
			relation("actor", users.Id, false, false),
			relation("organization", organizations.Id, false, false),
			choice("action", true, "publish", "hide", "restore", "merge", "endorse", "withdraw_endorsement", "transition",
				"appeal_upheld", "appeal_rejected"),
			&core.TextField{Name: "target_collection", Required: true, Max: 40},
			&core.TextField{Name: "target_id", Required: true, Max: 36},
			relation("region", regions.Id, true, false),
			text("reason", false, 0, 2000),
		)
		moderationLog.Fields.Add(&core.AutodateField{Name: "created", OnCreate: true})
		moderationLog.AddIndex("idx_moderation_log_region_created", false, "region, created", "")
		moderationLog.AddIndex("idx_moderation_log_target", false, "target_id", "")
		return app.Save(moderationLog)
	}), func(app core.App) error {
		return deleteCollections(app, "moderation_log", "reports", "endorsements", "status_changes")
	})
}
