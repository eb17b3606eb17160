package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Full-text search over public ideas. The table is not a collection: only
// hooks/search/index.go writes it, with terms that Go has already normalized
// (umlauts folded, stopwords dropped, stemmed), so FTS5 only splits on spaces.
// idea and region are stored but not indexed; the vocabulary table exposes
// how many ideas contain each term, which the duplicate check weighs terms by.
// The index is filled by hooks as ideas change and rebuilt on serve start
// when it is out of step with the ideas, so this migration leaves it empty.
func init() {
	m.Register(func(app core.App) error {
		if _, err := app.DB().NewQuery(`CREATE VIRTUAL TABLE ideas_search USING fts5(
			idea UNINDEXED, region UNINDEXED, terms,
			tokenize = 'unicode61 remove_diacritics 0')`).Execute(); err != nil {
			return err
		}
		_, err := app.DB().NewQuery(`CREATE VIRTUAL TABLE ideas_search_terms USING fts5vocab(ideas_search, row)`).Execute()
		return err
	}, func(app core.App) error {
		for _, table := range []string{"ideas_search_terms", "ideas_search"} {
			if _, err := app.DB().NewQuery("DROP TABLE IF EXISTS " + table).Execute(); err != nil {
				return err
			}
		}
		return nil
	})
}
