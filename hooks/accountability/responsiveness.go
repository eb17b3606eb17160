package accountability

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"math"
	"net/http"
	"slices"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// GET /api/regions/{id}/responsiveness makes a municipality's answering
// visible: the median days from publication to the first public response, and
// how many published ideas still wait for one. It is public on purpose.
func registerResponsiveness(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/regions/{id}/responsiveness", responsiveness)
		return se.Next()
	})
}

type ideaTimes struct {
	Waited    float64 `db:"waited"`
	Responded bool    `db:"responded"`
}

func responsiveness(e *core.RequestEvent) error {
	region, err := e.App.FindRecordById("regions", e.Request.PathValue("id"))
	if err != nil {
		return e.NotFoundError("", nil)
	}
	// Published at: the publish status change, or creation under post-moderation.
	var rows []ideaTimes
	err = e.App.DB().NewQuery(`
		WITH published AS (
			SELECT i.id, COALESCE(
				(SELECT MIN(s.created) FROM status_changes s WHERE s.idea = i.id AND s.[to] = 'published'), i.created) AS at
			FROM ideas i JOIN regions r ON r.id = i.region
			WHERE ` + domain.InRegionSQL("r.", "{:region}") + ` AND ` + domain.PublicIdeaSQL("i.") + `),
		answered AS (
			SELECT p.id, p.at, (SELECT MIN(s.created) FROM status_changes s
				WHERE s.idea = p.id AND s.[to] != 'published') AS first FROM published p)
		SELECT first IS NOT NULL AS responded,
			julianday(COALESCE(first, strftime('%Y-%m-%d %H:%M:%fZ'))) - julianday(at) AS waited
		FROM answered`).Bind(dbx.Params{"region": region.Id}).All(&rows)
	if err != nil {
		return err
	}
	var answered []float64
	unanswered, oldest := 0, 0.0
	for _, r := range rows {
		if r.Responded {
			answered = append(answered, r.Waited)
			continue
		}
		unanswered++
		oldest = max(oldest, r.Waited)
	}
	reply := map[string]any{
		"region": region.Id, "answered": len(answered), "median_days_to_response": nil,
		"unanswered": unanswered, "oldest_unanswered_days": round1(oldest),
	}
	if len(answered) > 0 {
		reply["median_days_to_response"] = round1(median(answered))
	}
	return e.JSON(http.StatusOK, reply)
}

func median(values []float64) float64 {
	slices.Sort(values)
	n := len(values)
	if n%2 == 1 {
		return values[n/2]
	}
	return (values[n/2-1] + values[n/2]) / 2
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
