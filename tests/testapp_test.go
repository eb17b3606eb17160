// Package tests holds Mitwirken's end-to-end tests: API scenarios against the
// real PocketBase app with its real migrations, hooks and SQLite.
package tests

import (
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/mitwirken/mitwirken/hooks"
	"github.com/mitwirken/mitwirken/hooks/platform"
	hookssync "github.com/mitwirken/mitwirken/hooks/sync"
	_ "github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// fixtureDir is a data directory with the migrated schema and the fixtures,
// built once; every test app starts from a fresh copy of it.
var fixtureDir string

// authTokens holds the auth token of every fixture person and colleague,
// keyed by name ("anna", "admin", "marta", ...), minted once with the fixtures.
// Read it only through authTokenOf.
var authTokens = map[string]string{}

func TestMain(m *testing.M) {
	flag.Parse()
	// The page pool of the server (main.go), so that benchmarks measure it.
	if err := platform.PoolSQLitePages(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// Every push also builds its rule queries afresh and panics when a
	// template differs, so each access table checks the templates too; not
	// while measuring, where it would double the cost of a push.
	if os.Getenv("MITWIRKEN_BENCH") == "" && flag.Lookup("test.bench").Value.String() == "" {
		hookssync.VerifyRuleTemplates()
	}
	code, err := runWithFixtures(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "building fixtures:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func runWithFixtures(m *testing.M) (int, error) {
	empty, err := os.MkdirTemp("", "mitwirken_empty_")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(empty)

	app, err := pbtests.NewTestApp(empty)
	if err != nil {
		return 0, err
	}
	hooks.Register(app, hooks.DefaultConfig())
	if err := buildFixtures(app); err != nil {
		return 0, err
	}
	fixtureDir = app.DataDir()
	defer os.RemoveAll(fixtureDir)
	// The hooks' background work (the realtime hub's announcements of the
	// fixtures' votes) ends before the databases close, as when a server stops.
	if err := app.OnTerminate().Trigger(&core.TerminateEvent{App: app}); err != nil {
		return 0, err
	}
	app.ResetBootstrapState() // closes the databases so the copies are consistent

	return m.Run(), nil
}

// newTestApp returns a fresh app on a copy of the fixtures, with every hook bound.
func newTestApp(t testing.TB) *pbtests.TestApp {
	t.Helper()
	app, err := pbtests.NewTestApp(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	hooks.Register(app, hooks.DefaultConfig())
	t.Cleanup(app.Cleanup)
	return app
}

// authTokenOf returns the auth token of a fixture person or colleague; "" is
// anonymous and has none. It is the one way tests authenticate.
func authTokenOf(person string) string {
	if person == "" {
		return ""
	}
	token, ok := authTokens[person]
	if !ok {
		panic("no fixture person or colleague " + person)
	}
	return token
}

// as returns the request headers of authTokenOf(person), for API scenarios;
// "" is anonymous.
func as(person string) map[string]string {
	if person == "" {
		return nil
	}
	return map[string]string{"Authorization": authTokenOf(person)}
}

// mustFind returns a stored record, failing the test when it is missing.
func mustFind(t testing.TB, app core.App, collection, id string) *core.Record {
	t.Helper()
	record, err := app.FindRecordById(collection, id)
	if err != nil {
		t.Fatal(err)
	}
	return record
}
