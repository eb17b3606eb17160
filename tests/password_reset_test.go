package tests

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// A person who forgot their password asks for a link by email; the link
// opens the PWA's own page (not PocketBase's admin UI), and the token from
// it sets a new password. The PWA learns from /api/platform whether this
// installation sends email at all.

// mailsAfter waits for the mailer, which PocketBase calls in the background
// after answering, and returns what was sent by then.
func mailsAfter(t testing.TB, app core.App, want int) []string {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for {
		messages := testMailer(t, app).Messages()
		if len(messages) >= want || time.Now().After(deadline) {
			bodies := make([]string, len(messages))
			for i, m := range messages {
				bodies[i] = m.To[0].Address + " " + m.HTML
			}
			return bodies
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestPasswordResetRequestMailsALinkToThePWA(t *testing.T) {
	runChecks(t, []accessCheck{
		{
			access: access{name: "anyone asks for a link for a known address and it is mailed to the PWA's reset page",
				method: http.MethodPost, url: "/api/collections/users/request-password-reset",
				body: `{"email":"anna@test.mitwirken.de"}`, status: http.StatusNoContent},
			after: func(t testing.TB, app core.App) {
				mails := mailsAfter(t, app, 1)
				if len(mails) != 1 {
					t.Fatalf("got %d mails, want 1", len(mails))
				}
				if !strings.HasPrefix(mails[0], "anna@test.mitwirken.de ") || !strings.Contains(mails[0], "/reset-password#token=") ||
					strings.Contains(mails[0], "/_/#/") {
					t.Fatalf("got mail %q, want one to anna with a link to /reset-password#token=", mails[0])
				}
			},
		},
		{
			access: access{name: "an unknown address gets the same answer and no mail",
				method: http.MethodPost, url: "/api/collections/users/request-password-reset",
				body: `{"email":"niemand@test.mitwirken.de"}`, status: http.StatusNoContent},
			after: func(t testing.TB, app core.App) {
				time.Sleep(200 * time.Millisecond)
				if mails := testMailer(t, app).Messages(); len(mails) != 0 {
					t.Fatalf("got %d mails, want none", len(mails))
				}
			},
		},
		{
			access: access{name: "a malformed address is refused with a field error",
				method: http.MethodPost, url: "/api/collections/users/request-password-reset",
				body: `{"email":"kein-at-zeichen"}`, status: http.StatusBadRequest, has: []string{`"email":{"code":"validation_is_email"`}},
		},
	})
}

func TestPasswordResetTokenFromTheLinkSetsANewPassword(t *testing.T) {
	// Copies of the fixtures share their signing keys, so a token minted in one is valid in the next.
	anna, err := newTestApp(t).FindRecordById("users", personId("anna"))
	if err != nil {
		t.Fatal(err)
	}
	token, err := anna.NewPasswordResetToken()
	if err != nil {
		t.Fatal(err)
	}
	runChecks(t, []accessCheck{
		{
			access: access{name: "the token and a new password confirm the reset",
				method: http.MethodPost, url: "/api/collections/users/confirm-password-reset",
				body:   `{"token":"` + token + `","password":"neues-passwort-1","passwordConfirm":"neues-passwort-1"}`,
				status: http.StatusNoContent},
			after: func(t testing.TB, app core.App) {
				record, err := app.FindRecordById("users", personId("anna"))
				if err != nil {
					t.Fatal(err)
				}
				if !record.ValidatePassword("neues-passwort-1") {
					t.Fatal("the new password does not sign anna in")
				}
			},
		},
		{
			access: access{name: "a made-up token is refused",
				method: http.MethodPost, url: "/api/collections/users/confirm-password-reset",
				body:   `{"token":"abc","password":"neues-passwort-1","passwordConfirm":"neues-passwort-1"}`,
				status: http.StatusBadRequest, has: []string{`"token"`}},
		},
	})
}

func TestPlatformSaysWhetherEmailIsConfigured(t *testing.T) {
	runChecks(t, []accessCheck{
		{access: access{name: "without SMTP the PWA is told that no email goes out", url: "/api/platform",
			status: http.StatusOK, has: []string{`"emailConfigured":false`}}},
		{access: access{name: "with SMTP the PWA may offer a reset link", url: "/api/platform",
			status: http.StatusOK, has: []string{`"emailConfigured":true`}},
			before: func(t testing.TB, app core.App) { app.Settings().SMTP.Enabled = true }},
	})
}
