package sync

import (
	"regexp"
	"strconv"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// ruleStatements are the create-rule queries prepared in one transaction,
// by their text. A push checks its mutations one by one against the same
// few rules with the same requester, and PocketBase builds the same query
// for each of them except for the names it draws at random for its
// placeholders and subquery aliases and for the values bound to them. With
// those names numbered in order of appearance the text repeats, and SQLite
// parses it once per transaction instead of once per mutation: the parse
// was the largest part of the check. The query itself is still the one
// PocketBase builds for the rule, so the decision cannot differ from REST.
type ruleStatements struct {
	db       dbx.Builder // the transaction the statements belong to
	prepared map[string]*dbx.Query
}

// ruleStatementsKey holds a request's ruleStatements.
const ruleStatementsKey = "mitwirken.sync.ruleStatements"

// ruleStatementsOf returns the statements prepared in txApp's transaction
// for this request, starting anew in each transaction: a statement is
// closed when its transaction ends.
func ruleStatementsOf(e *core.RequestEvent, txApp core.App) *ruleStatements {
	if s, ok := e.Get(ruleStatementsKey).(*ruleStatements); ok && s.db == txApp.DB() {
		return s
	}
	s := &ruleStatements{db: txApp.DB(), prepared: map[string]*dbx.Query{}}
	e.Set(ruleStatementsKey, s)
	return s
}

// randomNames are the names PocketBase draws at random in a rule query: its
// placeholders ({:f...}, {:t...}) and the aliases of its multi-match
// subqueries (__ml...). The query's values are all bound, never in the text.
var randomNames = regexp.MustCompile(`\{:\w+\}|__ml\w+`)

// row scans the single value of query's first row, through a prepared
// statement of the same text when there is one, or else one it prepares.
func (s *ruleStatements) row(app core.App, query *dbx.Query, into any) error {
	if s == nil || app.DB() != s.db {
		return query.Row(into)
	}
	text, params, complete := numberedNames(query.SQL(), query.Params())
	if !complete {
		return query.Row(into) // fails as it would have
	}
	prepared, ok := s.prepared[text]
	if !ok {
		prepared = app.DB().NewQuery(text).Prepare()
		if prepared.LastError != nil {
			return query.Row(into)
		}
		s.prepared[text] = prepared
	}
	return prepared.Bind(params).Row(into)
}

// numberedNames renames the random names of a query in order of their first
// appearance (n0, n1, ...) and its params with them; complete is false
// when a placeholder has no param.
func numberedNames(text string, params dbx.Params) (_ string, _ dbx.Params, complete bool) {
	names := map[string]string{}
	renamed := dbx.Params{}
	complete = true
	text = randomNames.ReplaceAllStringFunc(text, func(name string) string {
		if numbered, ok := names[name]; ok {
			return numbered
		}
		numbered := "__ml" + strconv.Itoa(len(names))
		if name[0] == '{' {
			key := "n" + strconv.Itoa(len(names))
			numbered = "{:" + key + "}"
			value, ok := params[name[2:len(name)-1]]
			renamed[key], complete = value, complete && ok
		}
		names[name] = numbered
		return numbered
	})
	return text, renamed, complete
}
