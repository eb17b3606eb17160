package sync

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// SQLite parses every statement it is given, and with modernc's SQLite the
// parse of a small statement costs as much as running it. A push applies up
// to 100 mutations in one transaction, and each repeats the same few
// statements (its create rule, its change log entry, its journal row), so
// the statements of a transaction are prepared once, by their text, and
// reused until it ends; database/sql closes them with it.

// txStatements are the statements prepared in one transaction.
type txStatements struct {
	mu       sync.Mutex
	prepared map[string]*dbx.Query
	// db and executor prepare through the statements shared across
	// transactions (shared_statements.go); nil when not available.
	db       *dbx.DB
	executor *txExecutor
}

var (
	statementsMu   sync.Mutex
	statementsByTx = map[*core.TxAppInfo]*txStatements{}
)

// statementsOf returns the statements of app's transaction, or nil when app
// is not in a transaction of its main database.
func statementsOf(app core.App) *txStatements {
	info := app.TxInfo()
	if _, inTx := app.DB().(*dbx.Tx); info == nil || !inTx {
		return nil
	}
	statementsMu.Lock()
	defer statementsMu.Unlock()
	s, ok := statementsByTx[info]
	if !ok {
		s = &txStatements{prepared: map[string]*dbx.Query{}}
		if sqlTx, db, ok := sqlTxOf(app.DB().(*dbx.Tx)); ok {
			s.db, s.executor = db, &txExecutor{Tx: sqlTx, shared: sharedStatementsOf(db.DB())}
		}
		statementsByTx[info] = s
		info.OnComplete(func(error) error {
			statementsMu.Lock()
			delete(statementsByTx, info)
			statementsMu.Unlock()
			if s.executor != nil {
				s.executor.shared.prepareWanted()
			}
			return nil
		})
	}
	return s
}

// unplanned marks the placeholders compared with "=": SQLite (built with
// STAT4, as modernc's is) lets the value bound to such a placeholder choose
// the plan once ANALYZE has sampled the column's index, and then parses the
// statement again whenever another value is bound, which undoes preparing
// it. A unary plus keeps the value and the index lookup but is not sampled.
var unplanned = regexp.MustCompile(`(=\s*)\{:(\w+)\}`)

// unplannedTexts caches unplanned's rewrite by text: every vote is a
// transaction of its own and prepares its few texts again.
var unplannedTexts sync.Map

func unplannedText(text string) string {
	if rewritten, ok := unplannedTexts.Load(text); ok {
		return rewritten.(string)
	}
	rewritten := unplanned.ReplaceAllString(text, "$1+{:$2}")
	unplannedTexts.Store(text, rewritten)
	return rewritten
}

// preparedQuery returns a query of text that, inside a transaction, runs a
// statement prepared once per transaction; bind all of its params.
func preparedQuery(app core.App, text string) *dbx.Query {
	s := statementsOf(app)
	if s == nil {
		return app.DB().NewQuery(text)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	query, ok := s.prepared[text]
	if !ok {
		if s.executor != nil {
			query = dbx.NewQuery(s.db, s.executor, unplannedText(text)).Prepare()
		} else {
			query = app.DB().NewQuery(unplannedText(text)).Prepare()
		}
		if query.LastError != nil {
			return app.DB().NewQuery(text)
		}
		s.prepared[text] = query
	}
	return query
}

// PreparedQuery is preparedQuery for the model hooks of other packages that
// repeat a statement for every record of a push (an idea's counters).
func PreparedQuery(app core.App, text string) *dbx.Query { return preparedQuery(app, text) }

// randomNames are the names PocketBase draws at random in a rule query: its
// placeholders ({:f...}, {:t...}; dbx's own syntax) and the aliases of its
// multi-match subqueries (__ml...). A rule query's values are all bound,
// never in its text.
var randomNames = regexp.MustCompile(`\{:\w+\}|__ml\w+`)

// numberedRuleRow scans the single value of the first row of a rule query
// that PocketBase built, with its random names numbered in order of
// appearance (numberedNames): the query of the same rule for the same
// requester then has the same text for every mutation of a push, so SQLite
// parses it once per transaction. The query is still the one PocketBase
// builds for the rule, so the decision cannot differ from REST.
func numberedRuleRow(app core.App, text string, params dbx.Params, into any) error {
	// PocketBase selects DISTINCT when a rule joins a multiple relation. For
	// "is there a row", duplicates do not matter, and DISTINCT costs the
	// temporary table that SQLite builds for it on every run.
	text = strings.Replace(text, "SELECT DISTINCT (1) FROM ", "SELECT (1) FROM ", 1)
	return preparedQuery(app, text).Bind(params).Row(into)
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
