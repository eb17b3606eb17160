package opendata

import (
	"github.com/pocketbase/pocketbase/core"
)

// column is one column of a distribution: its name in the CSV header and
// the JSON rows, and its type as docs/opendata.md names it.
type column struct {
	Name string `json:"name"`
	Type string `json:"type"` // "string", "integer", "number"
}

// table is a distribution's content: a row holds one value per column,
// nil where there is none (JSON null, an empty CSV cell).
type table struct {
	Columns []column
	Rows    [][]any
}

// dataset is one published dataset with its two distributions.
type dataset struct {
	name        string // the file name: /api/opendata/{name}.csv and .json
	title       string
	description string
	keywords    []string
	// monthly is true when the rows have a month (dct:temporal).
	monthly bool
	read    func(app core.App, f filter) (table, error)
}

// datasets are the published datasets, in the catalogue's order.
var datasets = []dataset{
	{name: "feedback", title: "Bewertungen von Verwaltungsleistungen je Kommune und Monat",
		description: "Wie Bürgerinnen und Bürger Online-Verwaltungsleistungen (OZG) in ihrer Kommune bewerten: Anzahl, " +
			"Mittelwert und Verteilung der Sterne (1 bis 5) und der Anteil gemeldeter Barrieren je Leistung, Kommune und " +
			"abgeschlossenem Monat. k-anonym: Ein Monat erscheint nur, wenn mindestens k Personen ihn bewertet haben " +
			"und sich aus ihm und der Gesamtbewertung niemand herausrechnen lässt.",
		keywords: []string{"OZG", "Verwaltungsleistungen", "Bewertung", "Barrierefreiheit", "Bürgerbeteiligung"},
		monthly:  true, read: readFeedback},
	{name: "ideas", title: "Ideen je Kommune, Themenfeld, Status und Monat",
		description: "Öffentliche Ideen von Bürgerinnen und Bürgern zur Verbesserung der Verwaltung: Anzahl je Region, " +
			"OZG-Themenfeld, heutigem Bearbeitungsstand und Monat der Einreichung. Ohne Texte und ohne Personen.",
		keywords: []string{"Bürgerbeteiligung", "Ideen", "OZG", "Kommunen"},
		monthly:  true, read: readIdeas},
	{name: "responses", title: "Antwortzeiten der Kommunen auf Ideen",
		description: "Wie schnell Kommunen und Landkreise auf öffentliche Ideen antworten: beantwortete und offene Ideen, " +
			"Median der Tage bis zur ersten Antwort und die längste Wartezeit. Ein Landkreis schließt seine Gemeinden ein.",
		keywords: []string{"Bürgerbeteiligung", "Antwortzeit", "Verwaltung", "Kommunen"},
		read:     readResponses},
}

// datasetNamed finds a dataset by its file name.
func datasetNamed(name string) (dataset, bool) {
	for _, d := range datasets {
		if d.name == name {
			return d, true
		}
	}
	return dataset{}, false
}

// regionColumns are the first columns of every dataset: where the figures
// come from. Ids of regions and services are catalogue ids, never people's.
var regionColumns = []column{
	{"region_id", "string"}, {"region_name", "string"}, {"region_kind", "string"},
	{"region_ags", "string"}, {"district_ags", "string"},
}

// regionRow are the region columns as read by regionSelectSQL.
type regionRow struct {
	RegionId    string `db:"region_id"`
	RegionName  string `db:"region_name"`
	RegionKind  string `db:"region_kind"`
	RegionAgs   string `db:"region_ags"`
	DistrictAgs string `db:"district_ags"`
}

func (r regionRow) values() []any {
	return []any{r.RegionId, r.RegionName, r.RegionKind, r.RegionAgs, r.DistrictAgs}
}

// regionSelectSQL selects the region columns of the aggregate aliased a,
// joined with its region r and the region's district p.
const regionSelectSQL = `a.region AS region_id, r.name AS region_name, r.kind AS region_kind, r.ags AS region_ags,
	CASE WHEN r.kind = 'landkreis' THEN r.ags ELSE COALESCE(p.ags, '') END AS district_ags`

// regionJoinSQL joins the region r and its district p of the aggregate a.
const regionJoinSQL = ` JOIN regions r ON r.id = a.region LEFT JOIN regions p ON p.id = r.parent`
