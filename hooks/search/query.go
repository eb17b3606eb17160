package search

import (
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// maxQueryTerms bounds the distinct terms of one FTS5 query, whatever the
// length of the text it came from.
const maxQueryTerms = 40

// searchHit is one idea found in the index, with its bm25 rank (lower is
// better, as SQLite reports it), its indexed terms, and the score the route
// answers with: higher is better.
type searchHit struct {
	Idea  string  `db:"idea"`
	Rank  float64 `db:"rank"`
	Terms string  `db:"terms"`
	Score float64 `db:"-"`
	// TitleTerms are the terms of the idea's title alone: a draft that
	// repeats a title is a duplicate however long the idea's text is.
	TitleTerms []string `db:"-"`
}

// distinctTerms returns terms without repeats, in their first order, at most maxQueryTerms.
func distinctTerms(terms []string) []string {
	seen := make(map[string]bool, len(terms))
	distinct := make([]string, 0, len(terms))
	for _, term := range terms {
		if !seen[term] && len(distinct) < maxQueryTerms {
			seen[term] = true
			distinct = append(distinct, term)
		}
	}
	return distinct
}

// matchAll is an FTS5 query for ideas that contain every term. Terms of four
// letters or more match as prefixes too, so "termin" finds "Terminvergabe":
// German glues words together.
func matchAll(terms []string) string {
	parts := make([]string, 0, len(terms))
	for _, term := range distinctTerms(terms) {
		part := `"` + term + `"`
		if len(term) >= 4 {
			part += "*"
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, " AND ")
}

// matchAny is an FTS5 query for ideas that contain at least one of the terms.
func matchAny(terms []string) string {
	parts := make([]string, 0, len(terms))
	for _, term := range distinctTerms(terms) {
		parts = append(parts, `"`+term+`"`)
	}
	return strings.Join(parts, " OR ")
}

// regionAndChildren limits hits to a region and the regions under it.
var regionAndChildren = `ideas_search.region IN (
	SELECT r.id FROM regions r WHERE ` + domain.InRegionSQL("r.", "{:region}") + `)`

// sameDistrict limits hits to the district of a region: the district itself
// and all its municipalities, whether the region is the one or the other.
var sameDistrict = `ideas_search.region IN (
	SELECT r.id FROM regions r
	JOIN (SELECT ` + domain.DistrictOfSQL("") + ` AS id FROM regions WHERE id = {:region}) district
		ON ` + domain.InRegionSQL("r.", "district.id") + `)`

// findMatchingIdeas returns one page of the public ideas that contain all
// terms, best first. With a region, only ideas of it and its children count.
func findMatchingIdeas(app core.App, terms []string, region string, offset, limit int) ([]searchHit, error) {
	query := app.DB().Select("ideas_search.idea", "bm25(ideas_search) AS rank", "ideas_search.terms").
		From("ideas_search").
		Where(dbx.NewExp("ideas_search MATCH {:match}", dbx.Params{"match": matchAll(terms)}))
	if region != "" {
		query.AndWhere(dbx.NewExp(regionAndChildren, dbx.Params{"region": region}))
	}
	var hits []searchHit
	err := query.OrderBy("rank", "ideas_search.idea").Offset(int64(offset)).Limit(int64(limit)).All(&hits)
	return hits, err
}

// findSimilarIdeas returns the public ideas that share a term with a draft
// and may be offered as its duplicates, best first by bm25, limited to the district of region when it is given.
func findSimilarIdeas(app core.App, terms []string, region string, limit int) ([]searchHit, error) {
	statuses := make([]any, len(domain.NotSuggested))
	for i, s := range domain.NotSuggested {
		statuses[i] = s
	}
	query := app.DB().Select("ideas_search.idea", "bm25(ideas_search) AS rank", "ideas_search.terms").
		From("ideas_search").
		InnerJoin("ideas", dbx.NewExp("ideas.id = ideas_search.idea")).
		Where(dbx.NewExp("ideas_search MATCH {:match}", dbx.Params{"match": matchAny(terms)})).
		AndWhere(dbx.NotIn("ideas.status", statuses...))
	if region != "" {
		query.AndWhere(dbx.NewExp(sameDistrict, dbx.Params{"region": region}))
	}
	var hits []searchHit
	err := query.OrderBy("rank", "ideas_search.idea").Limit(int64(limit)).All(&hits)
	return hits, err
}
