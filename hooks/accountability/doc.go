// Package accountability owns how the municipality answers: the lifecycle of
// an idea (status changes with a public response), merging duplicates,
// adoptions of other municipalities' solutions and the responsiveness figures
// of a region.
package accountability

import "github.com/pocketbase/pocketbase/core"

// Register binds the accountability hooks and routes.
func Register(app core.App) {
	registerLifecycle(app)
	registerAdoptions(app)
	registerResponsiveness(app)
}
