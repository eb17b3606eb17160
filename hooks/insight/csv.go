package insight

import (
	"encoding/csv"
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"
)

// serveCompareCSV answers the data of one chart of a comparison as CSV:
// the chart's data table, with "too few ratings" in place of every figure
// the public may not see.
func serveCompareCSV(e *core.RequestEvent, minGroupSize int, cache *comparisonCache) error {
	request, err := chartRequestOf(e, minGroupSize, cache)
	if err != nil {
		return err
	}
	table, c := request.table, request.comparison
	e.Response.Header().Set("Content-Type", "text/csv; charset=utf-8")
	e.Response.Header().Set("Content-Disposition", `attachment; filename="`+request.chart+`-`+c.Service.Id+`-`+c.Region.Id+`.csv"`)
	e.Response.WriteHeader(http.StatusOK)
	w := csv.NewWriter(e.Response)
	_ = w.Write(append([]string{table.Category}, table.Series...))
	tooFew := request.words["tooFew"]
	for _, row := range table.Rows {
		cells := []string{row.Label}
		for _, v := range row.Values {
			if v == nil {
				cells = append(cells, tooFew)
				continue
			}
			cells = append(cells, strconv.FormatFloat(*v, 'f', -1, 64))
		}
		_ = w.Write(cells)
	}
	w.Flush()
	return w.Error()
}
