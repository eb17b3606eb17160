package themes

import (
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// entry is one text that themes are found in: a public idea or a feedback
// entry with free text, within the last year.
type entry struct {
	id, municipality, person, month string
	// title is the idea's title; empty for feedback, whose text is never shown.
	title string
	terms []string
	// text is kept only to find the words that label a theme.
	text string
}

// lookBack is how far back the texts of themes go.
const lookBack = 365 * 24 * time.Hour

// districtOf maps every region to its district: a district to itself, a
// municipality to its parent district.
func districtOf(app core.App) (map[string]string, map[string]string, error) {
	regions, err := app.FindAllRecords("regions")
	if err != nil {
		return nil, nil, err
	}
	parents, names := map[string]string{}, map[string]string{}
	for _, r := range regions {
		parents[r.Id], names[r.Id] = r.GetString("parent"), r.GetString("name")
	}
	districts := map[string]string{}
	for id := range parents {
		district := id
		for range 3 {
			if parents[district] == "" {
				break
			}
			district = parents[district]
		}
		districts[id] = district
	}
	return districts, names, nil
}

// loadEntries returns the texts of the last year, by district.
func loadEntries(app core.App, cfg Config, districts map[string]string, now time.Time) (map[string][]entry, error) {
	since := dbx.NewExp("created >= {:since}", dbx.Params{"since": now.Add(-lookBack).UTC().Format("2006-01-02 15:04:05.000Z")})
	byDistrict := map[string][]entry{}
	add := func(record *core.Record, person, title, text string) {
		e := entry{
			id: record.Id, municipality: record.GetString("region"), person: person, title: title, text: text,
			month: record.GetDateTime("created").Time().Format("2006-01"), terms: cfg.Terms(text),
		}
		if len(e.terms) > 0 {
			district := districts[e.municipality]
			byDistrict[district] = append(byDistrict[district], e)
		}
	}
	ideas, err := app.FindAllRecords("ideas", since)
	if err != nil {
		return nil, err
	}
	for _, idea := range ideas {
		if cfg.IdeaIsPublic(idea) {
			add(idea, personOf(idea), idea.GetString("title"), idea.GetString("title")+". "+idea.GetString("body"))
		}
	}
	feedback, err := app.FindAllRecords("feedback", since, dbx.NewExp("text != ''"))
	if err != nil {
		return nil, err
	}
	for _, f := range feedback {
		add(f, personOf(f), "", f.GetString("text"))
	}
	return byDistrict, nil
}

// personOf is who wrote a record: its author, or, for an entry without an
// account (assisted, on paper, or of a deleted account), a person of its
// own, as migrations.FeedbackContributor counts people.
func personOf(record *core.Record) string {
	if author := record.GetString("author"); author != "" {
		return author
	}
	return "entry:" + record.Id
}

// wordsOf splits a text into its words as written, for labels.
func wordsOf(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127)
	})
}
