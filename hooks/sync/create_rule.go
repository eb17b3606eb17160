package sync

import (
	"regexp"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/inflector"
	"github.com/pocketbase/pocketbase/tools/search"
)

// createRuleAllows decides a new, unsaved record against its collection's
// create rule the way PocketBase's create handler does (recordCreate in
// apis/record_crud.go, which does not export it): the record's values stand
// in a one-row table under another name, and the rule is a query over it.
// Deciding before the save matters: model hooks then never speak about a
// record the requester may not see (a vote's "this idea is hidden"), and the
// rule sees the state the request saw, not the one the hooks left behind
// (a third report hides the idea it reports).
func createRuleAllows(app core.App, record *core.Record, info *core.RequestInfo) (bool, error) {
	collection := record.Collection()
	switch {
	case info.HasSuperuserAuth():
		return true, nil
	case collection.CreateRule == nil:
		return false, nil
	case *collection.CreateRule == "":
		return true, nil
	}
	values, err := record.DBExport(app)
	if err != nil {
		return false, err
	}
	// The record's columns and the texts of the body and the requester are
	// the template's slots (rule_templates.go).
	slots := map[string]any{}
	named := traitsOf(*collection.CreateRule).ownFields
	columns := make([]string, 0, len(named))
	for name, value := range values {
		if named[name] {
			column := inflector.Columnify(name)
			slots["column."+column] = value
			columns = append(columns, column)
		}
	}
	slices.Sort(columns)
	rule := *collection.CreateRule
	key := templateKey(rule, "create", collection.Id, requesterShape(rule, info, slots), strings.Join(columns, ","), bodyShape(info.Body, slots))
	return ruleAllows(app, key, slots, func(slotted map[string]any) (*dbx.Query, error) {
		return createRuleQuery(app, collection, info, columns, slotted)
	})
}

// createRuleQuery is the query of collection's create rule for a new record
// whose columns and body texts are values (rule_templates.go names them).
func createRuleQuery(app core.App, collection *core.Collection, info *core.RequestInfo, columns []string, values map[string]any) (*dbx.Query, error) {
	params := make(dbx.Params, len(columns))
	selected := make([]string, 0, len(columns))
	for _, column := range columns {
		params["__new_"+column] = values["column."+column]
		selected = append(selected, "{:__new_"+column+"} AS [["+column+"]]")
	}
	standIn := *collection
	standIn.Id += "__new"
	standIn.Name += "__new"
	request := *info
	request.Body = withSlots(info.Body, values)
	request.Auth = withAuthSlots(info.Auth, values)
	query := app.ConcurrentDB().Select("(1)").From(standIn.Name).AndBind(params).
		PreFragment("WITH {{" + standIn.Name + "}} AS (SELECT " + strings.Join(selected, ",") + ")")
	resolver := core.NewRecordFieldResolver(app, &standIn, &request, true)
	expr, err := search.FilterData(*standIn.CreateRule).BuildExpr(resolver)
	if err != nil {
		return nil, err
	}
	query.AndWhere(expr)
	if err := resolver.UpdateQuery(query); err != nil {
		return nil, err
	}
	return query.Limit(1).Build(), nil
}

// ruleIdentifier is a name in a rule that is not behind a dot or an @: a
// field of the rule's own record ("region", "region.parent"), not a request
// value such as "@request.body.title" or a field of a related record.
var ruleIdentifier = regexp.MustCompile(`(?:^|[^.@\w])([A-Za-z_]\w*)`)

// fieldsNamedIn lists the names a rule may read from its own record, plus
// id. The stand-in row carries only these columns: the collections' create
// rules name every other field only as a request value (onlyFields), and a
// stand-in of all columns made the rule's query, its parse and dbx's
// placeholder rewriting the larger part of a push's cost. A name the
// heuristic misses would fail the query ("no such column") and refuse the
// mutation, which the access tables would show.
func fieldsNamedIn(rule string) map[string]bool {
	named := map[string]bool{"id": true}
	for _, m := range ruleIdentifier.FindAllStringSubmatch(rule, -1) {
		named[m[1]] = true
	}
	return named
}
