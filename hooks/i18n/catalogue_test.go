package i18n

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"regexp"
	"testing"
)

// update rewrites ui/src/generated/errors.js: go test ./hooks/i18n -update
var update = flag.Bool("update", false, "rewrite ui/src/generated/errors.js from errorMessages")

const pwaErrorsPath = "../../ui/src/generated/errors.js"

// The error texts the PWA shows in the server's words, per language. The PWA
// says the others its own way (ui/src/i18n/): shorter, or with what to do next.
var (
	pwaGerman  = []string{"validation_required", "validation_pk_invalid", "validation_not_unique", "vote_idea_hidden", "vote_idea_not_published", "vote_idea_merged", "vote_idea_declined", "feedback_service_not_offered", "sync_forbidden", "sync_not_found", "idea_changed", "report_target_required", "dismiss_reason_required"}
	pwaEnglish = []string{"validation_required", "vote_idea_hidden", "vote_idea_not_published", "vote_idea_merged", "vote_idea_declined", "feedback_service_not_offered", "sync_not_found", "idea_changed", "report_target_required"}
)

// templateParam is a Go template parameter, {{.min}}; the PWA writes {min}.
var templateParam = regexp.MustCompile(`\{\{\.(\w+)\}\}`)

func pwaErrors(t *testing.T) []byte {
	var b bytes.Buffer
	b.WriteString("// Generated from hooks/i18n/i18n.go by `go test ./hooks/i18n -update`; do not edit.\n")
	b.WriteString("// The error texts the PWA shows in the server's words (ui/src/i18n/ spreads them).\n")
	for _, language := range []struct {
		name    string
		codes   []string
		english bool
	}{{"de", pwaGerman, false}, {"en", pwaEnglish, true}} {
		texts := map[string]string{}
		for _, code := range language.codes {
			message, ok := errorMessages[code]
			if !ok {
				t.Fatalf("%s: no text in errorMessages", code)
			}
			texts["error."+code] = templateParam.ReplaceAllString(message.In(language.english), "{$1}")
		}
		raw, err := json.MarshalIndent(texts, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("export const " + language.name + " = " + string(raw) + ";\n")
	}
	return b.Bytes()
}

func TestThePWAsErrorTextsAreTheServers(t *testing.T) {
	want := pwaErrors(t)
	if *update {
		if err := os.WriteFile(pwaErrorsPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got, err := os.ReadFile(pwaErrorsPath); err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s is stale (%v); run go test ./hooks/i18n -update", pwaErrorsPath, err)
	}
}
