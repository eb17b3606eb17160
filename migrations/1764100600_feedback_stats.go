package migrations

import (
	"fmt"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Feedback stats: one row per service and region with the counters the public
// aggregate is computed from, so that reading it never scans single entries.
// Everyone may read the rows; only hooks/participation/feedback_stats.go writes them (and a
// superuser by hand, which the nightly recount would repair).
func init() {
	m.Register(withCollections([]string{"services", "regions"}, func(app core.App, found []*core.Collection) error {
		services, regions := found[0], found[1]

		stats := core.NewBaseCollection("feedback_stats")
		readRules(stats, types.Pointer(""))
		stats.Fields.Add(
			relation("service", services.Id, true, true),
			relation("region", regions.Id, true, false),
		)
		for _, name := range feedbackCounters() {
			stats.Fields.Add(&core.NumberField{Name: name, OnlyInt: true, Min: types.Pointer(0.0),
				Help: "Maintained by hooks/feedback_stats.go."})
		}
		timestamps(stats)
		stats.AddIndex("idx_feedback_stats_service_region", true, "service, region", "")
		stats.AddIndex("idx_feedback_stats_region", false, "region", "")
		if err := app.Save(stats); err != nil {
			return err
		}
		return backfillFeedbackStats(app)
	}), func(app core.App) error {
		return deleteCollections(app, "feedback_stats")
	})
}

// feedbackCounters names the counter fields of a feedback_stats row.
func feedbackCounters() []string {
	names := []string{"count", "rating_sum"}
	for rating := 1; rating <= 5; rating++ {
		names = append(names, fmt.Sprintf("rating_%d", rating))
	}
	for _, barrier := range barriersFirst {
		names = append(names, "barrier_"+barrier)
	}
	return names
}

// backfillFeedbackStats counts the feedback that existed before this
// migration; from here on the hooks keep the rows exact.
func backfillFeedbackStats(app core.App) error {
	columns := []string{"count", "rating_sum", "rating_1", "rating_2", "rating_3", "rating_4", "rating_5"}
	sums := []string{"COUNT(*)", "SUM(rating)", "SUM(rating = 1)", "SUM(rating = 2)", "SUM(rating = 3)", "SUM(rating = 4)", "SUM(rating = 5)"}
	for _, barrier := range barriersFirst {
		columns = append(columns, "barrier_"+barrier)
		sums = append(sums, "SUM(EXISTS (SELECT 1 FROM json_each(barriers) WHERE value = '"+barrier+"'))")
	}
	_, err := app.DB().NewQuery(`
		INSERT INTO feedback_stats (service, region, ` + strings.Join(columns, ", ") + `, created, updated)
		SELECT service, region, ` + strings.Join(sums, ", ") + `,
			strftime('%Y-%m-%d %H:%M:%fZ', 'now'), strftime('%Y-%m-%d %H:%M:%fZ', 'now')
		FROM feedback GROUP BY service, region`).Execute()
	return err
}
