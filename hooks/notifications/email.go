package notifications

import (
	"fmt"
	"net/mail"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/mailer"
)

// When SMTP is configured in the PocketBase settings, every inbox entry is
// also sent by email, unless the person opted out. Mail goes out only after
// the entry is committed, so a rolled-back action sends nothing.
func registerEmailNotifications(app core.App) {
	app.OnRecordAfterCreateSuccess("notifications").BindFunc(func(e *core.RecordEvent) error {
		if !e.App.Settings().SMTP.Enabled {
			return e.Next()
		}
		user, err := e.App.FindRecordById("users", e.Record.GetString("user"))
		if err != nil || user.GetBool("email_opt_out") || user.Email() == "" {
			return e.Next()
		}
		message := notificationEmail(e.App, e.Record, user)
		if err := e.App.NewMailClient().Send(message); err != nil {
			// The inbox entry stays; a failed mail must not undo the action.
			e.App.Logger().Warn("notification email failed", "notification", e.Record.Id, "error", err)
		}
		return e.Next()
	})
}

// notificationEmail renders an inbox entry as a short plain mail in the person's language.
func notificationEmail(app core.App, n *core.Record, user *core.Record) *mailer.Message {
	english := user.GetString("locale") == "en"
	idea, _ := app.FindRecordById("ideas", n.GetString("idea"))
	title := ""
	if idea != nil {
		title = idea.GetString("title")
	}
	subject, text := emailTexts(n.GetString("kind"), title, n.GetString("status"), english)
	text += emailDetails(n.GetString("reason"), n.GetString("note"), english)
	link := fmt.Sprintf("%s/ideas/%s", app.Settings().Meta.AppURL, n.GetString("idea"))
	to, footer := "Zur Idee: ", "\n\nSie bekommen diese E-Mail, weil Sie bei Mitwirken mitmachen. Abbestellen: in der App unter Konto."
	if english {
		to, footer = "To the idea: ", "\n\nYou get this email because you take part in Mitwirken. Unsubscribe: in the app under Account."
	}
	if n.GetString("feedback") != "" {
		link, to = app.Settings().Meta.AppURL+"/mine", "Ihre Beiträge: "
		if english {
			to = "Your contributions: "
		}
	}
	footer = "\n\n" + to + link + footer
	return &mailer.Message{
		From:    mail.Address{Name: app.Settings().Meta.SenderName, Address: app.Settings().Meta.SenderAddress},
		To:      []mail.Address{{Address: user.Email()}},
		Subject: subject,
		Text:    text + footer,
	}
}

// statusLabels name the statuses in German and English as the app does (ui/src/i18n).
var statusLabels = map[string][2]string{
	"published": {"Veröffentlicht", "Published"}, "in_review": {"In Prüfung", "Under review"},
	"accepted": {"Angenommen", "Accepted"}, "in_progress": {"In Umsetzung", "In progress"},
	"implemented": {"Umgesetzt", "Implemented"}, "declined": {"Abgelehnt", "Declined"},
	"merged": {"Zusammengeführt", "Merged"},
}

// moderationReasonLabels name the reasons a moderator hides for, as the app does (report.reason.* in ui/src/i18n).
var moderationReasonLabels = map[string][2]string{
	"spam": {"Werbung oder Spam", "Advertising or spam"}, "offensive": {"Beleidigend", "Offensive"},
	"personal_data": {"Enthält persönliche Daten", "Contains personal data"},
	"off_topic":     {"Gehört nicht hierher", "Off topic"}, "other": {"Anderer Grund", "Other reason"},
	"reports": {"Mehrere Personen haben den Beitrag gemeldet", "Several people reported it"},
}

// emailDetails adds the reason and the note (a moderator's, a public
// response, or staff's answer) to a mail, each on its own paragraph.
func emailDetails(reason, note string, english bool) string {
	text := ""
	if names, ok := moderationReasonLabels[reason]; ok {
		if english {
			text += "\n\nReason: " + names[1]
		} else {
			text += "\n\nGrund: " + names[0]
		}
	}
	if note != "" {
		text += "\n\n" + note
	}
	return text
}

func emailTexts(kind, title, status string, english bool) (subject, text string) {
	de := map[string][2]string{
		"published":         {"Ihre Idee ist veröffentlicht", "Ihre Idee „%s“ ist jetzt für alle sichtbar."},
		"status_changed":    {"Neuer Stand zu Ihrer Idee", "Ihre Idee „%s“ hat einen neuen Stand: %s."},
		"hidden":            {"Ihr Beitrag wurde ausgeblendet", "Ein Beitrag zu „%s“ wurde ausgeblendet. In der App sehen Sie den Grund und können widersprechen."},
		"restored":          {"Ihr Beitrag ist wieder sichtbar", "Ein Beitrag zu „%s“ ist wieder sichtbar."},
		"merged":            {"Ihre Idee wurde zusammengeführt", "Ihre Idee „%s“ wurde mit einer gleichen Idee zusammengeführt."},
		"vote_moved":        {"Ihre Stimme zählt jetzt für eine andere Idee", "Die Idee „%s“ wurde zusammengeführt. Ihre Stimme zählt jetzt für die Idee, in die sie aufging. In der App können Sie sie zurückziehen."},
		"appeal_decided":    {"Über Ihren Widerspruch wurde entschieden", "Über Ihren Widerspruch zu „%s“ wurde entschieden."},
		"feedback_answered": {"Antwort auf Ihre Bewertung", "Die Verwaltung hat auf Ihre Bewertung eines Dienstes geantwortet:%s"},
	}
	en := map[string][2]string{
		"published":         {"Your idea is published", "Your idea “%s” is now visible to everyone."},
		"status_changed":    {"News about your idea", "Your idea “%s” has a new status: %s."},
		"hidden":            {"Your contribution was hidden", "A contribution to “%s” was hidden. The app shows why, and you can appeal."},
		"restored":          {"Your contribution is visible again", "A contribution to “%s” is visible again."},
		"merged":            {"Your idea was merged", "Your idea “%s” was merged with an identical idea."},
		"vote_moved":        {"Your vote now counts for another idea", "The idea “%s” was merged. Your vote now counts for the idea it became part of. You can withdraw it in the app."},
		"appeal_decided":    {"Your appeal was decided", "Your appeal about “%s” was decided."},
		"feedback_answered": {"An answer to your rating", "The administration answered your rating of a service:%s"},
	}
	texts := de
	if english {
		texts = en
	}
	t, ok := texts[kind]
	if !ok {
		t = texts["status_changed"]
	}
	label := status
	if names, ok := statusLabels[status]; ok {
		label = names[0]
		if english {
			label = names[1]
		}
	}
	body := fmt.Sprintf(t[1], title, label)
	if kind != "status_changed" {
		body = fmt.Sprintf(t[1], title)
	}
	return t[0], body
}
