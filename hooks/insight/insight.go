// Package insight turns the ratings, ideas, answers and shared solutions of
// many municipalities into figures they can compare: precomputed aggregates
// rebuilt nightly (rebuild.go), the comparison of a service across a
// district's municipalities with its charts and CSV, and the transparency
// page of a region. Every feedback figure follows the k-anonymity of
// docs/privacy-aggregates.md; docs/insight.md describes the aggregates.
package insight

import (
	"net/http"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// Register rebuilds the aggregates on start when they are empty and nightly
// after the feedback summaries (03:23), and adds the insight routes.
func Register(app core.App, minGroupSize int) {
	cache := &comparisonCache{}
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/insight/compare", func(e *core.RequestEvent) error {
			return serveCompare(e, minGroupSize, cache)
		})
		se.Router.GET("/api/insight/compare.csv", func(e *core.RequestEvent) error {
			return serveCompareCSV(e, minGroupSize, cache)
		})
		se.Router.GET("/api/insight/compare.svg", func(e *core.RequestEvent) error {
			return serveCompareSVG(e, minGroupSize, cache)
		})
		se.Router.GET("/api/insight/transparency", func(e *core.RequestEvent) error {
			return serveTransparency(e, minGroupSize)
		})
		// After the rest of the start (the demo data loads there), before
		// the server takes its first request.
		if err := se.Next(); err != nil {
			return err
		}
		return rebuildIfEmpty(se.App, minGroupSize)
	})
	app.Cron().MustAdd("mitwirken_insight", "43 3 * * *", func() {
		started := time.Now()
		if err := Rebuild(app, minGroupSize, started); err != nil {
			app.Logger().Error("nightly insight rebuild failed", "error", err)
			return
		}
		cache.clear()
		app.Logger().Info("insight aggregates rebuilt", "seconds", time.Since(started).Seconds())
	})
}

// rebuildIfEmpty builds the aggregates of a fresh or just migrated
// database, so the pages have figures before the first night.
func rebuildIfEmpty(app core.App, minGroupSize int) error {
	var built int
	if err := app.DB().NewQuery("SELECT EXISTS (SELECT 1 FROM insight_responses) OR EXISTS (SELECT 1 FROM insight_idea_months) OR " +
		"EXISTS (SELECT 1 FROM insight_feedback_months)").Row(&built); err != nil {
		return err
	}
	if built == 1 {
		return nil
	}
	return Rebuild(app, minGroupSize, time.Now())
}

// comparisonOf reads the parameters of a comparison route and assembles
// the comparison, or takes it from the cache.
func comparisonOf(e *core.RequestEvent, minGroupSize int, cache *comparisonCache) (Comparison, error) {
	service, district, err := compareParams(e)
	if err != nil {
		return Comparison{}, err
	}
	now := time.Now()
	if cached, ok := cache.get(service.Id, district.Id, now); ok {
		return cached, nil
	}
	comparison, err := Compare(e.App, service, district, minGroupSize, now)
	if err == nil {
		cache.put(comparison, now)
	}
	return comparison, err
}

func serveCompare(e *core.RequestEvent, minGroupSize int, cache *comparisonCache) error {
	comparison, err := comparisonOf(e, minGroupSize, cache)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, comparison)
}

func serveTransparency(e *core.RequestEvent, minGroupSize int) error {
	errs := validation.Errors{}
	_, region := findNamed(e, "regions", "region", errs)
	if len(errs) > 0 {
		return e.BadRequestError("Invalid request.", errs)
	}
	page, err := TransparencyOf(e.App, region, minGroupSize)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, page)
}
