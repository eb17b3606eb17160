package migrations

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

// withCollections completes the up of a migration that builds on existing
// collections: it looks them up by name, in order, and fails the migration
// when one is missing.
func withCollections(names []string, up func(app core.App, found []*core.Collection) error) func(app core.App) error {
	return func(app core.App) error {
		found := make([]*core.Collection, len(names))
		for i, name := range names {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				return err
			}
			found[i] = c
		}
		return up(app, found)
	}
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

// plainIndex is a plain index a migration adds. before is the partial
// index's condition it replaced, restored by the down; "" for a new index.
type plainIndex struct {
	collection, name, columns string
	before                    string
}

// addIndexes adds each index (replacing a same-named one).
func addIndexes(app core.App, indexes []plainIndex) error {
	for _, index := range indexes {
		if err := changeCollection(app, index.collection, func(c *core.Collection) {
			c.AddIndex(index.name, false, index.columns, "")
		}); err != nil {
			return err
		}
	}
	return nil
}

// removeIndexes undoes addIndexes: it drops each index and restores the
// partial one it replaced.
func removeIndexes(app core.App, indexes []plainIndex) error {
	for _, index := range indexes {
		if err := changeCollection(app, index.collection, func(c *core.Collection) {
			c.RemoveIndex(index.name)
			if index.before != "" {
				c.AddIndex(index.name, false, index.columns, index.before)
			}
		}); err != nil {
			return err
		}
	}
	return nil
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
