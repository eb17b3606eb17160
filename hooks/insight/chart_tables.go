package insight

import (
	"fmt"

	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/pocketbase/core"
)

// chartTable is the data of one chart of a comparison: what the SVG draws
// and the CSV holds. A nil value is a figure the public may not see; it is
// written as "too few ratings", never as a number.
type chartTable struct {
	Title    string
	Category string   // the heading of the first column
	Series   []string // the headings of the value columns
	Rows     []chartRow
}

type chartRow struct {
	Label  string
	Values []*float64
}

// chartWords are the few words the server writes into charts and CSV.
var chartWords = map[string]map[string]string{
	"de": {"ratings": "Bewertungen je Gemeinde (Anzahl je Sterne)", "trend": "Mittlere Bewertung je Monat",
		"barriers": "Anteil der gemeldeten Barrieren (%)", "municipality": "Gemeinde", "month": "Monat", "barrier": "Barriere",
		"stars": "%d Sterne", "star": "1 Stern", "tooFew": "zu wenige Bewertungen",
		"barrier_screenreader": "Screenreader", "barrier_complicated": "zu kompliziert", "barrier_in_person": "nur vor Ort",
		"barrier_mobile": "Smartphone", "barrier_language": "Sprache", "barrier_magnification": "Vergrößerung", "barrier_other": "anderes"},
	"en": {"ratings": "Ratings per municipality (count per stars)", "trend": "Mean rating per month",
		"barriers": "Share of reported barriers (%)", "municipality": "Municipality", "month": "Month", "barrier": "Barrier",
		"stars": "%d stars", "star": "1 star", "tooFew": "too few ratings",
		"barrier_screenreader": "screen reader", "barrier_complicated": "too complicated", "barrier_in_person": "in person only",
		"barrier_mobile": "smartphone", "barrier_language": "language", "barrier_magnification": "magnification", "barrier_other": "other"},
}

// wordsOf returns the words of lang, German unless "en".
func wordsOf(lang string) map[string]string {
	if lang == "en" {
		return chartWords["en"]
	}
	return chartWords["de"]
}

// tableOf builds the data of chart from a comparison.
func tableOf(c Comparison, chart, lang string) chartTable {
	words := wordsOf(lang)
	switch chart {
	case "trend":
		return trendTable(c, words)
	case "barriers":
		return barriersTable(c, words)
	}
	return ratingsTable(c, words)
}

func ratingsTable(c Comparison, words map[string]string) chartTable {
	t := chartTable{Title: words["ratings"], Category: words["municipality"]}
	for stars := 1; stars <= 5; stars++ {
		label := fmt.Sprintf(words["stars"], stars)
		if stars == 1 {
			label = words["star"]
		}
		t.Series = append(t.Series, label)
	}
	for _, m := range c.Municipalities {
		row := chartRow{Label: m.Name, Values: make([]*float64, 5)}
		if m.Rating != nil {
			for stars := 1; stars <= 5; stars++ {
				n := float64(m.Rating.Distribution[fmt.Sprint(stars)])
				row.Values[stars-1] = &n
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func trendTable(c Comparison, words map[string]string) chartTable {
	t := chartTable{Title: words["trend"], Category: words["month"]}
	for _, m := range c.Municipalities {
		t.Series = append(t.Series, m.Name)
	}
	for i, month := range c.Months {
		row := chartRow{Label: month, Values: make([]*float64, len(c.Municipalities))}
		for j, m := range c.Municipalities {
			row.Values[j] = m.Months[i].Mean
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func barriersTable(c Comparison, words map[string]string) chartTable {
	t := chartTable{Title: words["barriers"], Category: words["barrier"]}
	for _, m := range c.Municipalities {
		t.Series = append(t.Series, m.Name)
	}
	for _, barrier := range migrations.Barriers {
		row := chartRow{Label: words["barrier_"+barrier], Values: make([]*float64, len(c.Municipalities))}
		for j, m := range c.Municipalities {
			if share, ok := m.BarrierShares[barrier]; ok {
				percent := round1(share * 100)
				row.Values[j] = &percent
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// chartRequest is what the chart and CSV routes were asked for.
type chartRequest struct {
	chart      string
	comparison Comparison
	table      chartTable
	words      map[string]string
}

// chartRequestOf reads the parameters of a chart or CSV route and builds
// the chart's table.
func chartRequestOf(e *core.RequestEvent, minGroupSize int, cache *comparisonCache) (chartRequest, error) {
	chart, err := chartParam(e)
	if err != nil {
		return chartRequest{}, err
	}
	comparison, err := comparisonOf(e, minGroupSize, cache)
	if err != nil {
		return chartRequest{}, err
	}
	lang := e.Request.URL.Query().Get("lang")
	return chartRequest{chart, comparison, tableOf(comparison, chart, lang), wordsOf(lang)}, nil
}
