package search

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/mitwirken/mitwirken/hooks/textsim"
)

// The options for understanding paraphrase, measured against each other on
// the labelled pairs without a database: every draft is scored against every
// published idea of its set with the weighted overlap, and the best three
// above minSimilarity are its suggestions. The route adds bm25's candidate
// search in front, so its figures (tests/search_test.go) differ slightly.

type labelledPair struct {
	Duplicate bool `json:"duplicate"`
	A, B      struct{ Title, Body string }
}

func loadLabelledPairs(t testing.TB, file string) []labelledPair {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var pairs []labelledPair
	if err := json.Unmarshal(data, &pairs); err != nil {
		t.Fatal(err)
	}
	return pairs
}

// analysisOption turns a text into the terms the similarity compares.
type analysisOption struct {
	name  string
	terms func(text string) []string
}

func analysisOptions() []analysisOption {
	with := func(options textsim.Options) func(string) []string {
		analyzer := textsim.NewWith(foldGerman, stemGerman, options)
		return func(text string) []string {
			var terms []string
			for _, word := range foldedWords(text) {
				terms = append(terms, analyzer.Terms(word)...)
			}
			return terms
		}
	}
	plain := with(textsim.Options{})
	return []analysisOption{
		{"stems only (before)", plain},
		{"character 4-grams of stems", func(text string) []string { return characterNgrams(plain(text), 4) }},
		{"compound splitting", with(textsim.Options{Compounds: true})},
		{"synonyms and short forms", with(textsim.Options{Synonyms: true})},
		{"compounds + synonyms (chosen)", with(textsim.Options{Synonyms: true, Compounds: true})},
		{"compounds + synonyms + 4-grams", func(text string) []string {
			terms := with(textsim.Options{Synonyms: true, Compounds: true})(text)
			return append(terms, characterNgrams(terms, 4)...)
		}},
	}
}

// characterNgrams returns the n-letter pieces of each term, padded so that
// short terms keep one piece.
func characterNgrams(terms []string, n int) []string {
	var grams []string
	for _, term := range terms {
		padded := "_" + term + "_"
		for i := 0; i+n <= len(padded); i++ {
			grams = append(grams, padded[i:i+n])
		}
		if len(padded) < n {
			grams = append(grams, padded)
		}
	}
	return grams
}

// offlineFinding scores each draft against all published ideas of pairs.
func offlineFinding(pairs []labelledPair, terms func(string) []string) (precision, recall float64) {
	published := make([][]string, len(pairs))
	documents := map[string]float64{}
	for i, pair := range pairs {
		published[i] = terms(pair.B.Title + " " + pair.B.Title + " " + pair.B.Body)
		for _, term := range slices.Compact(slices.Sorted(slices.Values(published[i]))) {
			documents[term]++
		}
	}
	weights := map[string]float64{}
	for term, n := range documents {
		weights[term] = inverseDocumentFrequency(n, float64(len(pairs)))
	}
	var shown, shownDuplicates, duplicates int
	for i, pair := range pairs {
		draft := terms(pair.A.Title + ". " + pair.A.Body)
		type scored struct {
			idea  int
			score float64
		}
		var candidates []scored
		for j, idea := range published {
			if score := similarity(draft, idea, weights); score >= minSimilarity {
				candidates = append(candidates, scored{j, score})
			}
		}
		slices.SortStableFunc(candidates, func(a, b scored) int {
			switch {
			case a.score > b.score:
				return -1
			case a.score < b.score:
				return 1
			}
			return 0
		})
		inTop := slices.ContainsFunc(candidates[:min(3, len(candidates))], func(s scored) bool { return s.idea == i })
		if pair.Duplicate {
			duplicates++
		}
		if inTop {
			shown++
			if pair.Duplicate {
				shownDuplicates++
			}
		}
	}
	return float64(shownDuplicates) / float64(max(shown, 1)), float64(shownDuplicates) / float64(max(duplicates, 1))
}

func TestParaphraseOptionsMeasured(t *testing.T) {
	tuning := loadLabelledPairs(t, "../../tests/testdata/similar_pairs.json")
	heldOut := loadLabelledPairs(t, "../../tests/testdata/similar_pairs_heldout.json")
	recalls := map[string]float64{}
	for _, option := range analysisOptions() {
		tp, tr := offlineFinding(tuning, option.terms)
		hp, hr := offlineFinding(heldOut, option.terms)
		recalls[option.name] = tr
		t.Log(fmt.Sprintf("%-32s tuning P %.2f R %.2f | held-out P %.2f R %.2f", option.name, tp, tr, hp, hr))
	}
	if recalls["compounds + synonyms (chosen)"] <= recalls["stems only (before)"] {
		t.Errorf("the chosen analysis finds no more duplicates than plain stems: %v", recalls)
	}
}

// BenchmarkSearchTermsOfDraft is the text analysis of one draft, which the
// similar route runs once per suggestion request.
func BenchmarkSearchTermsOfDraft(b *testing.B) {
	draft := "Perso verlängern: feste Uhrzeit statt Wartezimmer. Wer den Personalausweis verlängern will, " +
		"sitzt stundenlang im Wartezimmer des Bürgerbüros; die Friedhofsgebühren und die Kfz-Anmeldung übers Internet sind das nächste."
	for b.Loop() {
		Terms(draft)
	}
}
