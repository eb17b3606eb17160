package platform

import (
	"io/fs"
	"net/http"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// ServePublic serves the PWA from fsys with an index.html fallback for its
// client-side routes, and a municipality's link (municipality_link.go).
// Unknown /api paths still answer a JSON 404.
func ServePublic(app core.App, fsys fs.FS) {
	static := apis.Static(fsys, true)
	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Func: func(se *core.ServeEvent) error {
			shell, err := fs.ReadFile(fsys, "index.html")
			if err != nil {
				return err
			}
			se.App.Store().Set(pagePolicyKey, pagePolicy(shell))
			registerMunicipalityLinks(se, shell)
			for _, method := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
				se.Router.Route(method, "/api/{path...}", func(e *core.RequestEvent) error {
					return e.NotFoundError("", nil)
				})
			}
			// Compressed: on EDGE the first visit is a second faster.
			se.Router.GET("/{path...}", func(e *core.RequestEvent) error {
				e.Response.Header().Set("Cache-Control", cacheControl(e.Request.PathValue("path")))
				return static(e)
			}).Bind(apis.Gzip())
			return se.Next()
		},
		Priority: 999, // after every other route, like PocketBase's own static route
	})
}

// cacheControl makes content-hashed assets immutable; everything else, above
// all index.html and sw.js, is revalidated so that a new version is noticed.
func cacheControl(path string) string {
	if strings.HasPrefix(path, "assets/") {
		return "public, max-age=31536000, immutable"
	}
	return "no-cache"
}
