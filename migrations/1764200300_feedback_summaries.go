package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Feedback summaries: the public, k-anonymous face of feedback_stats. The
// exact counters become readable by superusers only: a count, mean or
// histogram of one or two people in a village is their rating. The public
// reads feedback_summaries instead, whose rows exist only for groups of at
// least --minGroupSize people and change only in batches (docs/privacy-aggregates.md).
// A summary has no created or updated field: a timestamp would tell when a
// single rating arrived.
//
// feedback_stats gains "pending": the contributors (author id, or entry id
// for an entry without an account) whose entries changed since the group's
// summary was last published. The migration seeds it with every contributor,
// so the first publication pass of the server publishes the groups that are
// large enough.
func init() {
	m.Register(withCollections([]string{"services", "regions"}, func(app core.App, found []*core.Collection) error {
		if err := changeCollection(app, "feedback_stats", func(stats *core.Collection) {
			stats.ListRule = nil
			stats.ViewRule = nil
			stats.Fields.Add(&core.JSONField{Name: "pending", MaxSize: 1 << 20,
				Help: "Contributors since the last publication; maintained by hooks/feedback_stats.go."})
		}); err != nil {
			return err
		}
		if err := seedPendingContributors(app); err != nil {
			return err
		}

		services, regions := found[0], found[1]
		summaries := core.NewBaseCollection("feedback_summaries")
		readRules(summaries, types.Pointer(""))
		summaries.Fields.Add(
			relation("service", services.Id, true, true),
			relation("region", regions.Id, true, false),
			&core.NumberField{Name: "count", OnlyInt: true, Min: types.Pointer(0.0)},
			&core.NumberField{Name: "mean", Min: types.Pointer(1.0), Max: types.Pointer(5.0)},
		)
		for _, name := range feedbackCounters()[2:] { // the histogram and the barriers
			summaries.Fields.Add(&core.NumberField{Name: name, OnlyInt: true, Min: types.Pointer(0.0),
				Help: "Published by hooks/feedback_summaries.go."})
		}
		summaries.AddIndex("idx_feedback_summaries_service_region", true, "service, region", "")
		summaries.AddIndex("idx_feedback_summaries_region", false, "region", "")
		return app.Save(summaries)
	}), func(app core.App) error {
		if err := deleteCollections(app, "feedback_summaries"); err != nil {
			return err
		}
		return changeCollection(app, "feedback_stats", func(stats *core.Collection) {
			readRules(stats, types.Pointer(""))
			stats.Fields.RemoveByName("pending")
		})
	})
}

// seedPendingContributors marks everyone who gave feedback so far as not yet
// published.
func seedPendingContributors(app core.App) error {
	_, err := app.DB().NewQuery(`
		UPDATE feedback_stats SET pending = (
			SELECT json_group_array(DISTINCT ` + FeedbackContributor + `) FROM feedback
			WHERE feedback.service = feedback_stats.service AND feedback.region = feedback_stats.region)`).Execute()
	return err
}

// FeedbackContributor is the SQL over a feedback row that names the person
// behind it: the author, or for an entry without an account (assisted or on
// paper) the entry itself, since nothing tells whether two such entries came
// from one person. participation.contributorOf (hooks/participation/feedback_stats.go) is its Go twin.
const FeedbackContributor = "(CASE WHEN author != '' THEN author ELSE id END)"
