package platform

import (
	"fmt"
	"sync/atomic"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// SQLite's database pages in a WAL database are cached per connection, and
// a connection drops its whole cache whenever another connection has
// written since it last read. With PocketBase's pool of readers beside one
// writer, nearly every authenticated request after a write drops a reader's
// cache: its auth-record lookup, the rule query of a vote. The pages of the
// pure-Go SQLite come from modernc's allocator, which returns a 64 KiB block
// to the kernel (munmap) as soon as its last page is freed and maps a new
// one for the next: a profile of votes showed these system calls and the
// page faults after them as a quarter of a vote's time. SQLite's own page
// pool (SQLITE_CONFIG_PAGECACHE) gives the caches their pages from one
// region mapped once, so a dropped cache costs a free list, not the kernel.
//
// The pool is resident from the start (SQLite threads its free list through
// every slot) and bounds the page caches together: when it runs low, a cache
// reuses its least recently used pages before it asks the allocator. 4,096
// pages (18 MB) were as fast for votes, pulls and the top-30 list as 16,384
// (72 MB), which raised the server's idle RSS from 44 to 108 MB.
const (
	pagePoolPageSize = 4096 // SQLite's default page size, which PocketBase keeps
	pagePoolPages    = 4096
)

// PoolSQLitePages gives every SQLite page cache of the process its pages
// from one pool of pagePoolPages pages. It must run before the process opens
// its first database: SQLite accepts the setting only before it initializes.
func PoolSQLitePages() error {
	tls := libc.NewTLS()
	defer tls.Close()
	header := libc.Xmalloc(tls, 8)
	defer libc.Xfree(tls, header)
	if rc := sqliteConfig(tls, sqlite3.SQLITE_CONFIG_PCACHE_HDRSZ, header); rc != sqlite3.SQLITE_OK {
		return fmt.Errorf("sqlite page pool: reading the page header size: error %d", rc)
	}
	slot := (pagePoolPageSize + int(libc.AtomicLoadPInt32(header)) + 7) &^ 7
	// The pool lives as long as the process: SQLite keeps pointing into it.
	pool := libc.Xmalloc(tls, libc.Tsize_t(slot*pagePoolPages))
	if pool == 0 {
		return fmt.Errorf("sqlite page pool: no memory for %d pages", pagePoolPages)
	}
	if rc := sqliteConfig(tls, sqlite3.SQLITE_CONFIG_PAGECACHE, pool, int32(slot), int32(pagePoolPages)); rc != sqlite3.SQLITE_OK {
		libc.Xfree(tls, pool)
		return fmt.Errorf("sqlite page pool: SQLite is already in use (error %d)", rc)
	}
	pooled.Store(true)
	return nil
}

// pooled tells whether PoolSQLitePages set up the pool in this process.
var pooled atomic.Bool

// sqliteConfig is sqlite3_config(op, args...).
func sqliteConfig(tls *libc.TLS, op int32, args ...any) int32 {
	va := libc.NewVaList(args...)
	defer libc.Xfree(tls, va)
	return sqlite3.Xsqlite3_config(tls, op, va)
}

// SQLitePagePool is what the page pool holds now.
type SQLitePagePool struct {
	PagesInUse    int // pages of the pool that caches hold
	Pages         int // the pool's size
	OverflowBytes int // page memory the caches took from the allocator because the pool was used up
}

// SQLitePagePoolNow reads sqlite3_status for the pool; Pages is 0 when
// PoolSQLitePages has not run.
func SQLitePagePoolNow() SQLitePagePool {
	tls := libc.NewTLS()
	defer tls.Close()
	values := libc.Xmalloc(tls, 8) // current and highwater, two C ints
	defer libc.Xfree(tls, values)
	status := func(op int32) int {
		sqlite3.Xsqlite3_status(tls, op, values, values+4, 0)
		return int(libc.AtomicLoadPInt32(values))
	}
	pool := SQLitePagePool{
		PagesInUse:    status(sqlite3.SQLITE_STATUS_PAGECACHE_USED),
		OverflowBytes: status(sqlite3.SQLITE_STATUS_PAGECACHE_OVERFLOW),
	}
	if pooled.Load() {
		pool.Pages = pagePoolPages
	}
	return pool
}
