// Package accounts owns people's accounts: the moderator and staff roles
// derived from memberships, what others may see of an account, and a
// person's rights over their data (export and erasure).
package accounts

import "github.com/pocketbase/pocketbase/core"

// Register binds the account hooks and routes.
func Register(app core.App) {
	registerRoles(app)
	registerPrivacy(app)
	registerErasure(app)
}
