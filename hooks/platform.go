package hooks

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// platformInfo is what the operator tells every visitor, such as where
// feedback on barriers goes (the accessibility statement needs a contact).
type platformInfo struct {
	ContactEmail string `json:"contactEmail"`
}

func registerPlatform(app core.App, cfg Config) {
	info := platformInfo{ContactEmail: cfg.ContactEmail}
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/platform", func(e *core.RequestEvent) error {
			// Shared by every visitor and read offline from the device's copy.
			e.Response.Header().Set("Cache-Control", "public, max-age=3600")
			return e.JSON(http.StatusOK, info)
		})
		return se.Next()
	})
}
