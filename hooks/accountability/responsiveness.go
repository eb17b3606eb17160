package accountability

import (
	"net/http"

	"github.com/mitwirken/mitwirken/hooks/insight"
	"github.com/pocketbase/pocketbase/core"
)

// GET /api/regions/{id}/responsiveness makes a municipality's answering
// visible: the median days from publication to the first public response, and
// how many published ideas still wait for one. It is public on purpose. The
// figure is measured by insight.ResponseTimesOf, which the transparency pages
// and the comparison read from their nightly aggregate.
func registerResponsiveness(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/regions/{id}/responsiveness", responsiveness)
		return se.Next()
	})
}

func responsiveness(e *core.RequestEvent) error {
	region, err := e.App.FindRecordById("regions", e.Request.PathValue("id"))
	if err != nil {
		return e.NotFoundError("", nil)
	}
	times, err := insight.ResponseTimesOf(e.App, region.Id)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{
		"region": region.Id, "answered": times.Answered, "median_days_to_response": times.MedianDays,
		"unanswered": times.Unanswered, "oldest_unanswered_days": times.OldestUnansweredDays,
	})
}
