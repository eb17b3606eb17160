package accounts

import (
	"bytes"
	"cmp"
	"encoding/json"
	"net/http"
	"time"

	"github.com/mitwirken/mitwirken/hooks/i18n"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// exportSchemaVersion names the shape of GET /api/me/export; it changes
// with every field added, renamed or removed (docs/export.md).
const exportSchemaVersion = 1

// exportSection is one list of records in the export: those of collection
// whose field owner is the person, with the named fields only. Fields that
// link to other people (a moderator who hid something, who decided an
// appeal) are never listed: the export holds no one else's data.
type exportSection struct {
	name, collection, owner string
	fields                  []string
	explanation             i18n.Message
}

var exportSections = []exportSection{
	{"memberships", "memberships", "user", []string{"id", "organization", "role", "created", "updated"},
		i18n.Message{De: "Ihre Rollen in Organisationen (Mitglied, Moderation, Verwaltung).", En: "Your roles in organizations (member, moderator, staff)."}},
	{"ideas", "ideas", "author", []string{"id", "title", "body", "author_name", "region", "service", "topic", "status", "votes_count",
		"comments_count", "hidden", "hidden_reason", "moderation_reason", "moderation_note", "shared_solution", "merged_into",
		"adopted_from", "created", "updated"},
		i18n.Message{De: "Ideen, die Sie eingereicht haben.", En: "Ideas you submitted."}},
	{"comments", "comments", "author", []string{"id", "idea", "body", "author_name", "state", "hidden_reason", "moderation_reason",
		"moderation_note", "created", "updated"},
		i18n.Message{De: "Ihre Kommentare zu Ideen.", En: "Your comments on ideas."}},
	{"votes", "votes", "user", []string{"id", "idea", "created"},
		i18n.Message{De: "Ideen, für die Sie abgestimmt haben. Stimmen sind nur für Sie sichtbar.", En: "Ideas you voted for. Votes are visible only to you."}},
	{"feedback", "feedback", "author", []string{"id", "service", "region", "rating", "text", "barriers", "channel", "created", "updated"},
		i18n.Message{De: "Ihre Bewertungen digitaler Dienste. Öffentlich sind nur Zusammenfassungen.", En: "Your ratings of digital services. Only summaries are public."}},
	{"reports", "reports", "reporter", []string{"id", "idea", "comment", "reason", "note", "dismissed", "created"},
		i18n.Message{De: "Inhalte, die Sie gemeldet haben.", En: "Content you reported."}},
	{"appeals", "appeals", "appellant", []string{"id", "idea", "comment", "text", "region", "status", "decision_note", "created", "updated"},
		i18n.Message{De: "Ihre Einsprüche gegen ausgeblendete Inhalte.", En: "Your appeals against hidden content."}},
	{"notifications", "notifications", "user", []string{"id", "kind", "idea", "target_idea", "status", "reason", "read", "created"},
		i18n.Message{De: "Ihre Benachrichtigungen.", En: "Your notifications."}},
	{"ideas_entered_for_others", "ideas", "entered_by", []string{"id", "title", "body", "region", "service", "topic", "status",
		"channel", "organization", "consent", "created", "updated"},
		i18n.Message{De: "Ideen, die Sie für andere Menschen eingetragen haben (begleitet oder von Papier). Wer diese Menschen sind, wird nicht gespeichert.",
			En: "Ideas you entered for other people (assisted or from paper). Who they are is not stored."}},
	{"feedback_entered_for_others", "feedback", "entered_by", []string{"id", "service", "region", "rating", "text", "barriers",
		"channel", "organization", "consent", "created"},
		i18n.Message{De: "Bewertungen, die Sie für andere Menschen eingetragen haben.", En: "Ratings you entered for other people."}},
	{"endorsements", "endorsements", "by", []string{"id", "idea", "organization", "note", "created"},
		i18n.Message{De: "Ideen, die Sie für eine Organisation unterstützt haben.", En: "Ideas you endorsed for an organization."}},
	{"status_changes", "status_changes", "actor", []string{"id", "idea", "from", "to", "response", "organization", "created"},
		i18n.Message{De: "Statuswechsel von Ideen, die Sie vorgenommen haben, mit Ihrer öffentlichen Antwort.",
			En: "Status changes of ideas you made, with your public response."}},
	{"adoptions", "adoptions", "by", []string{"id", "origin", "region", "organization", "idea", "created"},
		i18n.Message{De: "Lösungen anderer Kommunen, die Sie übernommen haben.", En: "Solutions of other municipalities you adopted."}},
	{"moderation_actions", "moderation_log", "actor", []string{"id", "action", "target_collection", "target_id", "region",
		"organization", "reason", "created"},
		i18n.Message{De: "Was Sie als Moderatorin oder Moderator getan haben (Moderationsprotokoll).", En: "What you did as a moderator (moderation log)."}},
}

// accountFields are the exported fields of the person's own account.
var accountFields = []string{"id", "email", "display_name", "home_region", "locale", "email_opt_out", "verified",
	"moderator_regions", "staff_regions", "created", "updated"}

var exportTexts = map[string]i18n.Message{
	"about": {De: "Alle Daten, die Mitwirken über Sie speichert (Art. 15 und 20 DSGVO). Jede Liste ist unten unter \"explanations\" erklärt; " +
		"Kennungen (id) verweisen auf Einträge der Plattform. Zeiten sind in UTC.",
		En: "All data Mitwirken stores about you (GDPR Art. 15 and 20). Each list is explained under \"explanations\" below; " +
			"ids refer to records of the platform. Times are in UTC."},
	"account": {De: "Ihr Konto. Die E-Mail-Adresse sieht niemand außer Ihnen.", En: "Your account. Nobody but you sees the email address."},
	"sync_journal": {De: "Änderungen, die Ihre Geräte übertragen haben, mit der Antwort des Servers. Sie werden nach einiger Zeit gelöscht.",
		En: "Changes your devices sent, with the server's answer. They are deleted after a while."},
}

// exportMyData answers with everything stored about the signed-in person, as
// one indented JSON document described in docs/export.md.
func exportMyData(e *core.RequestEvent) error {
	english := i18n.PrefersEnglish(e.Request.Header.Get("Accept-Language"))
	explanations := map[string]string{"account": exportTexts["account"].In(english), "sync_journal": exportTexts["sync_journal"].In(english)}
	doc := orderedObject{
		{"schema_version", exportSchemaVersion},
		{"generated_at", time.Now().UTC().Format(time.RFC3339)},
		{"about", exportTexts["about"].In(english)},
		{"explanations", explanations},
		{"account", pick(e.Auth, accountFields)},
	}
	for _, s := range exportSections {
		records, err := e.App.FindAllRecords(s.collection, dbx.HashExp{s.owner: e.Auth.Id})
		if err != nil {
			return err
		}
		list := make([]map[string]any, len(records))
		for i, r := range records {
			list[i] = pick(r, s.fields)
		}
		doc = append(doc, field{s.name, list})
		explanations[s.name] = s.explanation.In(english)
	}
	journal, err := exportJournal(e.App, e.Auth.Id)
	if err != nil {
		return err
	}
	doc = append(doc, field{"sync_journal", journal})
	body, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	e.Response.Header().Set("Content-Disposition", `attachment; filename="mitwirken-daten.json"`)
	return e.Blob(http.StatusOK, "application/json; charset=utf-8", body)
}

// pick copies the named fields of a record.
func pick(r *core.Record, fields []string) map[string]any {
	out := make(map[string]any, len(fields))
	for _, name := range fields {
		out[name] = r.Get(name)
	}
	return out
}

// journalExport is one sync journal entry as exported.
type journalExport struct {
	Id      string          `db:"id" json:"id"`
	Device  string          `db:"device" json:"device"`
	Seq     int64           `db:"seq" json:"seq"`
	Type    string          `db:"type" json:"type"`
	Status  string          `db:"status" json:"status"`
	Result  json.RawMessage `db:"-" json:"result"`
	Raw     string          `db:"result" json:"-"`
	Created string          `db:"created" json:"created"`
}

func exportJournal(app core.App, userId string) ([]journalExport, error) {
	entries := []journalExport{}
	err := app.DB().Select("id", "device", "seq", "type", "status", "result", "created").From("sync_mutations").
		Where(dbx.HashExp{"user": userId}).OrderBy("created", "seq").All(&entries)
	for i := range entries {
		entries[i].Result = json.RawMessage(cmp.Or(entries[i].Raw, "{}"))
	}
	return entries, err
}

// orderedObject is a JSON object whose keys keep their order, so that the
// export reads from the top: what it is, then the account, then the lists.
type orderedObject []field

type field struct {
	key   string
	value any
}

func (o orderedObject) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			buf.WriteByte(',')
		}
		key, _ := json.Marshal(f.key)
		value, err := json.Marshal(f.value)
		if err != nil {
			return nil, err
		}
		buf.Write(key)
		buf.WriteByte(':')
		buf.Write(value)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}
