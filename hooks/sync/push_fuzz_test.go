package sync

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/uuid"
	validation "github.com/pocketbase/ozzo-validation/v4"
)

// pushSeeds are FuzzPush's seeds (tests/sync_fuzz_test.go reads the same
// file) and one push per kind with valid args.
func pushSeeds(t testing.TB) []string {
	raw, err := os.ReadFile("testdata/push_seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	var seeds []string
	if err := json.Unmarshal(raw, &seeds); err != nil {
		t.Fatal(err)
	}
	for i, kind := range mutationKinds {
		seeds = append(seeds, fmt.Sprintf(`{"device":"5b0c7c0e-0000-4000-8000-000000000001","mutations":[`+
			`{"id":"5b0c7c0e-0000-4000-8000-%012d","seq":%d,"type":%q,"args":%s}]}`, 100+i, i, kind.Type, kind.Example))
	}
	return seeds
}

// Every kind has valid args to seed with, so a new kind is fuzzed too.
func TestEveryKindHasValidArgs(t *testing.T) {
	for _, kind := range mutationKinds {
		if _, errs := kind.decode(json.RawMessage(kind.Example)); errs != nil {
			t.Errorf("%s: %v", kind.Type, errs)
		}
	}
}

// pushErrorField is a field a refused push can name.
var pushErrorField = regexp.MustCompile(`^(body|device|mutations|mutations\.(0|[1-9][0-9]?)\.(id|seq|type|args))$`)

// FuzzDecodePush checks what the server reads from a push body before it
// touches the database: decodePush and each kind's strict args decoding.
// It needs no app, so it runs thousands of times a second; FuzzPush in
// tests/ is the end-to-end target.
func FuzzDecodePush(f *testing.F) {
	seeds := pushSeeds(f)
	for _, seed := range seeds {
		f.Add([]byte(seed))
	}
	// Each worker warms up first: lazy first uses (the validator's compiled
	// regexps, its struct cache) are coverage a second run of the same input
	// lacks, and the fuzzer stalls minimizing inputs whose coverage does not
	// repeat.
	for _, seed := range seeds {
		checkPush(f, []byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) { checkPush(t, body) })
}

// checkPush is one run of FuzzDecodePush.
func checkPush(t testing.TB, body []byte) {
	req, errs := decodePush(body)
	if errs != nil {
		checkRefusal(t, errs, pushErrorField, "")
		return
	}
	if n := len(req.Mutations); n < 1 || n > pushMaxMutations {
		t.Fatalf("accepted %d mutations", n)
	}
	checkCanonical(t, "device", req.Device)
	ids := map[string]bool{}
	for i, m := range req.Mutations {
		checkCanonical(t, fmt.Sprintf("mutation %d", i), m.Id)
		if ids[m.Id] {
			t.Fatalf("accepted mutation id %s twice", m.Id)
		}
		ids[m.Id] = true
		if m.Seq < 0 {
			t.Fatalf("accepted seq %d", m.Seq)
		}
		kind, ok := kindOf(m.Type)
		if !ok {
			t.Fatalf("accepted type %q, which is not in the table", m.Type)
		}
		checkArgs(t, kind, m.Args)
	}
}

// checkCanonical fails unless id is a UUID written as uuid writes it.
func checkCanonical(t testing.TB, what, id string) {
	if parsed, err := uuid.Parse(id); err != nil || parsed.String() != id {
		t.Fatalf("accepted %s id %q, which is not a canonical UUID", what, id)
	}
}

// checkRefusal fails unless errs name fields (matched by fields, or among
// args) with a code each, as PocketBase's error shape needs.
func checkRefusal(t testing.TB, errs validation.Errors, fields *regexp.Regexp, args string) {
	if len(errs) == 0 {
		t.Fatal("refused without naming a field")
	}
	for field, err := range errs {
		if !fields.MatchString(field) && !strings.Contains(args, " "+field+" ") {
			t.Fatalf("refused naming %q, which is no field of the request", field)
		}
		if verr, ok := err.(validation.Error); !ok || verr.Code() == "" {
			t.Fatalf("refused %s without a code: %#v", field, err)
		}
	}
}

// argsErrorField is what a refusal of args names besides the args' fields.
var argsErrorField = regexp.MustCompile(`^args$`)

// checkArgs runs kind's decoder on raw: what it accepts has only the kind's
// fields, within the table's bounds; what it refuses names an arg.
func checkArgs(t testing.TB, kind mutationKind, raw json.RawMessage) {
	names := " "
	for _, arg := range kind.Args {
		names += arg.Name + " "
	}
	decoded, errs := kind.decode(raw)
	if errs != nil {
		checkRefusal(t, errs, argsErrorField, names)
		return
	}
	var sent map[string]json.RawMessage
	if err := json.Unmarshal(raw, &sent); err != nil {
		t.Fatalf("%s accepted args that are no JSON object: %s", kind.Type, raw)
	}
	reencoded, err := json.Marshal(decoded)
	if err != nil {
		t.Fatal(err)
	}
	var read map[string]any
	if err := json.Unmarshal(reencoded, &read); err != nil {
		t.Fatal(err)
	}
	for key := range sent {
		// encoding/json matches names regardless of case ("ID" is id), as
		// REST bodies are read too; what matters is that no other field
		// gets through.
		if !hasKeyFold(read, key) {
			t.Fatalf("%s accepted the unknown field %q", kind.Type, key)
		}
	}
	for _, arg := range kind.Args {
		checkBounds(t, kind.Type, arg, read[arg.Name])
	}
}

// hasKeyFold looks in sorted order, so that the same input covers the same
// lines every run.
func hasKeyFold(m map[string]any, key string) bool {
	return slices.ContainsFunc(slices.Sorted(maps.Keys(m)), func(k string) bool { return strings.EqualFold(k, key) })
}

// checkBounds fails when an accepted value lies outside its arg's bounds; a
// text's min applies once it is given (omitempty).
func checkBounds(t testing.TB, kind string, arg mutationArg, value any) {
	min, hasMin := arg.bounds["min"]
	max, hasMax := arg.bounds["max"]
	var size int
	switch v := value.(type) {
	case string:
		size = utf8.RuneCountInString(v)
		hasMin = hasMin && v != ""
	case float64:
		size = int(v)
	case []any:
		size = len(v)
	default:
		return
	}
	if (hasMin && size < min) || (hasMax && size > max) {
		t.Fatalf("%s accepted %s = %v outside min=%d max=%d", kind, arg.Name, value, min, max)
	}
}
