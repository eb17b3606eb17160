// Package textsim holds the language knowledge behind Mitwirken's similarity
// of texts: which words of the municipal-services domain mean the same
// ("Kfz" and "Auto", "Perso" and "Personalausweis"), how compounds split
// into their parts ("Friedhofsgebühren" into "Friedhof" and "Gebühren"), and
// which dialect spellings of filler words carry no meaning ("net", "nix").
// It has no PocketBase dependency: the search index, duplicate suggestions
// and themes all feed their words through one Analyzer, so a draft and the
// ideas it is compared with always meet at the same terms.
//
// The word lists are a small, curated table written for this project (see
// lexicon.go); no thesaurus is downloaded or read at run time.
package textsim

import (
	_ "embed"
	"strings"
)

// minPartLength is the shortest compound part; shorter ones ("an", "ab")
// would split ordinary words apart.
const minPartLength = 3

// Analyzer turns one word into its terms: the stems of its compound parts,
// each replaced by the canonical stem of its synonym group.
type Analyzer struct {
	fold, stem func(string) string
	options    Options
	// parts are the folded words that a compound may be built of.
	parts map[string]bool
	// partStems are the stems of parts, to recognise an inflected last part.
	partStems map[string]bool
	// canonical maps the stem of a synonym or abbreviation to the stem of the
	// first word of its group.
	canonical map[string]string
	// fillers are folded dialect and colloquial spellings to drop.
	fillers map[string]bool
}

// Options choose the parts of the lexicon an Analyzer uses; New uses all.
// The others exist to measure what each part is worth.
type Options struct {
	Synonyms, Compounds bool
}

// New builds an Analyzer from the whole lexicon. fold lowercases away umlauts and
// accents the way the caller's words are folded; stem reduces a folded word
// to its stem. Both come from the search index's own text analysis.
func New(fold, stem func(string) string) *Analyzer {
	return NewWith(fold, stem, Options{Synonyms: true, Compounds: true})
}

// NewWith builds an Analyzer that uses only the parts of the lexicon in options.
func NewWith(fold, stem func(string) string, options Options) *Analyzer {
	a := &Analyzer{
		fold: fold, stem: stem, options: options,
		parts: map[string]bool{}, partStems: map[string]bool{},
		canonical: map[string]string{}, fillers: map[string]bool{},
	}
	for _, word := range strings.Fields(compoundParts) {
		a.addPart(fold(word))
	}
	for _, line := range strings.Split(synonymGroups, "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			continue
		}
		head := stem(fold(words[0]))
		for _, word := range words {
			word = fold(word)
			a.addPart(word)
			a.canonical[stem(word)] = head
		}
	}
	for _, word := range strings.Fields(fillerWords) {
		a.fillers[fold(word)] = true
	}
	return a
}

func (a *Analyzer) addPart(word string) {
	a.parts[word] = true
	a.partStems[a.stem(word)] = true
}

// Terms returns the terms of one folded, lowercase word: none for a filler,
// the canonical stems of its parts for a known compound, else the canonical
// stem of the word.
func (a *Analyzer) Terms(word string) []string {
	if a.fillers[word] {
		return nil
	}
	parts := []string{word}
	if a.options.Compounds && !a.parts[word] && !a.partStems[a.stem(word)] {
		if split := a.split(word); split != nil {
			parts = split
		}
	}
	terms := make([]string, 0, len(parts))
	for _, part := range parts {
		terms = append(terms, a.Canonical(a.stem(part)))
	}
	return terms
}

// Canonical returns the stem that stands for the synonym group of stem, or
// stem itself.
func (a *Analyzer) Canonical(stem string) string {
	if head, ok := a.canonical[stem]; ok && a.options.Synonyms {
		return head
	}
	return stem
}
