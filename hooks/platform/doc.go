// Package platform owns what holds for every request and every record rather
// than one concern: body limits, characters allowed in text, security headers
// and CORS, redaction of personal data in logs, the superuser's second factor,
// the embedded PWA, the operator's public settings, and the page pool that
// every SQLite page cache of the process shares (set up by main.go).
package platform

import "github.com/pocketbase/pocketbase/core"

// Register binds the platform hooks and routes. allowedOrigins may call the
// API from a browser besides the platform's own; contactEmail is shown in the
// accessibility statement.
func Register(app core.App, allowedOrigins []string, contactEmail string) {
	registerLimits(app)
	registerTextCharacters(app)
	registerLogRedaction(app)
	registerSecurityHeaders(app, allowedOrigins)
	registerSuperuserMFA(app)
	registerPlatform(app, contactEmail)
}
