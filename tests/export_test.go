package tests

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/pocketbase/core"
)

// Records that make the exports of the fixture people complete: entries a
// volunteer made for others, Anna's appeal (whose moderator must not show),
// a notification.
const (
	ideaForSomeone     = "ideaforsomeone1" // entered by Uwe for the VdK, assisted
	feedbackForSomeone = "feedbackfor0001" // entered by Uwe from paper
	notificationAnna   = "notifyanna00001"
)

func withExportableRecords(t testing.TB, app core.App) {
	t.Helper()
	uwe := personId("uwe")
	all(
		withRecord("ideas", ideaForSomeone, map[string]any{"title": "Sprechstunde im Dorf", "body": "Eine Sprechstunde vor Ort wäre gut.",
			"region": gelnhausen, "status": "submitted", "channel": "assisted", "organization": vdkMainKinzig, "consent": true, "entered_by": uwe}),
		withRecord("feedback", feedbackForSomeone, map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 1, "channel": "paper",
			"organization": vdkMainKinzig, "consent": true, "entered_by": uwe}),
		addAppealAnna,
		withRecord("notifications", notificationAnna, map[string]any{"user": personId("anna"), "kind": "published", "idea": ideaPublished}),
	)(t, app)
	if got := mustFind(t, app, "appeals", appealAnna).GetString("hidden_by"); got != personId("mehmet") {
		t.Fatalf("the appeal's hidden_by: got %q, want Mehmet, whose id Anna's export must not show", got)
	}
}

// exportOf fetches a person's export as raw JSON.
func exportOf(t testing.TB, device *syncDevice) []byte {
	t.Helper()
	var raw json.RawMessage
	if status := call(t, device.server.Client(), http.MethodGet, device.server.URL+"/api/me/export", device.token, nil, &raw); status != http.StatusOK {
		t.Fatalf("export: got %d, want 200", status)
	}
	return raw
}

func TestTheExportFollowsItsDocumentedSchemaAndHoldsNoOneElse(t *testing.T) {
	app := newTestApp(t)
	withExportableRecords(t, app)
	server := newServer(t, app)
	anna := newDevice(t, server, "anna")
	if status, _ := anna.push(anna.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff}),
		anna.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": ideaKyff, "body": "Das wäre schön."})); status != http.StatusOK {
		t.Fatalf("Anna's push: got %d, want 200", status)
	}
	schema := readExportSchema(t)
	for _, p := range people {
		t.Run(p.key, func(t *testing.T) {
			raw := exportOf(t, newDevice(t, server, p.key))
			var doc any
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatal(err)
			}
			for _, problem := range checkSchema("export", schema, doc) {
				t.Error(problem)
			}
			for _, other := range people {
				if other.key == p.key {
					continue
				}
				for _, trace := range []string{other.id, other.key + "@test.mitwirken.de"} {
					if strings.Contains(string(raw), trace) {
						t.Errorf("the export of %s names %s (%s)", p.key, other.key, trace)
					}
				}
			}
		})
	}
}

func TestTheExportHoldsWhatThePersonDidForOthersAndTheirJournal(t *testing.T) {
	app := newTestApp(t)
	withExportableRecords(t, app)
	server := newServer(t, app)
	uwe := newDevice(t, server, "uwe")
	vote := uwe.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaPublished})
	if status, _ := uwe.push(vote); status != http.StatusOK {
		t.Fatalf("Uwe's push: got %d, want 200", status)
	}
	for _, c := range []struct {
		person, section, id string
	}{
		{"uwe", "ideas_entered_for_others", ideaForSomeone},
		{"uwe", "feedback_entered_for_others", feedbackForSomeone},
		{"uwe", "sync_journal", vote.Id},
		{"uwe", "memberships", ""},
		{"anna", "appeals", appealAnna},
		{"anna", "notifications", notificationAnna},
		{"anna", "feedback", feedbackAnna},
		{"anna", "reports", reportAnna},
		{"ben", "votes", voteBen},
		{"ben", "comments", commentBen},
		{"mehmet", "moderation_actions", logGelnhausen},
		{"mehmet", "endorsements", endorsementVdK},
		{"mehmet", "status_changes", statusChange1},
	} {
		t.Run(c.person+" "+c.section, func(t *testing.T) {
			raw := exportOf(t, newDevice(t, server, c.person))
			var sections map[string]json.RawMessage
			if err := json.Unmarshal(raw, &sections); err != nil {
				t.Fatal(err)
			}
			var list []map[string]any
			if err := json.Unmarshal(sections[c.section], &list); err != nil {
				t.Fatalf("%s: %v", c.section, err)
			}
			ids := []any{}
			for _, item := range list {
				ids = append(ids, item["id"])
			}
			if c.id == "" && len(ids) == 0 || c.id != "" && !slices.Contains(ids, any(c.id)) {
				t.Errorf("%s: got ids %v, want %q", c.section, ids, c.id)
			}
		})
	}
}

