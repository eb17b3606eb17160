package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// queueIndexes serve the filters and sorts of the moderators' workspace
// (open reports and appeals oldest first, hidden ideas) and the solutions
// from the region. The shared_solution index was partial, and SQLite uses a
// partial index only when the query repeats its condition, which a
// PocketBase filter does not; it becomes a plain one.
var queueIndexes = []plainIndex{
	{"reports", "idx_reports_dismissed_created", "dismissed, created", ""},
	{"ideas", "idx_ideas_hidden", "hidden", ""},
	{"appeals", "idx_appeals_status_created", "status, created", ""},
	{"ideas", "idx_ideas_shared_solution", "shared_solution", "shared_solution = TRUE"},
}

func init() {
	m.Register(func(app core.App) error {
		return addIndexes(app, queueIndexes)
	}, func(app core.App) error {
		return removeIndexes(app, queueIndexes)
	})
}
