package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// insightIndexes serve the filters and sorts of the comparison and the open
// data at scale (issue 15, 100,000 ideas): the shared solutions of one
// service, searched without visiting every shared idea; the published
// feedback cells in month order; the latest rebuild.
var insightIndexes = []struct{ collection, name, columns string }{
	{"ideas", "idx_ideas_shared_solution_service", "shared_solution, service, region"},
	{"insight_feedback_months", "idx_insight_feedback_months_published_month", "published, month"},
	{"insight_rebuilds", "idx_insight_rebuilds_rebuilt", "rebuilt"},
}

func init() {
	m.Register(func(app core.App) error {
		for _, index := range insightIndexes {
			if err := changeCollection(app, index.collection, func(c *core.Collection) {
				c.AddIndex(index.name, false, index.columns, "")
			}); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		for _, index := range insightIndexes {
			if err := changeCollection(app, index.collection, func(c *core.Collection) {
				c.RemoveIndex(index.name)
			}); err != nil {
				return err
			}
		}
		return nil
	})
}
