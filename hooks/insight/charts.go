package insight

import (
	"html"
	"net/http"
	"slices"

	"github.com/go-analyze/charts"
	"github.com/pocketbase/pocketbase/core"
)

// The charts are drawn on the server as SVG with go-analyze/charts, so that
// the PWA ships no chart code and the service worker caches them for
// offline reading (docs/architecture.md). They draw the chart's data table
// and leave out what the public may not see; the page beside them names
// those municipalities and months as "too few ratings".

// serveCompareSVG answers one chart of a comparison as SVG.
func serveCompareSVG(e *core.RequestEvent, minGroupSize int, cache *comparisonCache) error {
	request, err := chartRequestOf(e, minGroupSize, cache)
	if err != nil {
		return err
	}
	svg, err := drawChart(request.table, request.chart, request.words["tooFew"])
	if err != nil {
		return err
	}
	e.Response.Header().Set("Cache-Control", "no-cache")
	return e.Blob(http.StatusOK, "image/svg+xml", svg)
}

// drawChart draws the visible part of table; with nothing visible it draws
// only the words "too few ratings".
func drawChart(table chartTable, chart, tooFew string) ([]byte, error) {
	table = visiblePart(table, chart != "trend")
	if len(table.Series) == 0 {
		return []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" viewBox="0 0 600 80">` +
			`<text x="16" y="44" font-family="sans-serif" font-size="16">` + html.EscapeString(table.Title+": "+tooFew) + `</text></svg>`), nil
	}
	labels := make([]string, len(table.Rows))
	values := make([][]float64, len(table.Series))
	for i, row := range table.Rows {
		labels[i] = row.Label
		for j, v := range row.Values {
			value := charts.GetNullValue()
			if v != nil {
				value = *v
			}
			values[j] = append(values[j], value)
		}
	}
	categories := charts.XAxisLabelsOptionFunc(labels)
	if chart == "barriers" { // long names read better down the side
		categories = charts.YAxisLabelsOptionFunc(labels)
	}
	options := []charts.OptionFunc{
		charts.SVGOutputOptionFunc(), charts.DimensionsOptionFunc(720, 400),
		charts.TitleTextOptionFunc(table.Title), categories,
		charts.LegendOptionFunc(charts.LegendOption{SeriesNames: table.Series, Offset: charts.OffsetRight}),
		charts.PaddingOptionFunc(charts.NewBoxEqual(16)),
	}
	var painter *charts.Painter
	var err error
	switch chart {
	case "trend":
		painter, err = charts.LineRender(values, append(options, charts.YAxisOptionFunc(charts.YAxisOption{Min: charts.Ptr(1.0), Max: charts.Ptr(5.0)}))...)
	case "barriers":
		painter, err = charts.HorizontalBarRender(values, options...)
	default:
		painter, err = charts.BarRender(values, options...)
	}
	if err != nil {
		return nil, err
	}
	return painter.Bytes()
}

// visiblePart drops the series, and unless the rows are the months of a
// trend also the rows, that have no visible figure at all.
func visiblePart(table chartTable, dropRows bool) chartTable {
	if dropRows {
		table.Rows = slices.DeleteFunc(slices.Clone(table.Rows), func(r chartRow) bool {
			return !slices.ContainsFunc(r.Values, func(v *float64) bool { return v != nil })
		})
	}
	var keep []int
	for j := range table.Series {
		if slices.ContainsFunc(table.Rows, func(r chartRow) bool { return r.Values[j] != nil }) {
			keep = append(keep, j)
		}
	}
	series := make([]string, len(keep))
	rows := make([]chartRow, len(table.Rows))
	for i, j := range keep {
		series[i] = table.Series[j]
	}
	for r, row := range table.Rows {
		rows[r] = chartRow{Label: row.Label, Values: make([]*float64, len(keep))}
		for i, j := range keep {
			rows[r].Values[i] = row.Values[j]
		}
	}
	table.Series, table.Rows = series, rows
	return table
}
