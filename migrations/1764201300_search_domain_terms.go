package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// The search terms now split compounds and replace synonyms and short forms
// (hooks/textsim), so terms indexed before no longer meet a new draft's
// terms. Emptying the index lets the serve start rebuild it, since it is then
// out of step with the public ideas (hooks/search.go, ensureSearchIndex).
// Down empties it too: the older analysis rebuilds it the same way.
func init() {
	emptySearchIndex := func(app core.App) error {
		_, err := app.DB().NewQuery("DELETE FROM ideas_search").Execute()
		return err
	}
	m.Register(emptySearchIndex, emptySearchIndex)
}
