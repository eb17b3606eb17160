package migrations

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// ideaPublic is domain.Idea.IsPublic as a rule on the ideas collection;
// isAuthor is the rule part of the record's author (domain.OwnedByRule).
var (
	ideaPublic = domain.PublicIdeaRule("")
	isAuthor   = domain.OwnedByRule("author")
)

// Rule parts shared by the participation collections.
const (
	moderatesRegion = "@request.auth.moderator_regions.id ?= region"
	staffOfRegion   = "@request.auth.staff_regions.id ?= region"
	// entryChannel: a person enters a contribution in their own name through
	// the app, or a member of a verified organization enters it for someone
	// who is not online (assisted, paper), recording only that they consented.
	entryChannel = "(((@request.body.channel:isset = false || @request.body.channel = 'app') && " +
		"@request.body.author = @request.auth.id && @request.body.organization:isset = false && " +
		"@request.body.consent:isset = false && @request.body.entered_by:isset = false) || " +
		"((@request.body.channel = 'assisted' || @request.body.channel = 'paper') && @request.body.consent = true && " +
		"@request.body.entered_by = @request.auth.id && @request.body.author:isset = false && " +
		"@request.body.organization.verified = true && @collection.memberships.user ?= @request.auth.id && " +
		"@collection.memberships.organization ?= @request.body.organization))"
)

