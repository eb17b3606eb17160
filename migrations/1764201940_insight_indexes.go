package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// insightIndexes serve the filters and sorts of the comparison and the open
// data at scale (issue 15, 100,000 ideas): the shared solutions of one
// service, searched without visiting every shared idea; the published
// feedback cells in month order; the latest rebuild.
var insightIndexes = []plainIndex{
	{"ideas", "idx_ideas_shared_solution_service", "shared_solution, service, region", ""},
	{"insight_feedback_months", "idx_insight_feedback_months_published_month", "published, month", ""},
	{"insight_rebuilds", "idx_insight_rebuilds_rebuilt", "rebuilt", ""},
}

func init() {
	m.Register(func(app core.App) error {
		return addIndexes(app, insightIndexes)
	}, func(app core.App) error {
		return removeIndexes(app, insightIndexes)
	})
}
