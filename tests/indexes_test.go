package tests

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"
)

// TestListFiltersUseIndexes asks SQLite how it would run the list queries
// that the PWA and the workspace send, as PocketBase builds them from the
// filter and sort: each must search an index, none may scan a whole table.
func TestListFiltersUseIndexes(t *testing.T) {
	app := newTestApp(t)
	lists := []struct{ collection, filter, sort string }{
		{"ideas", "region='" + gelnhausen + "'", "-votes_count"},
		{"ideas", "status='submitted'", "created"},
		{"ideas", "hidden=true", "-created"},
		{"ideas", "entered_by='" + personId("uwe") + "'", ""},
		{"ideas", "shared_solution=true", ""},
		{"comments", "idea='" + ideaPublished + "'", "created"},
		{"comments", "state='hidden'", ""},
		{"reports", "dismissed=false", "created"},
		{"appeals", "status='open'", "created"},
		{"endorsements", "organization='" + vdkMainKinzig + "'", ""},
		{"feedback", "entered_by='" + personId("uwe") + "'", ""},
		// The feedback desk: the person's regions, narrowed by service, municipality or state, newest first.
		{"feedback", "(region='" + gelnhausen + "' || region='" + hanau + "' || region='" + mainKinzig + "')", "-created"},
		{"feedback", "(region='" + gelnhausen + "' || region='" + hanau + "') && service='" + wohngeld + "'", "-created"},
		{"feedback", "(region='" + gelnhausen + "' || region='" + hanau + "') && state='new'", "-created"},
		{"feedback", "(region='" + gelnhausen + "') && region='" + gelnhausen + "'", "-created"},
		// The staff desk: the open ideas of the staff's regions, oldest first.
		{"ideas", "status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false && " +
			"(region='" + gelnhausen + "')", "created"},
		{"status_changes", "idea='" + ideaPublished + "'", "created"},
		{"notifications", "user='" + personId("anna") + "'", "-created"},
		{"memberships", "user='" + personId("uwe") + "'", ""},
	}
	for _, list := range lists {
		t.Run(list.collection+" "+list.filter, func(t *testing.T) {
			plan := queryPlan(t, app, list.collection, list.filter, list.sort)
			for _, step := range plan {
				// "SCAN t USING INDEX i" reads the whole index in order: a full scan too.
				if strings.HasPrefix(step, "SCAN "+list.collection) {
					t.Errorf("got a full scan (%s), want a search by index; plan: %q", step, plan)
				}
			}
		})
	}
}

// queryPlan returns SQLite's plan for a record list with this filter and sort.
func queryPlan(t *testing.T, app core.App, collectionName, filter, sort string) []string {
	t.Helper()
	collection, err := app.FindCollectionByNameOrId(collectionName)
	if err != nil {
		t.Fatal(err)
	}
	query := app.RecordQuery(collection)
	resolver := core.NewRecordFieldResolver(app, collection, nil, true)
	expr, err := search.FilterData(filter).BuildExpr(resolver)
	if err != nil {
		t.Fatal(err)
	}
	query.AndWhere(expr)
	if sort != "" {
		field := search.SortField{Name: strings.TrimPrefix(sort, "-"), Direction: search.SortAsc}
		if strings.HasPrefix(sort, "-") {
			field.Direction = search.SortDesc
		}
		order, err := field.BuildExpr(resolver)
		if err != nil {
			t.Fatal(err)
		}
		query.AndOrderBy(order)
	}
	if err := resolver.UpdateQuery(query); err != nil {
		t.Fatal(err)
	}
	built := query.Build()
	var rows []struct {
		Detail string `db:"detail"`
	}
	if err := app.DB().NewQuery("EXPLAIN QUERY PLAN " + built.SQL()).Bind(built.Params()).All(&rows); err != nil {
		t.Fatal(err)
	}
	plan := make([]string, len(rows))
	for i, row := range rows {
		plan[i] = row.Detail
	}
	return plan
}
