// Package migrations defines every Mitwirken collection, index and API rule
// as typed Go migrations. Each file is one schema change with a working down.
package migrations

import (
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Topics are the OZG Themenfelder plus "soziales", which the catalogue keeps
// apart because social services are Mitwirken's focus.
var Topics = []string{
	"arbeit_ruhestand", "bauen_wohnen", "bildung", "ein_auswanderung",
	"engagement_hobby", "familie_kind", "forschung_foerderung", "gesundheit",
	"mobilitaet_reisen", "recht_ordnung", "steuern_zoll", "umwelt",
	"unternehmen", "querschnitt", "soziales",
}

// IdeaStatuses is the idea lifecycle; hooks/domain/lifecycle.go holds the legal transitions.
var IdeaStatuses = []string{
	"submitted", "published", "in_review", "accepted",
	"in_progress", "implemented", "declined", "merged",
}

// Channels records how a contribution reached the platform.
var Channels = []string{"app", "assisted", "paper"}

// barriersFirst are the barriers of the first schema (1764100200, 1764100600);
// those migrations keep using them, so a fresh database takes the same steps
// as one that was migrated back then.
var barriersFirst = []string{"screenreader", "complicated", "in_person", "mobile", "language"}

// barriersAdded came with the feedback desk (1764200500): a service that does
// not work with screen magnifiers or zoom, and "other", explained in barrier_other.
var barriersAdded = []string{"magnification", "other"}

// Barriers are the flags a person can set when a digital service did not work for them.
var Barriers = append(slices.Clone(barriersFirst), barriersAdded...)

// FeedbackStates are how far staff have taken a feedback entry: not yet read,
// read, forwarded to the service's provider, fixed.
var FeedbackStates = []string{"new", "seen", "forwarded", "fixed"}

// ModerationReasons are the reasons a moderator picks from when hiding content.
var ModerationReasons = []string{"spam", "offensive", "personal_data", "off_topic", "other"}

// clientIdPattern admits the server's own 15-character ids and the UUIDs that
// devices choose offline, so that a retried create hits the same primary key.
// Their length is the field's Min and Max, not a repetition in the pattern:
// PocketBase compiles the pattern on every save (1764202000_cheap_id_pattern.go).
const clientIdPattern = `^[a-z0-9][a-z0-9-]*$`

// acceptClientIds widens the id field of a collection whose records are created offline.
func acceptClientIds(c *core.Collection) {
	id := c.Fields.GetByName(core.FieldNameId).(*core.TextField)
	id.Pattern = clientIdPattern
	id.Min = 15
	id.Max = 36
	// PocketBase checks a custom-pattern id for duplicates with
	// "id = ? COLLATE NOCASE"; without this index every create scans the table.
	c.AddIndex("idx_"+c.Name+"_id_nocase", false, "id COLLATE NOCASE", "")
}

// rule returns a pointer to a rule expression, joining the non-empty parts with "&&".
func rule(parts ...string) *string {
	parts = slices.DeleteFunc(slices.Clone(parts), func(p string) bool { return p == "" })
	return types.Pointer(strings.Join(parts, " && "))
}

// unset returns a rule part that forbids a request body from setting any of
// the fields; "" when there are none (rule drops empty parts).
func unset(fields ...string) string {
	parts := make([]string, len(fields))
	for i, f := range fields {
		parts[i] = "@request.body." + f + ":isset = false"
	}
	return strings.Join(parts, " && ")
}

// signedIn is true for any authenticated citizen account (never a superuser token).
const signedIn = "@request.auth.collectionName = 'users'"

// MultilineText names, per collection, the text fields that hold prose: a
// person may break lines and indent there, and mix scripts with direction
// marks. Every other text field (titles, names, ids, codes) is one line.
// hooks/platform/text_characters.go refuses control characters by this list; a new
// field of prose belongs here.
var MultilineText = map[string][]string{
	"services":       {"summary"},
	"ideas":          {"body", "moderation_note"},
	"comments":       {"body", "moderation_note"},
	"feedback":       {"text", "answer"},
	"status_changes": {"response"},
	"endorsements":   {"note"},
	"reports":        {"note", "dismiss_reason"},
	"moderation_log": {"reason"},
	"notifications":  {"reason", "note"},
	"appeals":        {"text", "decision_note"},
}

// text is a bounded plain-text field.
func text(name string, required bool, min, max int) *core.TextField {
	return &core.TextField{Name: name, Required: required, Min: min, Max: max}
}

// relation is a single relation to the collection with the given id.
func relation(name, collectionId string, required, cascade bool) *core.RelationField {
	return &core.RelationField{Name: name, CollectionId: collectionId, MaxSelect: 1, Required: required, CascadeDelete: cascade}
}

// choice is a single-value select.
func choice(name string, required bool, values ...string) *core.SelectField {
	return &core.SelectField{Name: name, Required: required, MaxSelect: 1, Values: values}
}

// timestamps adds the created and updated autodate fields.
func timestamps(c *core.Collection) {
	c.Fields.Add(&core.AutodateField{Name: "created", OnCreate: true})
	c.Fields.Add(&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true})
}

// onlyFields returns a rule part that lets a request body set only the named
// fields of c (and the id); every other field must be absent.
func onlyFields(c *core.Collection, allowed ...string) string {
	var others []string
	for _, f := range c.Fields {
		name := f.GetName()
		if name == core.FieldNameId || f.Type() == core.FieldTypeAutodate || slices.Contains(allowed, name) {
			continue
		}
		others = append(others, name)
	}
	return unset(others...)
}

// assistedEntryFields adds what an assisted or paper entry records: the
// organization and volunteer who entered it and that the person consented.
func assistedEntryFields(c *core.Collection, usersId, organizationsId string) {
	c.Fields.Add(
		&core.RelationField{Name: "organization", CollectionId: organizationsId, MaxSelect: 1,
			Help: "For assisted and paper entries: the organization that entered it."},
		&core.RelationField{Name: "entered_by", CollectionId: usersId, MaxSelect: 1,
			Help: "For assisted and paper entries: the member who entered it."},
		&core.BoolField{Name: "consent", Help: "For assisted and paper entries: the person agreed. Who they are is not recorded."},
	)
}

// hiddenReason tells the author why their content is hidden; set by hooks.
func hiddenReason() *core.SelectField {
	return &core.SelectField{Name: "hidden_reason", MaxSelect: 1, Values: []string{"reports", "moderator"},
		Help: "Why the content is hidden: reports by several people, or a moderator's decision. Set by hooks."}
}
