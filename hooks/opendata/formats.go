package opendata

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"time"
)

// licenseURI is the Datenlizenz Deutschland – Namensnennung 2.0 in the
// DCAT-AP.de licence vocabulary.
const licenseURI = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"

// writeCSV writes the table as RFC 4180 CSV, UTF-8, comma-separated, with
// a header row; a missing value is an empty cell.
func writeCSV(w io.Writer, t table) error {
	out := csv.NewWriter(w)
	header := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Name
	}
	if err := out.Write(header); err != nil {
		return err
	}
	for _, row := range t.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = cellOf(v)
		}
		if err := out.Write(cells); err != nil {
			return err
		}
	}
	out.Flush()
	return out.Error()
}

func cellOf(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	panic("opendata: no CSV cell for a value of this type")
}

// document is the JSON distribution: the rows as objects keyed by column,
// with what a reader needs to use them correctly.
type document struct {
	Dataset      string           `json:"dataset"`
	Modified     string           `json:"modified"`
	License      string           `json:"license"`
	Publisher    string           `json:"publisher"`
	MinGroupSize int              `json:"minGroupSize"`
	Columns      []column         `json:"columns"`
	Rows         []map[string]any `json:"rows"`
}

// writeJSON writes the table as a document.
func writeJSON(w io.Writer, set dataset, t table, rebuilt time.Time, cfg Config) error {
	doc := document{Dataset: set.name, Modified: rebuilt.UTC().Format(time.RFC3339), License: licenseURI,
		Publisher: cfg.Publisher, MinGroupSize: cfg.MinGroupSize, Columns: t.Columns, Rows: make([]map[string]any, len(t.Rows))}
	for i, row := range t.Rows {
		object := make(map[string]any, len(row))
		for j, v := range row {
			object[t.Columns[j].Name] = v
		}
		doc.Rows[i] = object
	}
	return json.NewEncoder(w).Encode(doc)
}
