package metrics

import (
	"errors"
	"strconv"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"
)

// requestsPriority runs the count outside PocketBase's rate limiter and
// activity logger, so that refused (429) requests are counted too.
const requestsPriority = apis.DefaultActivityLoggerMiddlewarePriority - 10

// registerRequests counts every request by its route pattern, such as
// "GET /api/collections/{collection}/records/{id}": the pattern, never the
// path, so that no record id becomes a label.
func registerRequests(app core.App, m *appMetrics) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{
			Func: func(e *core.RequestEvent) error {
				started := time.Now()
				err := e.Next()
				pattern := e.Request.Pattern
				if pattern == "" || pattern == "/" {
					pattern = "unmatched"
				}
				m.requests.WithLabelValues(pattern, strconv.Itoa(status(e, err))).Inc()
				m.durations.WithLabelValues(pattern).Observe(time.Since(started).Seconds())
				return err
			},
			Priority: requestsPriority,
		})
		return se.Next()
	})
}

// status is the code the client gets: the written one, or the one of the
// error that PocketBase's error handler will write.
func status(e *core.RequestEvent, err error) int {
	if code := e.Status(); code != 0 {
		return code
	}
	if err == nil {
		return 200
	}
	var apiErr *router.ApiError
	if errors.As(err, &apiErr) {
		return apiErr.Status
	}
	return 500
}
