package participation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/sync"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Server-managed defaults of new contributions. A client may not set them
// (see the create rules); admin and demo data may.
func registerIdeas(app core.App) {
	app.OnRecordCreate("ideas").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetString("status") == "" {
			pre, err := premoderated(e.App, e.Record.GetString("region"))
			if err != nil {
				return err
			}
			e.Record.Set("status", domain.StatusPublished)
			if pre {
				e.Record.Set("status", domain.StatusSubmitted)
			}
		}
		defaultChannel(e.Record)
		return e.Next()
	})
	app.OnRecordCreate("feedback").BindFunc(func(e *core.RecordEvent) error {
		defaultChannel(e.Record)
		return e.Next()
	})
	app.OnRecordCreate("comments").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetString("state") == "" {
			e.Record.Set("state", domain.CommentVisible)
		}
		return e.Next()
	})
}

// premoderated reports whether new ideas in the region wait for a moderator:
// a district's setting applies to all its municipalities.
func premoderated(app core.App, regionId string) (bool, error) {
	var pre bool
	err := sync.PreparedQuery(app, `
		SELECT COALESCE(MAX(r.premoderation), FALSE) FROM regions r
		WHERE r.id = {:region} OR r.id = (SELECT `+domain.DistrictOfSQL("")+` FROM regions WHERE id = {:region})`).
		Bind(dbx.Params{"region": regionId}).Row(&pre)
	return pre, err
}

func defaultChannel(r *core.Record) {
	if r.GetString("channel") == "" {
		r.Set("channel", "app")
	}
}
