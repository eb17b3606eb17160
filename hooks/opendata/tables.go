package opendata

import (
	"math"
	"strings"

	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/pocketbase/core"
)

// feedbackRow is a published cell of insight_feedback_months.
type feedbackRow struct {
	regionRow
	Month       string `db:"month"`
	ServiceId   string `db:"service_id"`
	ServiceName string `db:"service_name"`
	Count       int    `db:"count"`
	RatingSum   int    `db:"rating_sum"`
}

// readFeedback reads the published feedback cells only: a cell with
// published = false, and the people of any cell, never leave the server
// (docs/insight.md). Which cells are published (k people, complete months,
// complementary suppression) the rebuild decided.
func readFeedback(app core.App, f filter) (table, error) {
	cols := append([]column{{"month", "string"}}, regionColumns...)
	cols = append(cols, column{"service_id", "string"}, column{"service_name", "string"},
		column{"count", "integer"}, column{"mean", "number"})
	counters := []string{}
	for stars := 1; stars <= 5; stars++ {
		name := "rating_" + string(rune('0'+stars))
		cols = append(cols, column{name, "integer"})
		counters = append(counters, "a."+name)
	}
	for _, barrier := range migrations.Barriers {
		cols = append(cols, column{"barrier_" + barrier + "_share", "number"})
		counters = append(counters, "a.barrier_"+barrier)
	}
	where, params := f.where(true)
	rows, err := app.DB().NewQuery(`SELECT a.month, ` + regionSelectSQL + `, a.service AS service_id, s.name AS service_name,
		a.count, a.rating_sum, ` + strings.Join(counters, ", ") + `
		FROM insight_feedback_months a` + regionJoinSQL + ` JOIN services s ON s.id = a.service
		WHERE a.published = TRUE AND a.count > 0 AND ` + where + ` ORDER BY a.month, r.name, s.name`).Bind(params).Rows()
	if err != nil {
		return table{}, err
	}
	defer rows.Close()
	t := table{Columns: cols}
	for rows.Next() {
		var r feedbackRow
		counts := make([]int, len(counters))
		dest := []any{&r.Month, &r.RegionId, &r.RegionName, &r.RegionKind, &r.RegionAgs, &r.DistrictAgs,
			&r.ServiceId, &r.ServiceName, &r.Count, &r.RatingSum}
		for i := range counts {
			dest = append(dest, &counts[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return table{}, err
		}
		values := append([]any{r.Month}, r.values()...)
		values = append(values, r.ServiceId, r.ServiceName, r.Count, round(float64(r.RatingSum)/float64(r.Count), 1))
		for i, c := range counts {
			if i < 5 {
				values = append(values, c)
				continue
			}
			values = append(values, round(float64(c)/float64(r.Count), 3))
		}
		t.Rows = append(t.Rows, values)
	}
	return t, rows.Err()
}

// ideaRow is the count of public ideas of a region, topic, status and month.
type ideaRow struct {
	regionRow
	Month  string `db:"month"`
	Topic  string `db:"topic"`
	Status string `db:"status"`
	Count  int    `db:"count"`
}

// readIdeas sums insight_idea_months over the services. Ideas are public
// records, so their counts need no threshold (docs/insight.md).
func readIdeas(app core.App, f filter) (table, error) {
	where, params := f.where(true)
	var rows []ideaRow
	err := app.DB().NewQuery(`SELECT a.month, ` + regionSelectSQL + `, a.topic, a.status, SUM(a.count) AS count
		FROM insight_idea_months a` + regionJoinSQL + ` WHERE ` + where + `
		GROUP BY a.month, a.region, a.topic, a.status ORDER BY a.month, r.name, a.topic, a.status`).Bind(params).All(&rows)
	t := table{Columns: append(append([]column{{"month", "string"}}, regionColumns...),
		column{"topic", "string"}, column{"status", "string"}, column{"count", "integer"})}
	for _, r := range rows {
		t.Rows = append(t.Rows, append(append([]any{r.Month}, r.values()...), r.Topic, r.Status, r.Count))
	}
	return t, err
}

// responseRow is a region's answer times from insight_responses.
type responseRow struct {
	regionRow
	Answered   int     `db:"answered"`
	Unanswered int     `db:"unanswered"`
	Median     float64 `db:"median_days"`
	Oldest     float64 `db:"oldest_unanswered_days"`
}

// readResponses reads insight_responses; the median is null while no idea
// of the region was answered.
func readResponses(app core.App, f filter) (table, error) {
	where, params := f.where(false)
	var rows []responseRow
	err := app.DB().NewQuery(`SELECT ` + regionSelectSQL + `, a.answered, a.unanswered, a.median_days, a.oldest_unanswered_days
		FROM insight_responses a` + regionJoinSQL + ` WHERE ` + where + ` ORDER BY r.name`).Bind(params).All(&rows)
	t := table{Columns: append(append([]column{}, regionColumns...), column{"answered", "integer"}, column{"unanswered", "integer"},
		column{"median_days_to_response", "number"}, column{"oldest_unanswered_days", "number"})}
	for _, r := range rows {
		var median any
		if r.Answered > 0 {
			median = r.Median
		}
		t.Rows = append(t.Rows, append(r.values(), r.Answered, r.Unanswered, median, r.Oldest))
	}
	return t, err
}

func round(v float64, decimals int) float64 {
	scale := math.Pow(10, float64(decimals))
	return math.Round(v*scale) / scale
}
