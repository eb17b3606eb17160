package tests

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// repeatedIdPattern is the id pattern of the collections devices create
// records in, as it was before 1764202000_cheap_id_pattern.go: with the
// length in the pattern.
const repeatedIdPattern = `^[a-z0-9][a-z0-9-]{14,35}$`

// clientIdCollections are the collections whose ids devices choose offline.
var clientIdCollections = []string{"ideas", "votes", "comments", "feedback", "reports", "appeals"}

// idCode is the error code PocketBase's validation of the id field gives
// value, or "" when it passes.
func idCode(t *testing.T, field *core.TextField, value string) string {
	t.Helper()
	err := field.ValidatePlainValue(value)
	if err == nil {
		return ""
	}
	var ve validation.Error
	if !errors.As(err, &ve) {
		t.Fatalf("%q: got %v, want a validation error", value, err)
	}
	return ve.Code()
}

// The cheaper pattern must let exactly the same ids through, with the same
// errors: PocketBase checks the field's length before the pattern.
func TestClientIdPatternAcceptsWhatTheRepeatedOneDid(t *testing.T) {
	app := newTestApp(t)
	// Half the candidates from the characters of an id, half with others among them.
	alphabets := [][]rune{[]rune("abcxyz0189-"), []rune("abcxyz0189-_AZ.ä")}
	random := rand.New(rand.NewPCG(1, 2))
	candidates := []string{"", clientId, strings.Repeat("a", 14), strings.Repeat("a", 15), strings.Repeat("a", 36),
		strings.Repeat("a", 37), "-" + strings.Repeat("a", 20), strings.Repeat("A", 20), "0b9e6f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5"}
	for i := range 5000 {
		alphabet := alphabets[i%2]
		var b strings.Builder
		for range random.IntN(40) {
			b.WriteRune(alphabet[random.IntN(len(alphabet))])
		}
		candidates = append(candidates, b.String())
	}
	for _, name := range clientIdCollections {
		collection, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			t.Fatal(err)
		}
		field := collection.Fields.GetByName(core.FieldNameId).(*core.TextField)
		if field.Pattern == repeatedIdPattern || field.Min != 15 || field.Max != 36 {
			t.Fatalf("%s id: pattern %q, length %d–%d; want the cheap pattern and 15–36", name, field.Pattern, field.Min, field.Max)
		}
		before := *field
		before.Pattern = repeatedIdPattern
		accepted := 0
		for _, id := range candidates {
			got, want := idCode(t, field, id), idCode(t, &before, id)
			if got != want {
				t.Errorf("%s id %q: got %q, want %q as before", name, id, got, want)
			}
			if got == "" {
				accepted++
			}
		}
		if accepted < 50 {
			t.Fatalf("%s: only %d of the candidates are valid ids; the comparison says little", name, accepted)
		}
	}
}

// A database migrated before the cheap pattern gets it; reverting brings the
// repeated one back.
func TestCheapIdPatternMigration(t *testing.T) {
	app := newTestApp(t)
	var migration *core.Migration
	for _, m := range core.AppMigrations.Items() {
		if m.File == "1764202000_cheap_id_pattern.go" {
			migration = m
		}
	}
	if migration == nil {
		t.Fatal("migration 1764202000_cheap_id_pattern.go is not registered")
	}
	patterns := func() map[string]string {
		found := map[string]string{}
		for _, name := range clientIdCollections {
			collection, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				t.Fatal(err)
			}
			found[name] = collection.Fields.GetByName(core.FieldNameId).(*core.TextField).Pattern
		}
		return found
	}
	cheap := patterns()
	if err := migration.Down(app); err != nil {
		t.Fatal(err)
	}
	for name, pattern := range patterns() {
		if pattern != repeatedIdPattern {
			t.Errorf("after down: %s id pattern %q, want %q", name, pattern, repeatedIdPattern)
		}
	}
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	if got := users.Fields.GetByName(core.FieldNameId).(*core.TextField).Pattern; got == repeatedIdPattern {
		t.Errorf("users id pattern changed to %q; only client-id collections may", got)
	}
	if err := migration.Up(app); err != nil {
		t.Fatal(err)
	}
	for name, pattern := range patterns() {
		if pattern != cheap[name] {
			t.Errorf("after up: %s id pattern %q, want %q", name, pattern, cheap[name])
		}
	}
}
