package tests

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// With SMTP configured, every inbox entry also goes out by mail, in the
// person's language, unless they opted out; a rolled-back action mails nothing.

// smtpOn configures mail and empties the inbox of the fixtures, so that every
// entry left afterwards comes from the request under test.
func smtpOn(t testing.TB, app core.App) {
	t.Helper()
	app.Settings().SMTP.Enabled = true
	app.Settings().SMTP.Host = "mail.invalid" // never dialled: the test app's mailer collects the mails
	if _, err := app.DB().NewQuery("DELETE FROM notifications").Execute(); err != nil {
		t.Fatal(err)
	}
}

func testMailer(t testing.TB, app core.App) *pbtests.TestMailer {
	t.Helper()
	testApp, ok := app.(*pbtests.TestApp)
	if !ok {
		t.Fatalf("got %T, want a test app", app)
	}
	return testApp.TestMailer
}

// mailedEachNotice checks that every inbox entry went out as one mail to its
// owner with the subject of its kind, and that nothing else was mailed.
func mailedEachNotice(subjects map[string]string) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		notices, err := app.FindAllRecords("notifications")
		if err != nil {
			t.Fatal(err)
		}
		mails := testMailer(t, app).Messages()
		if len(notices) == 0 || len(mails) != len(notices) {
			t.Fatalf("got %d mails for %d inbox entries, want one each and at least one", len(mails), len(notices))
		}
		for _, n := range notices {
			user, err := app.FindRecordById("users", n.GetString("user"))
			if err != nil {
				t.Fatal(err)
			}
			found := 0
			for _, m := range mails {
				if len(m.To) == 1 && m.To[0].Address == user.Email() && m.Subject == subjects[n.GetString("kind")] {
					found++
				}
			}
			if found == 0 {
				t.Errorf("entry %s for %s: no mail with subject %q among %d", n.GetString("kind"), user.Email(), subjects[n.GetString("kind")], len(mails))
			}
		}
	}
}

// German subjects by kind.
var subjectsDE = map[string]string{
	"published": "Ihre Idee ist veröffentlicht", "status_changed": "Neuer Stand zu Ihrer Idee",
	"hidden": "Ihr Beitrag wurde ausgeblendet", "restored": "Ihr Beitrag ist wieder sichtbar",
	"merged": "Ihre Idee wurde zusammengeführt", "vote_moved": "Ihre Stimme zählt jetzt für eine andere Idee",
	"appeal_decided": "Über Ihren Widerspruch wurde entschieden",
}

// lastMail checks the one mail sent: its address, subject and a part of its text.
func lastMail(to, subject, text string) func(testing.TB, core.App) {
	return func(t testing.TB, app core.App) {
		t.Helper()
		mailer := testMailer(t, app)
		if mailer.TotalSend() != 1 {
			t.Fatalf("mails: got %d, want 1", mailer.TotalSend())
		}
		m := mailer.LastMessage()
		if len(m.To) != 1 || m.To[0].Address != to || m.Subject != subject || !strings.Contains(m.Text, text) {
			t.Errorf("mail: got to %v subject %q text %q, want to %s subject %q with %q", m.To, m.Subject, m.Text, to, subject, text)
		}
	}
}

// noMail checks that nothing was mailed.
func noMail(t testing.TB, app core.App) {
	t.Helper()
	if n := testMailer(t, app).TotalSend(); n != 0 {
		t.Errorf("mails: got %d, want none", n)
	}
}

