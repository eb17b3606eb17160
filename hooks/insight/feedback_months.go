package insight

import (
	"fmt"
	"strings"

	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// The feedback cells of insight_feedback_months are counted in Go, in one
// pass over the feedback table in its stored order (NOT INDEXED). SQL's
// GROUP BY sorts all rows first, and COUNT(DISTINCT) fills a B-tree row by
// row, whose page splits cost modernc's SQLite an mmap and munmap each: at
// 1,000,000 entries that was 90% of the rebuild's CPU time. A map of the
// few thousand cells, each with the set of its people, needs neither.

// feedbackCell is one service, region and month of feedback.
type feedbackCell struct {
	feedbackMonthRow
	people    map[string]struct{}
	count     int
	ratingSum int
	ratings   [5]int
	barriers  []int // in the order of migrations.Barriers
}

// countFeedbackCells reads every feedback entry once and counts it into
// its cell, in the order the cells were first seen.
func countFeedbackCells(txApp core.App) ([]*feedbackCell, error) {
	rows, err := txApp.DB().NewQuery(`SELECT service, region, substr(created, 1, 7), ` + migrations.FeedbackContributor + `, rating, barriers
		FROM feedback NOT INDEXED`).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	quoted := make([]string, len(migrations.Barriers))
	for i, barrier := range migrations.Barriers {
		// barriers is a JSON array of the select's values; no value contains another in quotes.
		quoted[i] = `"` + barrier + `"`
	}
	cells := map[[3]string]*feedbackCell{}
	var order []*feedbackCell
	var service, region, month, contributor, barriers string
	var rating int
	for rows.Next() {
		if err := rows.Scan(&service, &region, &month, &contributor, &rating, &barriers); err != nil {
			return nil, err
		}
		cell, ok := cells[[3]string{service, region, month}]
		if !ok {
			cell = &feedbackCell{feedbackMonthRow: feedbackMonthRow{Id: core.GenerateDefaultRandomId(), Service: service, Region: region, Month: month},
				people: map[string]struct{}{}, barriers: make([]int, len(quoted))}
			cells[[3]string{service, region, month}] = cell
			order = append(order, cell)
		}
		cell.people[contributor] = struct{}{}
		cell.count++
		cell.ratingSum += rating
		if rating >= 1 && rating <= 5 {
			cell.ratings[rating-1]++
		}
		if barriers != "[]" && barriers != "" {
			for i, q := range quoted {
				if strings.Contains(barriers, q) {
					cell.barriers[i]++
				}
			}
		}
	}
	for _, cell := range order {
		cell.People = len(cell.people)
		cell.people = nil
	}
	return order, rows.Err()
}

// rebuildFeedbackMonths counts the cells, decides which the public may see
// (publishedIds) and inserts them with one prepared statement.
func rebuildFeedbackMonths(txApp core.App, minGroupSize int, currentMonth string) error {
	cells, err := countFeedbackCells(txApp)
	if err != nil {
		return err
	}
	rows := make([]feedbackMonthRow, len(cells))
	for i, cell := range cells {
		rows[i] = cell.feedbackMonthRow
	}
	published := map[string]bool{}
	for _, id := range publishedIds(rows, currentMonth, minGroupSize) {
		published[id] = true
	}
	columns := []string{"id", "service", "region", "month", "people", "count", "rating_sum"}
	for rating := 1; rating <= 5; rating++ {
		columns = append(columns, fmt.Sprintf("rating_%d", rating))
	}
	for _, barrier := range migrations.Barriers {
		columns = append(columns, "barrier_"+barrier)
	}
	columns = append(columns, "published")
	insert := txApp.DB().NewQuery(`INSERT INTO insight_feedback_months (` + strings.Join(columns, ", ") + `) VALUES ({:` +
		strings.Join(columns, "}, {:") + `})`).Prepare()
	defer insert.Close()
	for _, cell := range cells {
		params := dbx.Params{"id": cell.Id, "service": cell.Service, "region": cell.Region, "month": cell.Month,
			"people": cell.People, "count": cell.count, "rating_sum": cell.ratingSum, "published": published[cell.Id]}
		for i, n := range cell.ratings {
			params[fmt.Sprintf("rating_%d", i+1)] = n
		}
		for i, barrier := range migrations.Barriers {
			params["barrier_"+barrier] = cell.barriers[i]
		}
		if _, err := insert.Bind(params).Execute(); err != nil {
			return err
		}
	}
	return nil
}