func TestOnlyAPersonExportsTheirData(t *testing.T) {
	runChecks(t, append(checksOf([]access{
		{name: "a person exports her own data, with her email", as: "anna", url: "/api/me/export", status: 200,
			has:    []string{`"email":"anna@test.mitwirken.de"`, `"schema_version":1`, ideaPublished, ideaSubmitted, feedbackAnna, reportAnna},
			hasNot: []string{voteBen, "ben@test.mitwirken.de", `"body":"Gute Idee!"`}},
		{name: "another person's data is not in it", as: "ben", url: "/api/me/export", status: 200,
			has: []string{voteBen, commentBen}, hasNot: []string{feedbackAnna, "anna@test.mitwirken.de"}},
		{name: "anonymous cannot export", url: "/api/me/export", status: 401},
		{name: "a superuser token is no person", as: "admin", url: "/api/me/export", status: 403},
	}), accessCheck{lang: "en", access: access{name: "the export is explained in English on request", as: "ben", url: "/api/me/export",
		status: 200, has: []string{"Ideas you voted for."}, hasNot: []string{"Ideen, für die Sie abgestimmt haben."}}}))
}

// readExportSchema reads the documented schema of the export.
func readExportSchema(t testing.TB) map[string]any {
	t.Helper()
	raw, err := os.ReadFile("../docs/export.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	return schema
}

// checkSchema checks value against the part of JSON Schema that
// docs/export.schema.json uses: type, properties, required,
// additionalProperties and items. It returns one line per problem.
func checkSchema(path string, schema map[string]any, value any) []string {
	var problems []string
	if want, _ := schema["type"].(string); want != "" && !hasJSONType(value, want) {
		return []string{fmt.Sprintf("%s: got %T, want %s", path, value, want)}
	}
	if description, _ := schema["description"].(string); description == "" && path != "export" {
		problems = append(problems, path+": undocumented (no description)")
	}
	switch v := value.(type) {
	case map[string]any:
		properties, _ := schema["properties"].(map[string]any)
		for _, name := range asStrings(schema["required"]) {
			if _, ok := v[name]; !ok {
				problems = append(problems, path+"."+name+": documented as required but missing")
			}
		}
		for name, item := range v {
			sub, documented := properties[name].(map[string]any)
			if !documented {
				if schema["additionalProperties"] != true {
					problems = append(problems, path+"."+name+": not documented")
				}
				continue
			}
			problems = append(problems, checkSchema(path+"."+name, sub, item)...)
		}
	case []any:
		items, _ := schema["items"].(map[string]any)
		for i, item := range v {
			problems = append(problems, checkSchema(fmt.Sprintf("%s[%d]", path, i), withDescription(items, schema), item)...)
		}
	}
	return problems
}

// withDescription lets array items inherit their list's description.
func withDescription(items, list map[string]any) map[string]any {
	if _, ok := items["description"]; ok {
		return items
	}
	merged := map[string]any{"description": list["description"]}
	for k, v := range items {
		merged[k] = v
	}
	return merged
}

func hasJSONType(value any, want string) bool {
	switch v := value.(type) {
	case map[string]any:
		return want == "object"
	case []any:
		return want == "array"
	case string:
		return want == "string"
	case bool:
		return want == "boolean"
	case float64:
		return want == "number" || want == "integer" && v == float64(int64(v))
	}
	return false
}

func asStrings(v any) []string {
	items, _ := v.([]any)
	out := make([]string, 0, len(items))
	for _, item := range items {
		if s, ok := item.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
