package tests

import (
	"testing"

	"github.com/mitwirken/mitwirken/hooks/platform"
)

// TestSQLitePagesComeFromThePool: the page caches of the databases take
// their pages from the pool that TestMain set up as main.go does, and a
// second pool is refused once SQLite is in use.
func TestSQLitePagesComeFromThePool(t *testing.T) {
	app := newTestApp(t)
	if _, err := app.FindRecordById("ideas", ideaKyff); err != nil {
		t.Fatal(err)
	}
	pool := platform.SQLitePagePoolNow()
	if pool.PagesInUse == 0 || pool.Pages == 0 {
		t.Errorf("got %d of %d pages of the pool in use after a read, want the caches' pages from it", pool.PagesInUse, pool.Pages)
	}
	if err := platform.PoolSQLitePages(); err == nil {
		t.Errorf("got a second pool accepted while SQLite is in use, want an error")
	}
}
