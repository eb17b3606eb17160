// Package participation owns what people contribute: ideas (their server-set
// defaults), votes, comments and feedback on services, the author name copied
// onto a contribution, and the counters that follow them (vote and comment
// counts, feedback statistics and the public feedback summaries).
package participation

import "github.com/pocketbase/pocketbase/core"

// Register binds the participation hooks and routes. minGroupSize is how many
// different people must have rated a service before its figures are public.
func Register(app core.App, minGroupSize int) {
	registerAuthors(app)
	registerIdeas(app)
	registerVotes(app)
	keepStoredCounters(app)
	registerComments(app)
	registerFeedback(app, minGroupSize)
	registerRecount(app)
}
