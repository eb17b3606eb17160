package migrations

import (
	"fmt"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Insight aggregates: what the comparison across municipalities, the
// transparency pages and the open data read, rebuilt nightly from the raw
// records by hooks/insight. They have no API rules, so only superusers list
// them over REST; everyone else reads them through the insight routes, which
// show a feedback cell only when it is published (k-anonymous,
// docs/privacy-aggregates.md). docs/insight.md documents the columns.
func init() {
	m.Register(func(app core.App) error {
		services, err := app.FindCollectionByNameOrId("services")
		if err != nil {
			return err
		}
		regions, err := app.FindCollectionByNameOrId("regions")
		if err != nil {
			return err
		}

		// Feedback per service, region and calendar month, with the exact
		// counters; "published" says whether the public may see the cell.
		feedbackMonths := core.NewBaseCollection("insight_feedback_months")
		feedbackMonths.Fields.Add(
			relation("service", services.Id, true, true),
			relation("region", regions.Id, true, true),
			&core.TextField{Name: "month", Required: true, Pattern: `^[0-9]{4}-[0-9]{2}$`, Help: "YYYY-MM of the entries' creation."},
			aggregateCount("people", "Distinct contributors (migrations.FeedbackContributor)."),
			aggregateCount("count", "Entries."),
			aggregateCount("rating_sum", "Sum of the stars."),
		)
		for rating := 1; rating <= 5; rating++ {
			feedbackMonths.Fields.Add(aggregateCount(fmt.Sprintf("rating_%d", rating), "Entries with this many stars."))
		}
		for _, barrier := range Barriers {
			feedbackMonths.Fields.Add(aggregateCount("barrier_"+barrier, "Entries that report this barrier."))
		}
		feedbackMonths.Fields.Add(&core.BoolField{Name: "published",
			Help: "At least --minGroupSize people, a complete month, and not held back to protect a smaller cell."})
		feedbackMonths.AddIndex("idx_insight_feedback_months_key", true, "service, region, month", "")
		feedbackMonths.AddIndex("idx_insight_feedback_months_region_month", false, "region, month", "")
		feedbackMonths.AddIndex("idx_insight_feedback_months_month", false, "month", "")
		if err := app.Save(feedbackMonths); err != nil {
			return err
		}

		// Public ideas per region, service, topic, status and month of
		// creation. Ideas are public records, so their counts need no threshold.
		ideaMonths := core.NewBaseCollection("insight_idea_months")
		ideaMonths.Fields.Add(
			relation("region", regions.Id, true, true),
			relation("service", services.Id, false, true),
			&core.TextField{Name: "topic", Max: 40},
			&core.TextField{Name: "status", Required: true, Max: 20},
			&core.TextField{Name: "month", Required: true, Pattern: `^[0-9]{4}-[0-9]{2}$`},
			aggregateCount("count", "Public ideas."),
		)
		ideaMonths.AddIndex("idx_insight_idea_months_key", true, "region, service, topic, status, month", "")
		ideaMonths.AddIndex("idx_insight_idea_months_service_region", false, "service, region", "")
		ideaMonths.AddIndex("idx_insight_idea_months_month", false, "month", "")
		if err := app.Save(ideaMonths); err != nil {
			return err
		}

		// How quickly each region answers: the responsiveness figure of GET
		// /api/regions/{id}/responsiveness, a district including its municipalities.
		responses := core.NewBaseCollection("insight_responses")
		responses.Fields.Add(
			relation("region", regions.Id, true, true),
			aggregateCount("answered", "Public ideas with a first response."),
			aggregateCount("unanswered", "Public ideas still waiting."),
			&core.NumberField{Name: "median_days", Min: types.Pointer(0.0), Help: "Median days to the first response; 0 when none was answered."},
			&core.NumberField{Name: "oldest_unanswered_days", Min: types.Pointer(0.0)},
		)
		responses.AddIndex("idx_insight_responses_region", true, "region", "")
		return app.Save(responses)
	}, func(app core.App) error {
		return deleteCollections(app, "insight_responses", "insight_idea_months", "insight_feedback_months")
	})
}

// aggregateCount is a non-negative whole-number field of an aggregate.
func aggregateCount(name, help string) *core.NumberField {
	return &core.NumberField{Name: name, OnlyInt: true, Min: types.Pointer(0.0), Help: help}
}