// Participation: ideas, votes, comments and feedback on services. Devices
// create all of them offline, so all of them accept client-chosen ids.
func init() {
	m.Register(withCollections([]string{"regions", "services", "users", "organizations"}, func(app core.App, found []*core.Collection) error {
		regions, services, users, organizations := found[0], found[1], found[2], found[3]

		ideas := core.NewBaseCollection("ideas")
		acceptClientIds(ideas)
		ideas.Fields.Add(
			text("title", true, 5, 140),
			text("body", true, 10, 5000),
			relation("region", regions.Id, true, false),
			relation("service", services.Id, false, false),
			&core.SelectField{Name: "topic", MaxSelect: 1, Values: Topics},
			// Not required, so that deleting an account keeps the idea but drops the link.
			relation("author", users.Id, false, false),
			&core.TextField{Name: "author_name", Max: 40, Help: "Copy of the author's display name, kept by hooks/authors.go."},
			&core.SelectField{Name: "status", Required: true, MaxSelect: 1, Values: IdeaStatuses,
				Help: "Changed only by creating a status_changes record (hooks/lifecycle.go)."},
			&core.NumberField{Name: "votes_count", OnlyInt: true, Min: types.Pointer(0.0), Help: "Maintained by hooks/votes.go."},
			&core.NumberField{Name: "comments_count", OnlyInt: true, Min: types.Pointer(0.0), Help: "Maintained by hooks/comments.go."},
			choice("channel", false, Channels...),
			&core.BoolField{Name: "hidden", Help: "Hidden by a moderator or by reports; visible only to its author and moderators."},
			hiddenReason(),
			&core.SelectField{Name: "moderation_reason", MaxSelect: 1, Values: ModerationReasons,
				Help: "The reason a moderator gives when hiding; shown to the author."},
			text("moderation_note", false, 0, 1000),
			&core.BoolField{Name: "shared_solution",
				Help: "Set by staff on an implemented idea: other municipalities see it under Lösungen aus der Region and may adopt it."},
		)
		assistedEntryFields(ideas, users.Id, organizations.Id)
		timestamps(ideas)
		if err := app.Save(ideas); err != nil {
			return err
		}
		ideas.Fields.Add(
			&core.RelationField{Name: "merged_into", CollectionId: ideas.Id, MaxSelect: 1},
			&core.RelationField{Name: "adopted_from", CollectionId: ideas.Id, MaxSelect: 1,
				Help: "The shared solution of another municipality this idea adopts."},
		)
		readRules(ideas, types.Pointer("("+ideaPublic+") || "+isAuthor+" || "+moderatesRegion+" || "+staffOfRegion))
		ideas.CreateRule = rule(signedIn,
			onlyFields(ideas, "title", "body", "region", "service", "topic", "author", "channel", "organization", "consent", "entered_by"),
			entryChannel)
		ideas.UpdateRule = types.Pointer(
			"(" + isAuthor + " && status = 'submitted' && " + onlyFields(ideas, "title", "body", "service", "topic") + ") || " +
				"(" + moderatesRegion + " && " + onlyFields(ideas, "hidden", "moderation_reason", "moderation_note") + ") || " +
				"(" + staffOfRegion + " && status = 'implemented' && " + onlyFields(ideas, "shared_solution") + ")")
		ideas.DeleteRule = types.Pointer(isAuthor + " && status = 'submitted'")
		ideas.AddIndex("idx_ideas_adopted_from", false, "adopted_from", "")
		ideas.AddIndex("idx_ideas_shared_solution", false, "shared_solution", "shared_solution = TRUE")
		ideas.AddIndex("idx_ideas_region_created", false, "region, created", "")
		ideas.AddIndex("idx_ideas_region_votes", false, "region, votes_count", "")
		indexColumns(ideas, "region, status", "status", "author", "service", "merged_into", "created")
		ideas.AddIndex("idx_ideas_votes", false, "votes_count", "")
		if err := app.Save(ideas); err != nil {
			return err
		}

		// Votes are private: a person sees only their own, everyone sees the counters.
		votes := core.NewBaseCollection("votes")
		acceptClientIds(votes)
		readRules(votes, types.Pointer("user = @request.auth.id"))
		votes.CreateRule = rule(signedIn, "@request.body.user = @request.auth.id")
		votes.DeleteRule = types.Pointer("user = @request.auth.id")
		votes.Fields.Add(
			relation("user", users.Id, true, true),
			relation("idea", ideas.Id, true, true),
		)
		timestamps(votes)
		votes.AddIndex("idx_votes_user_idea", true, "user, idea", "")
		votes.AddIndex("idx_votes_idea", false, "idea", "")
		if err := app.Save(votes); err != nil {
			return err
		}

		comments := core.NewBaseCollection("comments")
		acceptClientIds(comments)
		comments.Fields.Add(
			relation("idea", ideas.Id, true, true),
			relation("author", users.Id, false, false),
			&core.TextField{Name: "author_name", Max: 40},
			text("body", true, 1, 2000),
			&core.SelectField{Name: "state", Required: true, MaxSelect: 1, Values: []string{"visible", "hidden"},
				Help: "Moderation state: hidden comments are seen only by their author and moderators."},
			hiddenReason(),
			&core.SelectField{Name: "moderation_reason", MaxSelect: 1, Values: ModerationReasons},
			text("moderation_note", false, 0, 1000),
		)
		readRules(comments, types.Pointer("("+domain.VisibleCommentRule("")+" && "+domain.PublicIdeaRule("idea.")+") || "+
			isAuthor+" || @request.auth.moderator_regions.id ?= idea.region"))
		comments.CreateRule = rule(signedIn, "@request.body.author = @request.auth.id", onlyFields(comments, "idea", "author", "body"),
			domain.PublicIdeaRule("@request.body.idea."))
		comments.UpdateRule = types.Pointer("(" + isAuthor + " && " + onlyFields(comments, "body") + ") || " +
			"(@request.auth.moderator_regions.id ?= idea.region && " + onlyFields(comments, "state", "moderation_reason", "moderation_note") + ")")
		comments.DeleteRule = types.Pointer(isAuthor)
		timestamps(comments)
		indexColumns(comments, "idea, created", "author", "state")
		if err := app.Save(comments); err != nil {
			return err
		}

		// Single feedback entries stay with their author and the responsible
		// moderators and staff; the public sees aggregates only.
		feedback := core.NewBaseCollection("feedback")
		acceptClientIds(feedback)
		feedback.Fields.Add(
			relation("service", services.Id, true, true),
			relation("region", regions.Id, true, false),
			&core.NumberField{Name: "rating", Required: true, OnlyInt: true, Min: types.Pointer(1.0), Max: types.Pointer(5.0)},
			text("text", false, 0, 2000),
			&core.SelectField{Name: "barriers", MaxSelect: len(barriersFirst), Values: barriersFirst},
			choice("channel", false, Channels...),
			// Not required: assisted and paper entries have no account behind them.
			relation("author", users.Id, false, false),
		)
		assistedEntryFields(feedback, users.Id, organizations.Id)
		readRules(feedback, types.Pointer(isAuthor+" || "+moderatesRegion+" || "+staffOfRegion+
			" || "+domain.OwnedByRule("entered_by")))
		feedback.CreateRule = rule(signedIn,
			onlyFields(feedback, "service", "region", "rating", "text", "barriers", "author", "channel", "organization", "consent", "entered_by"),
			entryChannel)
		feedback.UpdateRule = rule(isAuthor, onlyFields(feedback, "rating", "text", "barriers"))
		feedback.DeleteRule = types.Pointer(isAuthor)
		timestamps(feedback)
		feedback.AddIndex("idx_feedback_service_region", false, "service, region", "")
		feedback.AddIndex("idx_feedback_author_service_region", false, "author, service, region, created", "")
		indexColumns(feedback, "region", "created")
		return app.Save(feedback)
	}), func(app core.App) error {
		return deleteCollections(app, "feedback", "comments", "votes", "ideas")
	})
}
