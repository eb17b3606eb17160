package search

import (
	"math"
	"net/http"

	"github.com/mitwirken/mitwirken/hooks/domain"
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

// invalidParameters is the summary of a refusal; the field errors say more.
const invalidParameters = "Invalid query parameters."

// searchPerPage is the page size of the search route.
const searchPerPage = 20

// Sanity limits of the search routes: they take no body, and their longest
// parameter has 500 characters, which percent-encoding may multiply.
const (
	searchMaxBody     = 1 << 10
	searchMaxRawQuery = 4 << 10
)

// Register binds the search index hooks and the search routes.
func Register(app core.App) {
	registerSearchIndex(app)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		if err := ensureSearchIndex(se.App); err != nil {
			se.App.Logger().Error("search: rebuilding the index failed; search results may be incomplete", "error", err)
		}
		routes := se.Router.Group("/api/ideas")
		routes.Bind(apis.BodyLimit(searchMaxBody))
		routes.BindFunc(limitRawQuery)
		routes.GET("/search", func(e *core.RequestEvent) error { return searchIdeas(e) })
		routes.GET("/similar", func(e *core.RequestEvent) error { return similarIdeas(e) })
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

func searchIdeas(e *core.RequestEvent) error {
	p, err := readSearchParams(e.Request.URL.Query())
	if err != nil {
		return e.BadRequestError(invalidParameters, err)
	}
	terms := Terms(p.Query)
	if len(terms) == 0 {
		return e.BadRequestError(invalidParameters, validation.Errors{"q": validation.NewError(
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
	items, err := viewableIdeas(e, hits, domain.Idea.IsPublic)
	if err != nil {
		e.App.Logger().Error("search: loading results failed", "error", err)
		return e.InternalServerError("", nil)
	}
	return e.JSON(http.StatusOK, map[string]any{
		"items": items, "page": p.Page, "perPage": searchPerPage, "hasMore": hasMore,
	})
}

func similarIdeas(e *core.RequestEvent) error {
	p, err := readSimilarParams(e.Request.URL.Query())
	if err != nil {
		return e.BadRequestError(invalidParameters, err)
	}
	items := []map[string]any{}
	terms := Terms(p.Text)
	if len(terms) > 0 {
		hits, err := suggestDuplicates(e.App, terms, p.Region, p.Limit)
		if err == nil {
			items, err = viewableIdeas(e, hits, domain.Idea.IsSuggestedAsDuplicate)
		}
		if err != nil {
			e.App.Logger().Error("search: finding similar ideas failed", "error", err)
			return e.InternalServerError("", nil)
		}
	}
	return e.JSON(http.StatusOK, map[string]any{"items": items})
}

// viewableIdeas loads the ideas of hits in their order, keeps those that
// pass keep and that the request may view by the ideas view rule, and
// exports them as the REST API does, each with its score.
func viewableIdeas(e *core.RequestEvent, hits []searchHit, keep func(domain.Idea) bool) ([]map[string]any, error) {
	info, err := e.RequestInfo()
	if err != nil {
		return nil, err
	}
	records, err := findHitRecords(e.App, hits)
	if err != nil {
		return nil, err
	}
	var shown []*core.Record
	var scores []float64
	for i, record := range records {
		if record == nil || !keep(domain.Idea{Record: record}) {
			continue
		}
		ok, err := e.App.CanAccessRecord(record, info, record.Collection().ViewRule)
		if err != nil {
			e.App.Logger().Warn("search: checking the view rule failed", "idea", record.Id, "error", err)
		}
		if ok {
			shown = append(shown, record)
			scores = append(scores, hits[i].Score)
		}
	}
	if err := apis.EnrichRecords(e, shown); err != nil {
		return nil, err
	}
	items := make([]map[string]any, len(shown))
	for i, record := range shown {
		items[i] = record.PublicExport()
		items[i]["score"] = math.Round(scores[i]*1000) / 1000
	}
	return items, nil
}

// findHitRecords loads the ideas of hits in one query, in the order of hits;
// an idea deleted in the meantime is nil.
func findHitRecords(app core.App, hits []searchHit) ([]*core.Record, error) {
	ids := make([]string, len(hits))
	for i, hit := range hits {
		ids[i] = hit.Idea
	}
	records, err := app.FindRecordsByIds("ideas", ids)
	if err != nil {
		return nil, err
	}
	byId := make(map[string]*core.Record, len(records))
	for _, r := range records {
		byId[r.Id] = r
	}
	ordered := make([]*core.Record, len(hits))
	for i, hit := range hits {
		ordered[i] = byId[hit.Idea]
	}
	return ordered, nil
}
