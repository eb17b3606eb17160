package themes

import (
	"cmp"
	"slices"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// maxThemes is how many themes a district keeps, the most people first.
const maxThemes = 30

// maxEntries bounds the texts clustered per district (the newest are kept),
// so that the nightly run stays within seconds however much is written.
const maxEntries = 5000

// Rebuild recomputes the themes of every district from the last year's
// texts and replaces the stored ones in one transaction.
func Rebuild(app core.App, cfg Config) error {
	now := time.Now().UTC()
	districts, names, err := districtOf(app)
	if err != nil {
		return err
	}
	byDistrict, err := loadEntries(app, cfg, districts, now)
	if err != nil {
		return err
	}
	found := map[string][]Theme{}
	for district, entries := range byDistrict {
		found[district] = themesOf(entries, cfg, names, now)
	}
	collection, err := app.FindCollectionByNameOrId("themes")
	if err != nil {
		return err
	}
	return app.RunInTransaction(func(txApp core.App) error {
		if _, err := txApp.DB().NewQuery("DELETE FROM themes").Execute(); err != nil {
			return err
		}
		for district, themes := range found {
			for rank, theme := range themes {
				record := core.NewRecord(collection)
				record.Load(map[string]any{
					"region": district, "label": theme.Label, "terms": theme.Terms,
					"people": theme.People, "rank": rank, "figures": theme,
				})
				if err := txApp.SaveNoValidate(record); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// themesOf clusters the entries of one district and keeps the themes of at
// least k people, the most people first.
func themesOf(entries []entry, cfg Config, names map[string]string, now time.Time) []Theme {
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Or(cmp.Compare(b.month, a.month), cmp.Compare(a.id, b.id)) })
	entries = entries[:min(len(entries), maxEntries)]
	terms := make([][]string, len(entries))
	for i, e := range entries {
		terms[i] = e.terms
	}
	vocabulary := NewVocabulary(cfg.Terms)
	groups := map[int]group{}
	for i, theme := range Cluster(terms, vocabulary) {
		groups[theme] = append(groups[theme], entries[i])
	}
	idf := inverseFrequencies(entries, vocabulary)
	var themes []Theme
	for _, g := range groups {
		if theme, ok := themeOf(g, cfg.MinGroupSize, idf, names, cfg.Terms, now); ok && theme.Label != "" {
			themes = append(themes, theme)
		}
	}
	slices.SortFunc(themes, func(a, b Theme) int { return cmp.Or(cmp.Compare(b.People, a.People), cmp.Compare(a.Label, b.Label)) })
	return themes[:min(len(themes), maxThemes)]
}
