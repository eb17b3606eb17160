package textsim

import (
	"maps"
	"slices"
)

// Tables are the lexicon as an Analyzer applies it, folded and stemmed by
// the caller's analysis: what a second implementation of Terms needs (the
// PWA's offline duplicate check reads them from
// ui/src/generated/lexicon.json, written by a test in hooks/search).
type Tables struct {
	// Parts are the folded words compounds are split into, sorted.
	Parts []string `json:"parts"`
	// Canonical maps the stem of a synonym or short form to the stem of its
	// group's first word; stems that stand for themselves are left out.
	Canonical map[string]string `json:"canonical"`
	// Fillers are the folded dialect and colloquial words to drop, sorted.
	Fillers []string `json:"fillers"`
	// LinkingElements are the Fugenelemente between two parts, longest first.
	LinkingElements []string `json:"linkingElements"`
	// MinPartLength is the shortest compound part.
	MinPartLength int `json:"minPartLength"`
}

// Tables returns the lexicon of a; it needs both Options on, as New sets them.
func (a *Analyzer) Tables() Tables {
	canonical := map[string]string{}
	for stem, head := range a.canonical {
		if stem != head {
			canonical[stem] = head
		}
	}
	return Tables{
		Parts:           slices.Sorted(maps.Keys(a.parts)),
		Canonical:       canonical,
		Fillers:         slices.Sorted(maps.Keys(a.fillers)),
		LinkingElements: slices.Clone(linkingElements),
		MinPartLength:   minPartLength,
	}
}
