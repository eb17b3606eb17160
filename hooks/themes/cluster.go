package themes

import (
	"math"
	"slices"
)

// Clustering of short texts by their terms. Each text is a vector of its
// distinct terms, each weighted by its rarity in the texts clustered
// together (idf), so that "Termin" and "Telefon" decide a theme and
// "Gemeinde" hardly counts. A text joins the theme whose centre it is most
// similar to (cosine), or starts a theme of its own below MinSimilarity; a
// few passes then let every text move to the centre that fits it best, and
// themes whose centres are alike are merged. It costs texts × themes
// comparisons per pass, so a district's year of texts clusters in seconds.

// MinSimilarity is the least cosine similarity of a text to a theme's centre.
// Tuned on tests/testdata/themes_labelled.json.
const MinSimilarity = 0.15

// refinePasses is how many times every text may move to a better theme.
const refinePasses = 3

// vector is a sparse weighted term vector.
type vector map[string]float64

// Cluster groups texts given as their terms and returns, for each text, the
// index of its theme; themes are numbered from 0 in order of first member.
func Cluster(texts [][]string) []int {
	vectors := weighTerms(texts)
	assignment := make([]int, len(texts))
	var centres []vector
	for i, v := range vectors {
		best, score := nearest(v, centres)
		if score < MinSimilarity {
			centres = append(centres, vector{})
			best = len(centres) - 1
		}
		assignment[i] = best
		add(centres[best], v)
	}
	for range refinePasses {
		centres = centresOf(vectors, assignment)
		for i, v := range vectors {
			remove(centres[assignment[i]], v)
			best, score := nearest(v, centres)
			if score < MinSimilarity {
				best = assignment[i]
			}
			assignment[i] = best
			add(centres[best], v)
		}
	}
	return renumber(mergeAlike(vectors, assignment))
}

// weighTerms turns each text's distinct features into a vector weighted by idf.
func weighTerms(texts [][]string) []vector {
	features := make([][]string, len(texts))
	containing := map[string]float64{}
	for i, terms := range texts {
		features[i] = featuresOf(terms)
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
			if feature[0] == ngramMark {
				weight *= NgramWeight
			}
			v[feature] = weight
		}
		vectors[i] = v
	}
	return vectors
}

// NgramWeight is how much a character n-gram counts beside a whole term.
// The n-grams let spellings and compounds the lexicon does not know meet:
// "Hundekot" and "Hundehaufen", "Schlagloch" and "Schlachloch".
const NgramWeight = 0.5

// ngramLength is the length of the character n-grams.
const ngramLength = 4

// ngramMark starts an n-gram feature; terms never contain it.
const ngramMark = '#'

// featuresOf returns the distinct terms and the distinct character n-grams
// of the terms, each padded with a space at both ends.
func featuresOf(terms []string) []string {
	features := distinct(terms)
	for _, term := range features {
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

// nearest returns the centre most similar to v and its similarity; -1 and 0
// when there is none.
func nearest(v vector, centres []vector) (int, float64) {
	best, bestScore := -1, 0.0
	for c, centre := range centres {
		if score := cosine(v, centre); score > bestScore {
			best, bestScore = c, score
		}
	}
	return best, bestScore
}

func cosine(a, b vector) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	var dot float64
	for term, w := range a {
		dot += w * b[term]
	}
	if dot == 0 {
		return 0
	}
	return dot / (norm(a) * norm(b))
}

func norm(v vector) float64 {
	var sum float64
	for _, w := range v {
		sum += w * w
	}
	return math.Sqrt(sum)
}

func add(centre, v vector) {
	for term, w := range v {
		centre[term] += w
	}
}

func remove(centre, v vector) {
	for term, w := range v {
		if centre[term] -= w; centre[term] < 1e-9 {
			delete(centre, term)
		}
	}
}

func centresOf(vectors []vector, assignment []int) []vector {
	centres := make([]vector, slices.Max(append(assignment, -1))+1)
	for c := range centres {
		centres[c] = vector{}
	}
	for i, v := range vectors {
		add(centres[assignment[i]], v)
	}
	return centres
}

// mergeAlike merges themes whose centres are at least MinSimilarity alike,
// the most alike first, until no such pair is left.
func mergeAlike(vectors []vector, assignment []int) []int {
	for {
		centres := centresOf(vectors, assignment)
		from, into, bestScore := -1, -1, MinSimilarity
		for a := range centres {
			for b := a + 1; b < len(centres); b++ {
				if len(centres[a]) == 0 || len(centres[b]) == 0 {
					continue
				}
				if score := cosine(centres[a], centres[b]); score >= bestScore {
					from, into, bestScore = b, a, score
				}
			}
		}
		if from < 0 {
			return assignment
		}
		for i := range assignment {
			if assignment[i] == from {
				assignment[i] = into
			}
		}
	}
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
