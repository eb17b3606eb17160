package tests

import (
	"testing"

	"github.com/mitwirken/mitwirken/hooks/platform"
	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// TestSQLitePagesComeFromThePool: the page caches of the databases take
// their pages from the pool that TestMain set up as main.go does, and a
// second pool is refused once SQLite is in use.
func TestSQLitePagesComeFromThePool(t *testing.T) {
	app := newTestApp(t)
	if _, err := app.FindRecordById("ideas", ideaKyff); err != nil {
		t.Fatal(err)
	}
	if used := pooledPages(); used == 0 {
		t.Errorf("got no pages of the pool in use after a read, want the caches' pages from it")
	}
	if err := platform.PoolSQLitePages(); err == nil {
		t.Errorf("got a second pool accepted while SQLite is in use, want an error")
	}
}

// pooledPages is sqlite3_status(SQLITE_STATUS_PAGECACHE_USED): the pool's
// pages in use now.
func pooledPages() int32 {
	tls := libc.NewTLS()
	defer tls.Close()
	values := libc.Xmalloc(tls, 8)
	defer libc.Xfree(tls, values)
	sqlite3.Xsqlite3_status(tls, sqlite3.SQLITE_STATUS_PAGECACHE_USED, values, values+4, 0)
	return libc.AtomicLoadPInt32(values)
}
