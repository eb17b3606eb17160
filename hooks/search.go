package hooks

import (
	"net/http"

	"github.com/go-playground/validator/v10"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// Full-text search and duplicate detection over public ideas:
//
//	GET /api/ideas/search?q=...&region=...&page=1    ranked search, 20 per page, no total
//	GET /api/ideas/similar?text=...&region=...&limit=5  possible duplicates of a draft
//
// Both answer ideas as the ideas REST API exports them, and only ideas that
// the request could view there.

// searchPerPage is the page size of the search route.
const searchPerPage = 20

// Sanity limits of the search routes: they take no body, and their longest
// parameter has 500 characters, which percent-encoding may multiply.
const (
	searchMaxBody     = 1 << 10
	searchMaxRawQuery = 4 << 10
)

func registerSearch(app core.App) {
	registerSearchIndex(app)
	params := newParamValidator()
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		if err := ensureSearchIndex(se.App); err != nil {
			se.App.Logger().Error("search: rebuilding the index failed; search results may be incomplete", "error", err)
		}
		routes := se.Router.Group("/api/ideas")
		routes.Bind(apis.BodyLimit(searchMaxBody))
		routes.BindFunc(limitRawQuery)
		routes.GET("/search", func(e *core.RequestEvent) error { return searchIdeas(e, params) })
		routes.GET("/similar", func(e *core.RequestEvent) error { return similarIdeas(e, params) })
		return se.Next()
	})
}

// limitRawQuery refuses query strings longer than any valid request needs.
func limitRawQuery(e *core.RequestEvent) error {
	if len(e.Request.URL.RawQuery) > searchMaxRawQuery {
		return e.Error(http.StatusRequestURITooLong, "The query string is too long.", nil)
	}
	return e.Next()
}

// ensureSearchIndex rebuilds the index when it is out of step with the ideas,
// for example in a database that predates it.
func ensureSearchIndex(app core.App) error {
	inStep, err := searchIndexInStep(app)
	if err != nil || inStep {
		return err
	}
	app.Logger().Info("search: rebuilding the index of public ideas")
	return RebuildSearchIndex(app)
}

func searchIdeas(e *core.RequestEvent, v *validator.Validate) error {
	p, err := readSearchParams(v, e.Request.URL.Query())
	if err != nil {
		return e.BadRequestError("Invalid search parameters.", err)
	}
	terms := searchTerms(p.Query)
	if len(terms) == 0 {
		return e.BadRequestError("Invalid search parameters.", validation.Errors{"q": validation.NewError(
			"search_terms_required", "Enter at least one meaningful search word.")})
	}
	hits, err := findMatchingIdeas(e.App, terms, p.Region, (p.Page-1)*searchPerPage, searchPerPage+1)
	if err != nil {
		e.App.Logger().Error("search: query failed", "error", err)
		return e.InternalServerError("", nil)
	}
	hasMore := len(hits) > searchPerPage
	hits = hits[:min(len(hits), searchPerPage)]
	for i := range hits {
		hits[i].Score = -hits[i].Rank
	}
	items, err := viewableIdeas(e, hits)
	if err != nil {
		e.App.Logger().Error("search: loading results failed", "error", err)
		return e.InternalServerError("", nil)
	}
	return e.JSON(http.StatusOK, map[string]any{
		"items": items, "page": p.Page, "perPage": searchPerPage, "hasMore": hasMore,
	})
}

func similarIdeas(e *core.RequestEvent, v *validator.Validate) error {
	p, err := readSimilarParams(v, e.Request.URL.Query())
	if err != nil {
		return e.BadRequestError("Invalid parameters.", err)
	}
	items := []map[string]any{}
	terms := searchTerms(p.Text)
	if len(terms) > 0 {
		hits, err := suggestDuplicates(e.App, terms, p.Region, p.Limit)
		if err == nil {
			items, err = viewableIdeas(e, hits)
		}
		if err != nil {
			e.App.Logger().Error("search: finding similar ideas failed", "error", err)
			return e.InternalServerError("", nil)
		}
	}
	return e.JSON(http.StatusOK, map[string]any{"items": items})
}

// viewableIdeas loads the ideas of hits in their order, keeps those the
// request may view by the ideas view rule, and exports them as the REST API
// does, each with its score.
func viewableIdeas(e *core.RequestEvent, hits []searchHit) ([]map[string]any, error) {
	items := []map[string]any{}
	if len(hits) == 0 {
		return items, nil
	}
	ids := make([]string, len(hits))
	for i, hit := range hits {
		ids[i] = hit.Idea
	}
	records, err := e.App.FindRecordsByIds("ideas", ids)
	if err != nil {
		return nil, err
	}
	byId := make(map[string]*core.Record, len(records))
	for _, r := range records {
		byId[r.Id] = r
	}
	info, err := e.RequestInfo()
	if err != nil {
		return nil, err
	}
	var found []*core.Record
	var scores []float64
	for _, hit := range hits {
		record, ok := byId[hit.Idea]
		if !ok {
			continue
		}
		if ok, err := e.App.CanAccessRecord(record, info, record.Collection().ViewRule); err != nil || !ok {
			continue
		}
		found = append(found, record)
		scores = append(scores, hit.Score)
	}
	if err := apis.EnrichRecords(e, found); err != nil {
		return nil, err
	}
	for i, record := range found {
		item := record.PublicExport()
		item["score"] = scores[i]
		items = append(items, item)
	}
	return items, nil
}
