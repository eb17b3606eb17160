// Package themes finds the recurring themes in the free text of ideas and
// feedback of a district, across its municipalities, so that staff see "11
// municipalities: appointment booking fails on the phone" instead of 40
// separate entries. It runs on the server's CPU with the same text analysis
// as the duplicate check, stores its result in the themes collection
// (nightly and on demand) and answers GET /api/insight/themes?region={district}.
//
// Only k-anonymous figures leave it: a theme is shown when at least
// MinGroupSize different people wrote in it, and every count of fewer people
// is null. Its examples are titles of public ideas; feedback text, which only
// its author and the region's moderators and staff may read, is counted and
// never shown.
package themes

import "github.com/pocketbase/pocketbase/core"

// Config is what the themes take from the rest of the application.
type Config struct {
	// MinGroupSize is k: the fewest different people behind a shown figure.
	MinGroupSize int
	// Terms is the text analysis of the search index.
	Terms func(text string) []string
	// IdeaIsPublic is the rule of which ideas everyone may see.
	IdeaIsPublic func(idea *core.Record) bool
}

// Register schedules the nightly recomputation and adds the route.
func Register(app core.App, cfg Config) {
	app.Cron().MustAdd("mitwirkenThemes", "40 3 * * *", func() {
		if err := Rebuild(app, cfg); err != nil {
			app.Logger().Error("themes: recomputing failed", "error", err)
		}
	})
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/insight/themes", func(e *core.RequestEvent) error { return listThemes(e, cfg) })
		return se.Next()
	})
}
