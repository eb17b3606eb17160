package platform

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// platformInfo is what the operator tells every visitor, such as where
// feedback on barriers goes (the accessibility statement needs a contact)
// and whether this installation can send email at all (without it, a
// forgotten password cannot be reset by link, and the PWA says so).
type platformInfo struct {
	ContactEmail    string `json:"contactEmail"`
	EmailConfigured bool   `json:"emailConfigured"`
}

func registerPlatform(app core.App, contactEmail string) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/platform", func(e *core.RequestEvent) error {
			// Shared by every visitor and read offline from the device's copy.
			e.Response.Header().Set("Cache-Control", "public, max-age=3600")
			// SMTP is read on each request: the operator may switch it on in the admin UI at any time.
			return e.JSON(http.StatusOK, platformInfo{ContactEmail: contactEmail, EmailConfigured: e.App.Settings().SMTP.Enabled})
		})
		return se.Next()
	})
}
