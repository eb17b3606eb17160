package sync

import (
	"database/sql"
	"sync"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// A vote or a push of one mutation is a transaction of its own, so the
// statements prepared per transaction (txStatements) would be parsed again
// for every one of them. The main database writes through one connection,
// and database/sql lets a transaction reuse a statement that was prepared
// on the database when it was prepared on the transaction's connection
// (sql.Tx.Stmt). So a text used in a transaction is prepared on the
// database once that transaction has ended (the connection is then free),
// and later transactions take it from there.

// maxSharedStatements bounds the cache; the texts are few (our statements
// and the rule queries of numberedRuleRow, whose random names are numbered).
const maxSharedStatements = 256

// sharedStatements are the statements prepared on one database, by the text
// dbx sends (placeholders already turned into "?").
type sharedStatements struct {
	mu       sync.Mutex
	db       *sql.DB
	prepared map[string]*sql.Stmt
	wanted   map[string]bool
}

var (
	sharedMu             sync.Mutex
	sharedStatementsByDB = map[*sql.DB]*sharedStatements{}
)

// sharedStatementsOf returns the cache of db.
func sharedStatementsOf(db *sql.DB) *sharedStatements {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	s, ok := sharedStatementsByDB[db]
	if !ok {
		s = &sharedStatements{db: db, prepared: map[string]*sql.Stmt{}, wanted: map[string]bool{}}
		sharedStatementsByDB[db] = s
	}
	return s
}

// forgetSharedStatements closes the statements of app's database when the
// app terminates (tests start many apps in one process).
func forgetSharedStatements(app core.App) {
	app.OnTerminate().BindFunc(func(e *core.TerminateEvent) error {
		if db, ok := e.App.NonconcurrentDB().(*dbx.DB); ok {
			sharedMu.Lock()
			s := sharedStatementsByDB[db.DB()]
			delete(sharedStatementsByDB, db.DB())
			sharedMu.Unlock()
			if s != nil {
				s.mu.Lock()
				for _, stmt := range s.prepared {
					stmt.Close()
				}
				s.prepared = map[string]*sql.Stmt{}
				s.mu.Unlock()
			}
		}
		return e.Next()
	})
}

// prepareIn returns the statement of text for tx: the shared one when it
// exists, otherwise one prepared in tx, and text is noted for prepareWanted.
func (s *sharedStatements) prepareIn(tx *sql.Tx, text string) (*sql.Stmt, error) {
	s.mu.Lock()
	parent, ok := s.prepared[text]
	if !ok && len(s.prepared)+len(s.wanted) < maxSharedStatements {
		s.wanted[text] = true
	}
	s.mu.Unlock()
	if ok {
		return tx.Stmt(parent), nil
	}
	return tx.Prepare(text)
}

// prepareWanted prepares the noted texts on the database; it runs after a
// transaction ended, off the request, as it may wait for the connection.
func (s *sharedStatements) prepareWanted() {
	s.mu.Lock()
	texts := make([]string, 0, len(s.wanted))
	for text := range s.wanted {
		texts = append(texts, text)
	}
	s.mu.Unlock()
	if len(texts) == 0 {
		return
	}
	go func() {
		for _, text := range texts {
			stmt, err := s.db.Prepare(text)
			s.mu.Lock()
			delete(s.wanted, text)
			if _, done := s.prepared[text]; err == nil && !done {
				s.prepared[text] = stmt
			} else if err == nil {
				stmt.Close()
			}
			s.mu.Unlock()
		}
	}()
}

// txExecutor is the executor of a transaction whose Prepare goes through
// the shared statements; everything else is the transaction's own.
type txExecutor struct {
	*sql.Tx
	shared *sharedStatements
}

func (e txExecutor) Prepare(text string) (*sql.Stmt, error) { return e.shared.prepareIn(e.Tx, text) }

// sqlTxOf returns the database/sql transaction of a dbx transaction and the
// dbx database it runs on; ok is false if dbx's builder does not expose them.
func sqlTxOf(tx *dbx.Tx) (_ *sql.Tx, _ *dbx.DB, ok bool) {
	builder, ok := tx.Builder.(interface {
		DB() *dbx.DB
		Executor() dbx.Executor
	})
	if !ok {
		return nil, nil, false
	}
	sqlTx, ok := builder.Executor().(*sql.Tx)
	return sqlTx, builder.DB(), ok && builder.DB() != nil
}
