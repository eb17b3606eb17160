// Package notifications owns the inbox: writing a notice in the transaction
// of the event it tells of, and sending it by email to those who want that.
package notifications

import "github.com/pocketbase/pocketbase/core"

// Register binds the email delivery of notifications.
func Register(app core.App) {
	registerEmailNotifications(app)
}
