package platform

import (
	"github.com/pocketbase/pocketbase/core"
)

// A superuser can read and change everything, so a stolen password must not
// be enough: whenever SMTP is configured, superusers sign in with their
// password and a one-time code sent by email (PocketBase's MFA with OTP).
// Without SMTP no code could arrive, so the second factor is off again;
// otherwise every superuser would be locked out. It follows the settings on
// every start and every change of them, whatever was set in the admin UI.
func registerSuperuserMFA(app core.App) {
	app.OnSettingsReload().BindFunc(func(e *core.SettingsReloadEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		return requireSecondFactor(e.App, e.App.Settings().SMTP.Enabled)
	})
}

// requireSecondFactor turns MFA with emailed one-time codes on or off for
// the superusers; it saves only a change.
func requireSecondFactor(app core.App, on bool) error {
	superusers, err := app.FindCollectionByNameOrId(core.CollectionNameSuperusers)
	if err != nil {
		return nil // before the system migrations: the next reload applies it
	}
	if superusers.MFA.Enabled == on && superusers.OTP.Enabled == on {
		return nil
	}
	superusers.MFA.Enabled = on
	superusers.OTP.Enabled = on
	return app.Save(superusers)
}
