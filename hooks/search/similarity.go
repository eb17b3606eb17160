package search

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Duplicate detection. bm25 alone always ranks something first, even an idea
// that shares a single word with the draft, so the candidates it finds are
// weighed once more: by how much of both texts they share, each term counted
// by its rarity. Only candidates above minSimilarity are offered; with the
// labelled pairs in tests/testdata this keeps most related-but-different
// ideas out while keeping most true duplicates in.

// minSimilarity is the least weighted overlap (0 to 1) of a possible duplicate.
const minSimilarity = 0.2

// candidatesPerSuggestion is how many bm25 candidates are weighed for each
// idea a request asks for. Every candidate's terms are looked up in the
// vocabulary, which is most of the route's cost.
const candidatesPerSuggestion = 3

// suggestDuplicates returns up to limit ideas similar to the terms of a
// draft, most similar first, each with its similarity as Score.
func suggestDuplicates(app core.App, terms []string, region string, limit int) ([]searchHit, error) {
	hits, err := findSimilarIdeas(app, terms, region, candidatesPerSuggestion*limit)
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	if err := loadTitleTerms(app, hits); err != nil {
		return nil, err
	}
	vocabulary := slices.Clone(terms)
	for _, hit := range hits {
		vocabulary = append(vocabulary, strings.Fields(hit.Terms)...)
	}
	weights, err := termWeights(app, vocabulary)
	if err != nil {
		return nil, err
	}
	return mostSimilar(terms, hits, weights, limit), nil
}

// mostSimilar scores the hits against the query terms, drops those below
// minSimilarity and returns the best limit, ties broken by bm25.
func mostSimilar(query []string, hits []searchHit, weights map[string]float64, limit int) []searchHit {
	similar := make([]searchHit, 0, len(hits))
	for _, hit := range hits {
		hit.Score = max(similarity(query, strings.Fields(hit.Terms), weights), similarity(query, hit.TitleTerms, weights))
		if hit.Score >= minSimilarity {
			similar = append(similar, hit)
		}
	}
	slices.SortStableFunc(similar, func(a, b searchHit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Rank, b.Rank))
	})
	return similar[:min(len(similar), limit)]
}

// similarity is the weighted Dice coefficient of two sets of terms: twice the
// weight they share over the weight of both. Repeats do not count, and a term
// without a weight weighs 1.
func similarity(a, b []string, weights map[string]float64) float64 {
	weight := func(term string) float64 {
		if w, ok := weights[term]; ok {
			return w
		}
		return 1
	}
	inB := make(map[string]bool, len(b))
	var total, shared float64
	for _, term := range b {
		if !inB[term] {
			inB[term] = true
			total += weight(term)
		}
	}
	seen := make(map[string]bool, len(a))
	for _, term := range a {
		if seen[term] {
			continue
		}
		seen[term] = true
		total += weight(term)
		if inB[term] {
			shared += 2 * weight(term)
		}
	}
	if total == 0 {
		return 0
	}
	return shared / total
}

// termWeights returns the inverse document frequency of each term, as bm25
// computes it, from the index's vocabulary: a term in few ideas weighs much.
func termWeights(app core.App, terms []string) (map[string]float64, error) {
	var ideas float64
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM ideas_search").Row(&ideas); err != nil {
		return nil, err
	}
	distinct := slices.Compact(slices.Sorted(slices.Values(terms)))
	values := make([]any, len(distinct))
	for i, term := range distinct {
		values[i] = term
	}
	var rows []struct {
		Term  string  `db:"term"`
		Ideas float64 `db:"doc"`
	}
	err := app.DB().Select("term", "doc").From("ideas_search_terms").Where(dbx.In("term", values...)).All(&rows)
	if err != nil {
		return nil, err
	}
	found := make(map[string]float64, len(rows))
	for _, row := range rows {
		found[row.Term] = row.Ideas
	}
	weights := make(map[string]float64, len(distinct))
	for _, term := range distinct {
		weights[term] = inverseDocumentFrequency(found[term], ideas)
	}
	return weights, nil
}

// inverseDocumentFrequency is bm25's idf of a term found in n of total documents.
func inverseDocumentFrequency(n, total float64) float64 {
	return math.Log(1 + (total-n+0.5)/(n+0.5))
}

// loadTitleTerms reads the titles of the candidates in one query. A long
// idea shares little of its whole text with a short draft that repeats its
// title, so the title alone is weighed too.
func loadTitleTerms(app core.App, hits []searchHit) error {
	ids := make([]any, len(hits))
	for i, hit := range hits {
		ids[i] = hit.Idea
	}
	var rows []struct {
		Id    string `db:"id"`
		Title string `db:"title"`
	}
	if err := app.DB().Select("id", "title").From("ideas").Where(dbx.In("id", ids...)).All(&rows); err != nil {
		return err
	}
	titles := make(map[string]string, len(rows))
	for _, row := range rows {
		titles[row.Id] = row.Title
	}
	for i := range hits {
		hits[i].TitleTerms = Terms(titles[hits[i].Idea])
	}
	return nil
}
