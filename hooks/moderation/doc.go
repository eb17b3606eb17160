// Package moderation owns what moderators do and what people ask of them:
// hiding and unhiding, reports (and hiding at the report threshold), report
// dismissal, appeals, endorsements by organizations, and the append-only
// moderation log.
package moderation

import "github.com/pocketbase/pocketbase/core"

// Register binds the moderation hooks. reportThreshold is how many different
// people must report a contribution before it is hidden.
func Register(app core.App, reportThreshold int) {
	registerModeration(app)
	registerModerationLog(app)
	registerReports(app, reportThreshold)
	registerReportDismissal(app)
	registerEndorsements(app)
	registerAppeals(app)
}
