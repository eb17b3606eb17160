package sync

import (
	"fmt"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// A statement used in one transaction is prepared on the database after it,
// and later transactions run it with their own values and see their own
// writes, including rows written by a transaction that rolled back never.
func TestStatementsAreSharedAcrossTransactions(t *testing.T) {
	app, err := pbtests.NewTestApp()
	if err != nil {
		t.Fatal(err)
	}
	defer app.Cleanup()
	if _, err := app.NonconcurrentDB().NewQuery("CREATE TABLE shared_test (id TEXT PRIMARY KEY, n INTEGER)").Execute(); err != nil {
		t.Fatal(err)
	}
	insert := "INSERT INTO shared_test (id, n) VALUES ({:id}, {:n})"
	read := "SELECT n FROM shared_test WHERE id = {:id}"
	shared := sharedStatementsOf(app.NonconcurrentDB().(*dbx.DB).DB())
	for i := range 20 {
		id := fmt.Sprintf("row%d", i)
		err := app.RunInTransaction(func(txApp core.App) error {
			if _, err := preparedQuery(txApp, insert).Bind(dbx.Params{"id": id, "n": i}).Execute(); err != nil {
				return err
			}
			var n int
			if err := preparedQuery(txApp, read).Bind(dbx.Params{"id": id}).Row(&n); err != nil || n != i {
				t.Errorf("transaction %d read %d (%v), want its own write %d", i, n, err, i)
			}
			if i%5 == 4 {
				return fmt.Errorf("rolled back")
			}
			return nil
		})
		if (err != nil) != (i%5 == 4) {
			t.Fatalf("transaction %d: %v", i, err)
		}
		waitUntil(t, func() bool { shared.mu.Lock(); defer shared.mu.Unlock(); return len(shared.wanted) == 0 })
	}
	shared.mu.Lock()
	count := len(shared.prepared)
	shared.mu.Unlock()
	if count != 2 {
		t.Errorf("%d statements are shared, want the 2 used", count)
	}
	var rows int
	if err := app.DB().NewQuery("SELECT count(*) FROM shared_test").Row(&rows); err != nil || rows != 16 {
		t.Errorf("%d rows (%v), want the 16 committed", rows, err)
	}
}

func waitUntil(t *testing.T, done func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !done(); {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(time.Millisecond)
	}
}
