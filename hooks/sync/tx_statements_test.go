package sync

import (
	"maps"
	"testing"

	"github.com/pocketbase/dbx"
)

func TestNumberedNamesGiveTheSameRuleQueryTheSameText(t *testing.T) {
	for _, c := range []struct {
		name         string
		text         string
		params       dbx.Params
		wantText     string
		wantParams   dbx.Params
		wantComplete bool
	}{
		{"placeholders are numbered in order of appearance, a repeated one keeps its number",
			"SELECT 1 WHERE a = {:fAbc123} AND b = {:tXyz} AND c = {:fAbc123}",
			dbx.Params{"fAbc123": "anna", "tXyz": "users"},
			"SELECT 1 WHERE a = {:n0} AND b = {:n1} AND c = {:n0}",
			dbx.Params{"n0": "anna", "n1": "users"}, true},
		{"the same query with other random names and other values has the same text",
			"SELECT 1 WHERE a = {:fQq} AND b = {:tRr} AND c = {:fQq}",
			dbx.Params{"fQq": "ben", "tRr": "users"},
			"SELECT 1 WHERE a = {:n0} AND b = {:n1} AND c = {:n0}",
			dbx.Params{"n0": "ben", "n1": "users"}, true},
		{"multi-match aliases are numbered with the placeholders",
			"EXISTS (SELECT 1 FROM [[ideas]] [[__mlAb12Cd34]] WHERE [[__mlAb12Cd34.id]] = {:p0})",
			dbx.Params{"p0": "idea1"},
			"EXISTS (SELECT 1 FROM [[ideas]] [[__ml0]] WHERE [[__ml0.id]] = {:n1})",
			dbx.Params{"n1": "idea1"}, true},
		{"a placeholder without a param makes the query incomplete",
			"SELECT 1 WHERE a = {:fMissing}", dbx.Params{},
			"SELECT 1 WHERE a = {:n0}", dbx.Params{"n0": nil}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, params, complete := numberedNames(c.text, c.params)
			if text != c.wantText || !maps.Equal(params, c.wantParams) || complete != c.wantComplete {
				t.Errorf("got %q %v %v, want %q %v %v", text, params, complete, c.wantText, c.wantParams, c.wantComplete)
			}
		})
	}
}
