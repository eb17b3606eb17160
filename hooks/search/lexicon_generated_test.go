package search

import (
	"bytes"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"slices"
	"testing"

	"github.com/mitwirken/mitwirken/hooks/textsim"
)

// update rewrites the files generated from the text analysis instead of
// comparing them: go test ./hooks/search -run TestThePWAsLexiconIsTheServers -update
var update = flag.Bool("update", false, "rewrite ui/src/generated/lexicon.json and tests/testdata/pwa_terms.json")

const (
	// lexiconPath is what the PWA's offline duplicate check loads with the
	// new-idea form (ui/src/store/terms.js).
	lexiconPath = "../../ui/src/generated/lexicon.json"
	// pwaTermsPath holds the server's terms of every labelled text, which
	// tests/browser/terms.test.mjs compares with the PWA's.
	pwaTermsPath = "../../tests/testdata/pwa_terms.json"
)

// pwaLexicon is the whole text analysis of Terms as data: the stopwords and
// the stemmer's suffixes besides the lexicon of package textsim.
type pwaLexicon struct {
	Note          string   `json:"_"`
	Stopwords     []string `json:"stopwords"`
	MinStemLength int      `json:"minStemLength"`
	Feminine      string   `json:"feminineSuffix"`
	Derivational  []string `json:"derivationalSuffixes"`
	Inflectional  []string `json:"inflectionalSuffixes"`
	textsim.Tables
}

func lexiconJSON(t *testing.T) []byte {
	raw, err := json.Marshal(pwaLexicon{
		Note:          "Generated from hooks/search and hooks/textsim by `go test ./hooks/search -update`; do not edit.",
		Stopwords:     slices.Sorted(maps.Keys(germanStopwords)),
		MinStemLength: minStemLength, Feminine: feminineSuffix,
		Derivational: derivationalSuffixes, Inflectional: inflectionalSuffixes,
		Tables: domainWords.Tables(),
	})
	if err != nil {
		t.Fatal(err)
	}
	return append(raw, '\n')
}

// pwaTermsJSON is every text of the labelled pairs with its terms.
func pwaTermsJSON(t *testing.T) []byte {
	type example struct {
		Text  string   `json:"text"`
		Terms []string `json:"terms"`
	}
	var examples []example
	for _, file := range []string{"../../tests/testdata/similar_pairs.json", "../../tests/testdata/similar_pairs_heldout.json"} {
		for _, pair := range loadLabelledPairs(t, file) {
			for _, text := range []string{pair.A.Title + ". " + pair.A.Body, pair.B.Title + " " + pair.B.Body} {
				examples = append(examples, example{text, append([]string{}, Terms(text)...)})
			}
		}
	}
	raw, err := json.MarshalIndent(examples, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return append(raw, '\n')
}

func TestThePWAsLexiconIsTheServers(t *testing.T) {
	files := map[string][]byte{lexiconPath: lexiconJSON(t), pwaTermsPath: pwaTermsJSON(t)}
	for path, want := range files {
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is stale (%v); run go test ./hooks/search -update", path, err)
		}
	}
}
