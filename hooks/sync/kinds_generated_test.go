package sync

import (
	"flag"
	"os"
	"strings"
	"testing"
)

// update rewrites the generated files instead of comparing them:
// go test ./hooks/sync -run TestGeneratedFilesFollowTheTableOfKinds -update
var update = flag.Bool("update", false, "rewrite the files generated from the table of mutation kinds")

// The file written from mutationKinds, relative to this package: its table
// is also what the PWA's build reads (ui/build.mjs), so a new kind changes
// no other generated file.
const (
	syncDocPath   = "../../docs/sync.md"
	docTableStart = "<!-- mutation kinds: generated from hooks/sync/kinds.go -->\n"
	docTableEnd   = "<!-- end of mutation kinds -->\n"
)

// docTable is the table of kinds in docs/sync.md: for people, the args and
// the REST call; for the PWA, the collection, op and owner fields it settles
// an answer by (ui/src/sync/push.js, ui/src/store/overlay.js).
func docTable() string {
	var b strings.Builder
	b.WriteString(docTableStart + "| type | collection | op | owners | args (? optional) | like the REST call |\n|---|---|---|---|---|---|\n")
	for _, kind := range mutationKinds {
		args := make([]string, len(kind.Args))
		for i, arg := range kind.Args {
			args[i] = "`" + arg.Name + "`"
			if !arg.Required {
				args[i] += "?"
			}
		}
		owners := make([]string, len(kind.Owners))
		for i, owner := range kind.Owners {
			owners[i] = "`" + owner + "`"
		}
		b.WriteString("| `" + kind.Type + "` | `" + kind.Collection + "` | " + kind.Op + " | " + strings.Join(owners, ", ") + " | " +
			strings.Join(args, ", ") + " | " + kind.Rest + " |\n")
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
		if err := os.WriteFile(syncDocPath, []byte(wantDoc), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(doc) != wantDoc {
		t.Errorf("%s: the table of mutation kinds is stale; run go test ./hooks/sync -update", syncDocPath)
	}
}
