package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// A comparison lists the first five shared solutions of each municipality
// by title. Through idx_ideas_shared_solution_service SQLite loaded every
// shared idea of the service in the district to rank them by title: 3-4 ms
// at 333 of them, half of a computed comparison. This index holds only
// shared ideas, in title order per service and municipality, with what the
// public-idea check reads, so the ranking reads the index alone.
func init() {
	m.Register(func(app core.App) error {
		return changeCollection(app, "ideas", func(c *core.Collection) {
			c.RemoveIndex("idx_ideas_shared_solution_service")
			c.AddIndex("idx_ideas_shared_solutions_by_title", false, "service, region, title, id, status, hidden", "shared_solution = TRUE")
		})
	}, func(app core.App) error {
		return changeCollection(app, "ideas", func(c *core.Collection) {
			c.RemoveIndex("idx_ideas_shared_solutions_by_title")
			c.AddIndex("idx_ideas_shared_solution_service", false, "shared_solution, service, region", "")
		})
	})
}
