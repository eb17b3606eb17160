package tests

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// Superusers sign in with a second factor, a code sent by email, whenever
// SMTP is configured; without SMTP no code could arrive, so the password
// alone is enough (the demo).
func TestSuperusersNeedASecondFactorWhenSmtpIsConfigured(t *testing.T) {
	smtp := func(on bool) func(testing.TB, core.App) {
		return func(t testing.TB, app core.App) {
			t.Helper()
			settings := app.Settings()
			settings.SMTP.Enabled = on
			settings.SMTP.Host = "mail.invalid" // never dialled: the test app's mailer collects the mails
			settings.SMTP.Port = 587
			if err := app.Save(settings); err != nil {
				t.Fatal(err)
			}
		}
	}
	const superuser = `{"identity":"admin@test.mitwirken.de","password":"admin-password-123"}`
	for _, s := range []struct {
		name, collection, body string
		prepare                func(testing.TB, core.App)
		status                 int
		has, hasNot            []string
	}{
		{"without SMTP the password signs a superuser in", "_superusers", superuser, nil,
			200, []string{`"token":"`}, []string{`"mfaId"`}},
		{"with SMTP the password alone gives an mfaId, not a token", "_superusers", superuser, smtp(true),
			401, []string{`"mfaId":"`}, []string{`"token"`}},
		{"SMTP turned off again: the password signs in, nobody is locked out", "_superusers", superuser,
			func(t testing.TB, app core.App) { smtp(true)(t, app); smtp(false)(t, app) },
			200, []string{`"token":"`}, []string{`"mfaId"`}},
		{"a citizen signs in with her password alone, also with SMTP", "users",
			`{"identity":"anna@test.mitwirken.de","password":"password-anna"}`, smtp(true),
			200, []string{`"token":"`}, []string{`"mfaId"`}},
	} {
		prepare := s.prepare
		scenario := pbtests.ApiScenario{
			Name: s.name, Method: http.MethodPost, URL: "/api/collections/" + s.collection + "/auth-with-password",
			Body: strings.NewReader(s.body), Headers: map[string]string{"Content-Type": "application/json"},
			ExpectedStatus: s.status, ExpectedContent: s.has, NotExpectedContent: s.hasNot, TestAppFactory: newTestApp,
			BeforeTestFunc: func(t testing.TB, app *pbtests.TestApp, _ *core.ServeEvent) {
				if prepare != nil {
					prepare(t, app)
				}
			},
		}
		scenario.Test(t)
	}
}
