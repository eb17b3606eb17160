package themes

import (
	"maps"
	"slices"
)

// Average-linkage clustering: starting from one theme per text, the two
// themes whose texts are most alike on average merge, until no two themes
// are at least LinkageCut alike. Unlike assigning texts to growing centres in
// order, the result does not depend on which text came first, and a theme
// is held together by all its texts, not by its first ones.
//
// It runs as a nearest-neighbour chain (Murtagh 1983), which finds the same
// merges in about n² steps instead of n³. Only pairs of texts at least
// minPairSimilarity alike are kept (sparsely), so memory grows with the
// pairs that share something rather than with n²; the rest count as 0.

// LinkageCut is the least average similarity of two themes' texts at which
// they merge. Tuned on tests/testdata/themes_labelled.json.
const LinkageCut = 0.4

// minPairSimilarity is the least similarity of two texts that is kept.
const minPairSimilarity = 0.05

// averageLinkage returns for each vector the index of its theme.
func averageLinkage(vectors []vector, cut float64) []int {
	n := len(vectors)
	sums := pairSimilarities(vectors)
	size, members := make([]float64, n), make([][]int, n)
	final := make([]bool, n) // merged into another, or never to merge again
	for i := range n {
		size[i], members[i] = 1, []int{i}
	}
	// nearest is the theme most alike to a on average; on a tie, prefer
	// the one below a on the chain, so the chain always ends in a pair.
	nearest := func(a, below int) (int, float64) {
		best, bestScore := -1, -1.0
		for c, sum := range sums[a] {
			score := sum / (size[a] * size[c])
			if score > bestScore || score == bestScore && (c == below || best != below && c < best) {
				best, bestScore = c, score
			}
		}
		return best, bestScore
	}
	for start := range n {
		if final[start] {
			continue
		}
		chain := []int{start}
		for len(chain) > 0 {
			a := chain[len(chain)-1]
			below := -1
			if len(chain) > 1 {
				below = chain[len(chain)-2]
			}
			b, score := nearest(a, below)
			switch {
			case b < 0 || score < cut:
				// Merging only lowers averages, so a stays as it is.
				final[a] = true
				chain = chain[:len(chain)-1]
			case b == below:
				merge(sums, size, members, below, a)
				final[a] = true
				chain = chain[:len(chain)-2]
				if len(chain) == 0 {
					chain = append(chain, below) // the merged theme may merge again
				}
			default:
				chain = append(chain, b)
			}
		}
	}
	assignment := make([]int, n)
	for theme, texts := range members {
		for _, i := range texts {
			assignment[i] = theme
		}
	}
	return renumber(assignment)
}

// merge moves theme from into theme into.
func merge(sums []map[int]float64, size []float64, members [][]int, into, from int) {
	delete(sums[into], from)
	for c, sum := range sums[from] {
		if c == into {
			continue
		}
		sums[into][c] += sum
		sums[c][into] = sums[into][c]
		delete(sums[c], from)
	}
	sums[from] = nil
	size[into] += size[from]
	members[into] = append(members[into], members[from]...)
	members[from] = nil
}

// pairSimilarities is the cosine similarity of every pair of texts at least
// minPairSimilarity alike, found through the texts that share each feature.
// Features are summed in a fixed order, so that equal texts are exactly
// equally alike in every run and ties break the same way.
func pairSimilarities(vectors []vector) []map[int]float64 {
	type posting struct {
		text   int
		weight float64
	}
	postings, features := map[string][]posting{}, make([][]string, len(vectors))
	for i, v := range vectors {
		length := norm(v)
		features[i] = slices.Sorted(maps.Keys(v))
		for _, feature := range features[i] {
			postings[feature] = append(postings[feature], posting{i, v[feature] / length})
		}
	}
	sums := make([]map[int]float64, len(vectors))
	for i := range sums {
		sums[i] = map[int]float64{}
	}
	dot := make([]float64, len(vectors))
	var touched []int
	for i, v := range vectors {
		length := norm(v)
		for _, feature := range features[i] {
			for _, p := range postings[feature] {
				if p.text > i {
					if dot[p.text] == 0 {
						touched = append(touched, p.text)
					}
					dot[p.text] += v[feature] / length * p.weight
				}
			}
		}
		for _, j := range touched {
			if dot[j] >= minPairSimilarity {
				sums[i][j], sums[j][i] = dot[j], dot[j]
			}
			dot[j] = 0
		}
		touched = touched[:0]
	}
	return sums
}