func TestNotificationsAreMailed(t *testing.T) {
	t.Parallel()
	mehmet, stefan := personId("mehmet"), personId("stefan")
	hide := access{as: "mehmet", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaPublished,
		body: `{"hidden":true,"moderation_reason":"offensive"}`, status: 200}
	named := func(a access, name string) access { a.name = name; return a }
	annaNotified := wantOne("notifications", map[string]any{"user": personId("anna"), "kind": "hidden"})
	failingMail := func(t testing.TB, app core.App) {
		app.OnMailerSend().BindFunc(func(e *core.MailerEvent) error { return errors.New("the mail server is down") })
	}
	runChecks(t, []accessCheck{
		{access: named(hide, "a hiding is mailed to the author in German"), before: smtpOn,
			after: all(annaNotified, lastMail(emailOf("anna"), "Ihr Beitrag wurde ausgeblendet", "„Wohngeld in Leichter Sprache“"))},
		{access: named(hide, "the mail links to the idea at its address in the app"), before: smtpOn,
			after: lastMail(emailOf("anna"), "Ihr Beitrag wurde ausgeblendet", "Zur Idee: http://localhost:8090/ideas/"+ideaPublished+"\n")},
		{access: named(hide, "a hiding is mailed in English to an author who reads English"),
			before: all(smtpOn, withChange("users", personId("anna"), map[string]any{"locale": "en"})),
			after:  all(annaNotified, lastMail(emailOf("anna"), "Your contribution was hidden", "“Wohngeld in Leichter Sprache”"))},
		{access: named(hide, "an author who opted out gets the inbox entry but no mail"),
			before: all(smtpOn, withChange("users", personId("anna"), map[string]any{"email_opt_out": true})),
			after:  all(annaNotified, noMail)},
		{access: named(hide, "without SMTP nothing is mailed"), after: all(annaNotified, noMail)},
		{access: named(hide, "a mail that cannot be sent does not undo the hiding"), before: all(smtpOn, failingMail),
			after: all(annaNotified, wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": true}))},

		{access: access{name: "a publication is mailed", as: "mehmet", method: http.MethodPost, url: statusChanges,
			body: statusChangeBody(ideaSubmitted, "published", "", mehmet, vdkMainKinzig), status: 200},
			before: smtpOn, after: mailedEachNotice(subjectsDE)},
		{access: access{name: "a staff response is mailed", as: "stefan", method: http.MethodPost, url: statusChanges,
			body: statusChangeBody(ideaPublished, "in_review", "Wir prüfen das.", stefan, stadtGelnhausen), status: 200},
			before: smtpOn, after: all(mailedEachNotice(subjectsDE), lastMail(emailOf("anna"), "Neuer Stand zu Ihrer Idee", "„Wohngeld in Leichter Sprache“ hat einen neuen Stand: In Prüfung."))},
		{access: access{name: "a staff response is mailed in English with the status in English", as: "stefan", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", "Wir prüfen das.", stefan, stadtGelnhausen), status: 200},
			before: all(smtpOn, withChange("users", personId("anna"), map[string]any{"locale": "en"})),
			after:  lastMail(emailOf("anna"), "News about your idea", "“Wohngeld in Leichter Sprache” has a new status: Under review.")},
		{access: access{name: "a restore is mailed", as: "mehmet", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaHidden,
			body: `{"hidden":false}`, status: 200}, before: smtpOn, after: mailedEachNotice(subjectsDE)},
		{access: access{name: "a merge is mailed to the author and to every voter", as: "mehmet", method: http.MethodPost, url: statusChanges,
			body: jsonText(map[string]any{"idea": "ideaduplicate01", "to": "merged", "merged_into": ideaPublished,
				"response": "Diese Idee gibt es schon.", "actor": mehmet, "organization": vdkMainKinzig}), status: 200},
			before: all(smtpOn, func(t testing.TB, app core.App) { mergeFixture(t, app) }),
			after:  all(wantMatching("notifications", map[string]any{"idea": "ideaduplicate01"}, 3), mailedEachNotice(subjectsDE))},
		{access: access{name: "a hiding undone with its batch mails nothing", as: "mehmet", method: http.MethodPost, url: batch,
			body: batchOf(
				batchRequest(http.MethodPatch, "/api/collections/ideas/records/"+ideaPublished, `{"hidden":true}`),
				batchRequest(http.MethodPost, statusChanges, statusChangeBody(ideaPublished, "implemented", "Fertig.", mehmet, vdkMainKinzig))),
			status: 400, has: failedAt("1")},
			before: smtpOn, after: all(wantNone("notifications", map[string]any{"kind": "hidden"}), noMail)},
	})
	runColleagueChecks(t, []accessCheck{
		{access: access{name: "an appeal decision is mailed", as: "marta", method: http.MethodPatch, url: appeals + "/" + appealAnna,
			body: decisionBody("rejected", "marta"), status: 200},
			before: all(addAppealAnna, smtpOn),
			after:  all(wantOne("notifications", map[string]any{"kind": "appeal_decided"}), mailedEachNotice(subjectsDE))},
	})
}
