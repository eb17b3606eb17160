package opendata

import (
	"encoding/json"
	"io"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// districtKeys are the political geocoding of the data: the Kreisschlüssel
// of every district on the platform that has one. Municipalities are named
// per row (region_ags); a Verbund has no key and is left out.
func districtKeys(app core.App) ([]node, error) {
	var keys []string
	err := app.DB().NewQuery(`SELECT ags FROM regions WHERE kind = 'landkreis' AND length(ags) = 5 ORDER BY ags`).Column(&keys)
	refs := make([]node, len(keys))
	for i, key := range keys {
		refs[i] = ref(districtKey + key)
	}
	return refs, err
}

// temporalOf is the period the rows of a monthly dataset cover, from the
// first day of its first month to the last day of its last month, or nil
// while it has no rows. The feedback dataset counts published cells only.
func temporalOf(app core.App, set dataset) (node, error) {
	query := `SELECT COALESCE(MIN(month), ''), COALESCE(MAX(month), '') FROM insight_idea_months`
	if set.name == "feedback" {
		query = `SELECT COALESCE(MIN(month), ''), COALESCE(MAX(month), '') FROM insight_feedback_months WHERE published = TRUE`
	}
	var first, last string
	if err := app.DB().NewQuery(query).Row(&first, &last); err != nil || first == "" {
		return nil, err
	}
	end, err := monthEnd(last)
	if err != nil {
		return nil, err
	}
	return node{"@type": "dct:PeriodOfTime",
		"dcat:startDate": typed(first+"-01", "xsd:date"), "dcat:endDate": typed(end, "xsd:date")}, nil
}

// writeJSONLD writes the catalogue, indented for people who read it.
func writeJSONLD(w io.Writer, catalog node) error {
	encoder := json.NewEncoder(w)
	encoder.SetIndent("", "  ")
	encoder.SetEscapeHTML(false)
	return encoder.Encode(catalog)
}

// monthEnd is the last day of a YYYY-MM month as YYYY-MM-DD.
func monthEnd(month string) (string, error) {
	start, err := time.Parse("2006-01", month)
	return start.AddDate(0, 1, -1).Format("2006-01-02"), err
}
