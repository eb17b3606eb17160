package migrations

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

// findCollections looks up the named collections in order; a migration
// destructures the result into the collections it builds on.
func findCollections(app core.App, names ...string) ([]*core.Collection, error) {
	found := make([]*core.Collection, len(names))
	for i, name := range names {
		c, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			return nil, err
		}
		found[i] = c
	}
	return found, nil
}

// deleteCollections removes collections in the given order; used by the downs.
func deleteCollections(app core.App, names ...string) error {
	for _, name := range names {
		c, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			continue
		}
		if err := app.Delete(c); err != nil {
			return err
		}
	}
	return nil
}

// changeCollection finds the named collection, lets change alter it and saves it.
func changeCollection(app core.App, name string, change func(c *core.Collection)) error {
	c, err := app.FindCollectionByNameOrId(name)
	if err != nil {
		return err
	}
	change(c)
	return app.Save(c)
}

// readRules gives a collection the same list and view rule.
func readRules(c *core.Collection, expression *string) {
	c.ListRule = expression
	c.ViewRule = expression
}

// indexColumns adds a plain index for each column list, named
// idx_<collection>_<columns joined by "_">.
func indexColumns(c *core.Collection, columnLists ...string) {
	for _, columns := range columnLists {
		c.AddIndex("idx_"+c.Name+"_"+strings.ReplaceAll(columns, ", ", "_"), false, columns, "")
	}
}
