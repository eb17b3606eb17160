package sync

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
)

// update rewrites the generated files instead of comparing them:
// go test ./hooks/sync -run TestGeneratedFilesFollowTheTableOfKinds -update
var update = flag.Bool("update", false, "rewrite the files generated from the table of mutation kinds")

// The files written from mutationKinds, relative to this package.
const (
	kindsJSONPath = "../../ui/src/generated/mutations.json"
	syncDocPath   = "../../docs/sync.md"
	docTableStart = "<!-- mutation kinds: generated from hooks/sync/kinds.go -->\n"
	docTableEnd   = "<!-- end of mutation kinds -->\n"
)

// kindsJSON is what the PWA reads: every kind with its collection, op,
// owners and args (ui/src/sync/push.js; ui/build.mjs checks its uses).
func kindsJSON(t *testing.T) []byte {
	raw, err := json.MarshalIndent(map[string]any{
		"_":     "Generated from hooks/sync/kinds.go by `go test ./hooks/sync -update`; do not edit.",
		"kinds": mutationKinds,
	}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(raw, '\n')
}

// docTable is the table of kinds in docs/sync.md.
func docTable() string {
	var b strings.Builder
	b.WriteString(docTableStart + "| type | args (? optional) | like the REST call |\n|---|---|---|\n")
	for _, kind := range mutationKinds {
		args := make([]string, len(kind.Args))
		for i, arg := range kind.Args {
			args[i] = "`" + arg.Name + "`"
			if !arg.Required {
				args[i] += "?"
			}
		}
		b.WriteString("| `" + kind.Type + "` | " + strings.Join(args, ", ") + " | " + kind.Rest + " |\n")
	}
	return b.String() + docTableEnd
}

func TestGeneratedFilesFollowTheTableOfKinds(t *testing.T) {
	doc, err := os.ReadFile(syncDocPath)
	if err != nil {
		t.Fatal(err)
	}
	before, rest, found := strings.Cut(string(doc), docTableStart)
	_, after, foundEnd := strings.Cut(rest, docTableEnd)
	if !found || !foundEnd {
		t.Fatalf("%s: the markers of the generated table are missing", syncDocPath)
	}
	wantDoc := before + docTable() + after
	if *update {
		if err := os.WriteFile(kindsJSONPath, kindsJSON(t), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(syncDocPath, []byte(wantDoc), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(doc) != wantDoc {
		t.Errorf("%s: the table of mutation kinds is stale; run go test ./hooks/sync -update", syncDocPath)
	}
	if got, err := os.ReadFile(kindsJSONPath); err != nil || !bytes.Equal(got, kindsJSON(t)) {
		t.Errorf("%s is stale (%v); run go test ./hooks/sync -update", kindsJSONPath, err)
	}
}
