package metrics

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// route is the one path of the exposition.
const route = "/metrics"

// registerEndpoint serves the exposition of m to bearers of token.
func registerEndpoint(app core.App, m *appMetrics, token string) {
	handler := promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET(route, func(e *core.RequestEvent) error {
			if !validToken(e.Request.Header.Get("Authorization"), token) {
				return e.UnauthorizedError("The metrics need the configured bearer token.", nil)
			}
			handler.ServeHTTP(e.Response, e.Request)
			return nil
		})
		return se.Next()
	})
}

// registerDisabled answers /metrics with a JSON 404, as an unknown /api path,
// rather than with the PWA's index.html fallback.
func registerDisabled(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.Route(http.MethodGet, route, func(e *core.RequestEvent) error {
			return e.NotFoundError("", nil)
		})
		return se.Next()
	})
}
