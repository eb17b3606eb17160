package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// passwordResetTemplate sends people to the PWA's own page for a new
// password (/reset-password), in German and English, instead of PocketBase's
// admin UI, which citizens should never see. The token is in the fragment,
// which browsers never send, so it stays out of the request log.
var passwordResetTemplate = core.EmailTemplate{
	Subject: "Neues Passwort für " + core.EmailPlaceholderAppName + " / New password",
	Body: `<p>Guten Tag,</p>
<p>Sie haben ein neues Passwort für ` + core.EmailPlaceholderAppName + ` angefordert. Über diesen Link legen Sie es fest:</p>
<p><a class="btn" href="` + core.EmailPlaceholderAppURL + `/reset-password#token=` + core.EmailPlaceholderToken + `" rel="noopener">Neues Passwort festlegen</a></p>
<p>Wenn Sie das nicht waren, können Sie diese E-Mail einfach löschen. Ihr Passwort bleibt dann, wie es ist.</p>
<hr/>
<p>You asked for a new password for ` + core.EmailPlaceholderAppName + `. Follow the link above to set it. If it was not you, delete this email; your password stays as it is.</p>`,
}

func init() {
	m.Register(func(app core.App) error {
		return changeCollection(app, "users", func(users *core.Collection) {
			users.ResetPasswordTemplate = passwordResetTemplate
		})
	}, func(app core.App) error {
		return changeCollection(app, "users", func(users *core.Collection) {
			users.ResetPasswordTemplate = core.NewAuthCollection("users").ResetPasswordTemplate
		})
	})
}
