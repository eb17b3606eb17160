package sync

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// The args' text bounds repeat the schema's so that a device hears of a
// mistake without a database round trip; this keeps them the schema's.
func TestArgsBoundsAreTheSchemas(t *testing.T) {
	app, err := pbtests.NewTestApp()
	if err != nil {
		t.Fatal(err)
	}
	defer app.Cleanup()
	if err := app.RunAllMigrations(); err != nil {
		t.Fatal(err)
	}
	for _, kind := range mutationKinds {
		collection, err := app.FindCollectionByNameOrId(kind.Collection)
		if err != nil {
			t.Fatal(err)
		}
		for _, arg := range kind.Args {
			field, ok := collection.Fields.GetByName(arg.Name).(*core.TextField)
			if !ok || arg.Name == "id" {
				continue
			}
			for bound, want := range map[string]int{"min": field.Min, "max": field.Max} {
				if got, set := arg.bounds[bound]; set && got != want {
					t.Errorf("%s %s: %s=%d, want the schema's %d", kind.Type, arg.Name, bound, got, want)
				}
			}
		}
	}
}
