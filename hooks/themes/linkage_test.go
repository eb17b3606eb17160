package themes

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"testing"

	"github.com/mitwirken/mitwirken/hooks/search"
)

// labelledTerms returns the terms of the texts of the tuning part of the
// labelled themes.
func labelledTerms(t testing.TB) [][]string {
	data, err := os.ReadFile("../../tests/testdata/themes_labelled.json")
	if err != nil {
		t.Fatal(err)
	}
	var texts []struct{ Text string }
	if err := json.Unmarshal(data, &texts); err != nil {
		t.Fatal(err)
	}
	terms := make([][]string, len(texts))
	for i, text := range texts {
		terms[i] = search.Terms(text.Text)
	}
	return terms
}

// mergeMostAlikePairs is average linkage done the slow, obvious way: merge
// the two most alike themes until none are cut alike.
func mergeMostAlikePairs(vectors []vector, cut float64) []int {
	n := len(vectors)
	sum := make([][]float64, n)
	for i := range sum {
		sum[i] = make([]float64, n)
		for j := range i {
			if s := cosine(vectors[i], vectors[j]); s >= minPairSimilarity {
				sum[i][j], sum[j][i] = s, s
			}
		}
	}
	theme, size := make([]int, n), make([]float64, n)
	for i := range n {
		theme[i], size[i] = i, 1
	}
	for {
		a, b, best := -1, -1, cut
		for i := range n {
			for j := i + 1; j < n; j++ {
				if size[i] > 0 && size[j] > 0 && sum[i][j]/(size[i]*size[j]) >= best {
					a, b, best = i, j, sum[i][j]/(size[i]*size[j])
				}
			}
		}
		if a < 0 {
			break
		}
		for k := range n {
			sum[a][k] += sum[b][k]
			sum[k][a] = sum[a][k]
		}
		size[a], size[b] = size[a]+size[b], 0
		for i := range theme {
			if theme[i] == b {
				theme[i] = a
			}
		}
	}
	return renumber(theme)
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
func TestAverageLinkageMergesAsTheObviousWay(t *testing.T) {
	vectors := weighTerms(labelledTerms(t), NewVocabulary(search.Terms))
	for _, cut := range []float64{0.15, 0.25, LinkageCut, 0.6} {
		t.Run(fmt.Sprint(cut), func(t *testing.T) {
			got, want := averageLinkage(vectors, cut), mergeMostAlikePairs(vectors, cut)
			if ari := AdjustedRandIndex(got, want); ari < 1 {
				t.Errorf("nearest-neighbour chain and pairwise merging differ: ARI %.3f, want 1", ari)
			}
		})
	}
}

// BenchmarkCluster clusters 5000 texts, the most a district's nightly run
// takes (maxEntries), made of the labelled texts with a word of noise each.
func BenchmarkCluster(b *testing.B) {
	base := labelledTerms(b)
	random := rand.New(rand.NewSource(1))
	texts := make([][]string, maxEntries)
	for i := range texts {
		text := base[random.Intn(len(base))]
		texts[i] = append(append([]string{}, text...), fmt.Sprintf("noise%d", random.Intn(2000)))
	}
	vocabulary := NewVocabulary(search.Terms)
	b.ResetTimer()
	for range b.N {
		Cluster(texts, vocabulary)
	}
}
