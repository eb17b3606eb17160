package insight

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"math"
	"slices"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// ResponseTimes is how a region answers its public ideas: the responsiveness
// figure of GET /api/regions/{id}/responsiveness. A district includes its
// municipalities.
type ResponseTimes struct {
	Answered             int      `json:"answered"`
	MedianDays           *float64 `json:"median_days_to_response"`
	Unanswered           int      `json:"unanswered"`
	OldestUnansweredDays float64  `json:"oldest_unanswered_days"`
}

type ideaTimes struct {
	Waited    float64 `db:"waited"`
	Responded bool    `db:"responded"`
}

// ResponseTimesOf measures the public ideas of the region and its
// municipalities now: the days from publication to the first status change
// after it (the first public response), and how long the unanswered wait.
func ResponseTimesOf(app core.App, regionId string) (ResponseTimes, error) {
	// Published at: the publish status change, or creation under post-moderation.
	var rows []ideaTimes
	err := app.DB().NewQuery(`
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
		FROM answered`).Bind(dbx.Params{"region": regionId}).All(&rows)
	if err != nil {
		return ResponseTimes{}, err
	}
	var answered []float64
	var times ResponseTimes
	for _, r := range rows {
		if r.Responded {
			answered = append(answered, r.Waited)
			continue
		}
		times.Unanswered++
		times.OldestUnansweredDays = max(times.OldestUnansweredDays, r.Waited)
	}
	times.Answered = len(answered)
	times.OldestUnansweredDays = round1(times.OldestUnansweredDays)
	if len(answered) > 0 {
		m := round1(median(answered))
		times.MedianDays = &m
	}
	return times, nil
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
