package tests

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// updateVocabulary rewrites ui/src/generated/vocabulary.json from the schema:
// go test ./tests -run TestThePWAsVocabularyIsTheSchemas -update
var updateVocabulary = flag.Bool("update", false, "rewrite ui/src/generated/vocabulary.json from the migrated schema")

const vocabularyPath = "../ui/src/generated/vocabulary.json"

// The enums and length limits the PWA shows as hints (ui/src/domain.js),
// named by the collection field that defines them.
var (
	vocabularyEnums = map[string][2]string{
		"topics":         {"ideas", "topic"},
		"statuses":       {"ideas", "status"},
		"barriers":       {"feedback", "barriers"},
		"feedbackStates": {"feedback", "state"},
		"reportReasons":  {"reports", "reason"},
	}
	vocabularyLimits = map[string][2]string{
		"title":        {"ideas", "title"},
		"body":         {"ideas", "body"},
		"comment":      {"comments", "body"},
		"feedbackText": {"feedback", "text"},
		"note":         {"reports", "note"},
		"barrierOther": {"feedback", "barrier_other"},
		"answer":       {"feedback", "answer"},
		"displayName":  {"users", "display_name"},
	}
)

// vocabulary reads the enums and limits from the migrated schema, the one source.
func vocabulary(t *testing.T, app core.App) []byte {
	field := func(names [2]string) core.Field {
		collection, err := app.FindCollectionByNameOrId(names[0])
		if err != nil {
			t.Fatal(err)
		}
		f := collection.Fields.GetByName(names[1])
		if f == nil {
			t.Fatalf("%s has no field %s", names[0], names[1])
		}
		return f
	}
	enums, limits := map[string][]string{}, map[string][2]int{}
	for name, names := range vocabularyEnums {
		enums[name] = field(names).(*core.SelectField).Values
	}
	for name, names := range vocabularyLimits {
		switch f := field(names).(type) {
		case *core.TextField:
			limits[name] = [2]int{f.Min, f.Max}
		default:
			t.Fatalf("%v: no length limits", names)
		}
	}
	raw, err := json.MarshalIndent(map[string]any{
		"_":      "Generated from the migrated schema by `go test ./tests -run TestThePWAsVocabularyIsTheSchemas -update`; do not edit.",
		"enums":  enums,
		"limits": limits,
	}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(raw, '\n')
}

func TestThePWAsVocabularyIsTheSchemas(t *testing.T) {
	want := vocabulary(t, newTestApp(t))
	if *updateVocabulary {
		if err := os.WriteFile(vocabularyPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got, err := os.ReadFile(vocabularyPath); err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s does not follow the schema (%v); run go test ./tests -run TestThePWAsVocabularyIsTheSchemas -update", vocabularyPath, err)
	}
}
