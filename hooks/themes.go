package hooks

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/search"
	"github.com/mitwirken/mitwirken/hooks/themes"
	"github.com/pocketbase/pocketbase/core"
)

// registerThemes hands the themes of ideas and feedback (hooks/themes) the
// text analysis and the rule of which ideas are public.
func registerThemes(app core.App, minGroupSize int) {
	themes.Register(app, themesConfig(minGroupSize))
}

func themesConfig(minGroupSize int) themes.Config {
	return themes.Config{
		MinGroupSize: minGroupSize,
		Terms:        search.Terms,
		IdeaIsPublic: func(idea *core.Record) bool { return domain.Idea{Record: idea}.IsPublic() },
	}
}

// RebuildThemes recomputes the stored themes now, as the nightly run does.
func RebuildThemes(app core.App, minGroupSize int) error {
	return themes.Rebuild(app, themesConfig(minGroupSize))
}
