package insight

import (
	"cmp"
	"slices"
	"strings"
)

// monthCell is one month of feedback on a service in a region, as far as
// publishing it is concerned.
type monthCell struct {
	Month  string
	People int
}

// publishable decides which months of one service in one region the public
// may see. The threshold of docs/privacy-aggregates.md applies to each
// month: at least k people. Only complete months are published, so that a
// cell does not grow night by night and the difference of two nights does
// not tell one new rating. And because the public also sees the whole
// period's summary (feedback_summaries), the months it cannot see must
// together hold none or at least k people: otherwise the summary minus the
// published months would be the figures of fewer than k. While that
// remainder is too small, the smallest published month is held back too
// (complementary suppression). The remainder adds the people of each month,
// so a person in two held-back months counts twice (docs/insight.md).
func publishable(cells []monthCell, currentMonth string, k int) []bool {
	out := make([]bool, len(cells))
	remainder := 0
	for i, c := range cells {
		out[i] = c.People >= k && c.Month < currentMonth
		if !out[i] {
			remainder += c.People
		}
	}
	for remainder > 0 && remainder < k {
		smallest := -1
		for i, c := range cells {
			if out[i] && (smallest < 0 || c.People < cells[smallest].People) {
				smallest = i
			}
		}
		if smallest < 0 {
			break
		}
		out[smallest] = false
		remainder += cells[smallest].People
	}
	return out
}

// publishedIds applies publishable to the cells of each series (one service
// in one region) and returns the ids of the cells to publish.
func publishedIds(rows []feedbackMonthRow, currentMonth string, k int) []string {
	slices.SortFunc(rows, func(a, b feedbackMonthRow) int {
		return cmp.Or(strings.Compare(a.Service, b.Service), strings.Compare(a.Region, b.Region), strings.Compare(a.Month, b.Month))
	})
	var ids []string
	for start := 0; start < len(rows); {
		end := start
		for end < len(rows) && rows[end].Service == rows[start].Service && rows[end].Region == rows[start].Region {
			end++
		}
		series := rows[start:end]
		cells := make([]monthCell, len(series))
		for i, r := range series {
			cells[i] = monthCell{r.Month, r.People}
		}
		for i, ok := range publishable(cells, currentMonth, k) {
			if ok {
				ids = append(ids, series[i].Id)
			}
		}
		start = end
	}
	return ids
}
