package insight

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// The parts of a comparison, each one query over the municipalities of the
// district ({:district}) and the service ({:service}).

// publishedMonths reads the trend cells of the shown months; a cell that is
// not published keeps null figures.
func publishedMonths(app core.App, params dbx.Params) (map[string]map[string]Month, error) {
	var rows []struct {
		Region    string `db:"region"`
		Month     string `db:"month"`
		Count     int    `db:"count"`
		RatingSum int    `db:"rating_sum"`
		Published bool   `db:"published"`
	}
	err := app.DB().NewQuery(`SELECT region, month, count, rating_sum, published FROM insight_feedback_months
		WHERE service = {:service} AND region IN (SELECT id FROM regions WHERE parent = {:district})
		AND month >= {:first} AND month <= {:last}`).Bind(params).All(&rows)
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]Month{}
	for _, r := range rows {
		if out[r.Region] == nil {
			out[r.Region] = map[string]Month{}
		}
		if !r.Published {
			continue
		}
		count, mean := r.Count, round1(float64(r.RatingSum)/float64(r.Count))
		out[r.Region][r.Month] = Month{Month: r.Month, Count: &count, Mean: &mean}
	}
	return out, nil
}

// ideasByStatus counts the public ideas on the service per municipality and status.
func ideasByStatus(app core.App, params dbx.Params) (map[string]map[string]int, error) {
	var rows []struct {
		Region string `db:"region"`
		Status string `db:"status"`
		Count  int    `db:"count"`
	}
	err := app.DB().NewQuery(`SELECT region, status, SUM(count) AS count FROM insight_idea_months
		WHERE service = {:service} AND region IN (SELECT id FROM regions WHERE parent = {:district})
		GROUP BY region, status`).Bind(params).All(&rows)
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]int{}
	for _, r := range rows {
		if out[r.Region] == nil {
			out[r.Region] = map[string]int{}
		}
		out[r.Region][r.Status] = r.Count
	}
	return out, nil
}

// medianDays reads each municipality's median days to a first response.
func medianDays(app core.App, params dbx.Params) (map[string]*float64, error) {
	var rows []struct {
		Region   string  `db:"region"`
		Answered int     `db:"answered"`
		Median   float64 `db:"median_days"`
	}
	err := app.DB().NewQuery(`SELECT region, answered, median_days FROM insight_responses
		WHERE region IN (SELECT id FROM regions WHERE parent = {:district})`).Bind(params).All(&rows)
	if err != nil {
		return nil, err
	}
	out := map[string]*float64{}
	for _, r := range rows {
		if r.Answered > 0 {
			out[r.Region] = &r.Median
		}
	}
	return out, nil
}

// solutionsShown is how many shared solutions of one municipality a
// comparison lists (alphabetically); the solutions page lists them all. A
// municipality that shared hundreds would otherwise make the comparison
// hundreds of links long, repeated for every municipality that does worse.
const solutionsShown = 5

// sharedSolutions lists the public shared solutions on the service per
// municipality, up to solutionsShown each, without the municipality's name.
// idx_ideas_shared_solutions_by_title holds only shared ideas, in title order
// per service and municipality, with the columns of the public-idea check,
// so the ranking reads the index alone: through an index of shared_solution,
// service and region it loaded every shared idea of the district and sorted
// them, twice the time at 333 of them. (Taking each municipality's first five
// with a LIMIT per municipality would read less, but SQLite then planned a
// walk over all ideas, 0.9 s at 100,000, and a UNION ALL of one LIMIT per
// municipality costs more to parse than the ranking at 30 municipalities.)
func sharedSolutions(app core.App, params dbx.Params) (map[string][]Solution, error) {
	var rows []Solution
	params = dbx.Params{"service": params["service"], "district": params["district"], "shown": solutionsShown}
	err := app.DB().NewQuery(`SELECT id, title, region FROM (
		SELECT i.id, i.title, i.region, ROW_NUMBER() OVER (PARTITION BY i.region ORDER BY i.title, i.id) AS n
		FROM ideas i INDEXED BY idx_ideas_shared_solutions_by_title
		WHERE i.shared_solution = TRUE AND i.service = {:service} AND i.region IN (SELECT id FROM regions WHERE parent = {:district}) AND ` + domain.PublicIdeaSQL("i.") + `)
		WHERE n <= {:shown} ORDER BY title, id`).Bind(params).All(&rows)
	if err != nil {
		return nil, err
	}
	out := map[string][]Solution{}
	for _, s := range rows {
		out[s.Region] = append(out[s.Region], s)
	}
	return out, nil
}
