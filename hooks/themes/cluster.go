package themes

import (
	"math"
	"slices"
	"strings"
)

// Clustering of short texts by their terms. Each text is a vector of its
// distinct terms (less the vocabulary's generic words), the topics of the
// vocabulary they belong to, and the character n-grams of the terms, each
// weighted by its rarity in the texts clustered together (idf), so that
// "Termin" and "Telefon" decide a theme and "Gemeinde" hardly counts. Texts
// are then grouped by average linkage (linkage.go) on their cosine similarity.
//
// What each step gave on tests/testdata/themes_labelled.json (tuning) and
// themes_labelled_heldout.json, adjusted Rand index: texts joined to growing
// centres in order 0.48 and 0.56; without the generic words 0.53 and 0.63;
// with the vocabulary's topics 0.81 and 0.74, but between 0.64 and 0.81 as
// the order of the texts changed; average linkage instead 0.80 and 0.84,
// whatever the order.

// TopicWeight is how much a shared topic of the vocabulary counts beside a
// shared term: a topic stands for a whole line of everyday words.
const TopicWeight = 3.0

// NgramWeight is how much a character n-gram counts beside a whole term.
// The n-grams let spellings and compounds the lexicon does not know meet:
// "Hundekot" and "Hundehaufen", "Schlagloch" and "Schlachloch".
const NgramWeight = 0.25

// vector is a sparse weighted term vector.
type vector map[string]float64

// Cluster groups texts given as their terms and returns, for each text, the
// index of its theme; themes are numbered from 0 in order of first member.
func Cluster(texts [][]string, vocabulary *Vocabulary) []int {
	return averageLinkage(weighTerms(texts, vocabulary), LinkageCut)
}

// weighTerms turns each text's distinct features into a vector weighted by idf.
func weighTerms(texts [][]string, vocabulary *Vocabulary) []vector {
	features := make([][]string, len(texts))
	containing := map[string]float64{}
	for i, terms := range texts {
		features[i] = vocabulary.featuresOf(terms)
		for _, feature := range features[i] {
			containing[feature]++
		}
	}
	vectors := make([]vector, len(texts))
	for i := range texts {
		v := vector{}
		for _, feature := range features[i] {
			if containing[feature] < 2 {
				continue // shared with no other text, it only dilutes the similarity
			}
			weight := math.Log(float64(len(texts)) / containing[feature])
			switch {
			case feature[0] == ngramMark:
				weight *= NgramWeight
			case strings.HasPrefix(feature, topicMark):
				weight *= TopicWeight
			}
			v[feature] = weight
		}
		vectors[i] = v
	}
	return vectors
}

// ngramLength is the length of the character n-grams.
const ngramLength = 4

// ngramMark starts an n-gram feature; terms never contain it.
const ngramMark = '#'

// featuresOf returns a text's distinct terms that are not generic, the
// topics they belong to, and the distinct character n-grams of the terms,
// each padded with a space at both ends.
func (v *Vocabulary) featuresOf(terms []string) []string {
	var features []string
	for _, term := range terms {
		if v.generic[term] {
			continue
		}
		features = append(features, term)
		if topic, ok := v.topicOf(term); ok {
			features = append(features, topic)
		}
	}
	features = distinct(features)
	for _, term := range features {
		if strings.HasPrefix(term, topicMark) {
			continue
		}
		padded := " " + term + " "
		for i := 0; i+ngramLength <= len(padded); i++ {
			features = append(features, string(ngramMark)+padded[i:i+ngramLength])
		}
	}
	return distinct(features)
}

func distinct(terms []string) []string {
	return slices.Compact(slices.Sorted(slices.Values(terms)))
}

func norm(v vector) float64 {
	var sum float64
	for _, w := range v {
		sum += w * w
	}
	return math.Sqrt(sum)
}

// renumber numbers themes from 0 in order of their first member.
func renumber(assignment []int) []int {
	numbers := map[int]int{}
	for i, theme := range assignment {
		if _, ok := numbers[theme]; !ok {
			numbers[theme] = len(numbers)
		}
		assignment[i] = numbers[theme]
	}
	return assignment
}
