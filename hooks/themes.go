package hooks

import (
	"github.com/mitwirken/mitwirken/hooks/themes"
	"github.com/pocketbase/pocketbase/core"
)

// SearchTerms is the text analysis of the search index and the duplicate
// check, for packages that compare texts the same way.
func SearchTerms(text string) []string { return searchTerms(text) }

// registerThemes hands the themes of ideas and feedback (hooks/themes) the
// text analysis and the rule of which ideas are public.
func registerThemes(app core.App, minGroupSize int) {
	themes.Register(app, themesConfig(minGroupSize))
}

func themesConfig(minGroupSize int) themes.Config {
	return themes.Config{
		MinGroupSize: minGroupSize,
		Terms:        searchTerms,
		IdeaIsPublic: func(idea *core.Record) bool { return Idea{idea}.IsPublic() },
	}
}

// RebuildThemes recomputes the stored themes now, as the nightly run does.
func RebuildThemes(app core.App, minGroupSize int) error {
	return themes.Rebuild(app, themesConfig(minGroupSize))
}
