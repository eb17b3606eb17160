package platform

import (
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// maxBodyBytes bounds every request body. No collection takes file uploads,
// and the longest text field is 5,000 characters.
const maxBodyBytes = 256 << 10

// Rate limits are PocketBase settings (see the settings migration); the body
// limit is a middleware for every route.
func registerLimits(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		// Its own id: PocketBase's per-collection body limit (32 MB) shares the
		// default id and would replace a plain apis.BodyLimit on record routes.
		limit := apis.BodyLimit(maxBodyBytes)
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{
			Id:       "mitwirkenBodyLimit",
			Priority: apis.DefaultBodyLimitMiddlewarePriority - 1,
			Func:     limit.Func,
		})
		return se.Next()
	})
}
