package tests

import (
	"net/http"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/mitwirken/mitwirken/hooks/sync"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// backdateRows sets created of the rows of table with the given ids to age ago.
func backdateRows(t testing.TB, app core.App, table string, age time.Duration, ids ...string) {
	t.Helper()
	created := time.Now().UTC().Add(-age).Format("2006-01-02 15:04:05.000Z")
	list := make([]any, len(ids))
	for i, id := range ids {
		list[i] = id
	}
	if _, err := app.NonconcurrentDB().Update(table, dbx.Params{"created": created}, dbx.In("id", list...)).Execute(); err != nil {
		t.Fatal(err)
	}
}

func TestTheJournalKeepsWhatPeopleWroteOnlyForItsRetention(t *testing.T) {
	app := newTestApp(t)
	anna := newDevice(t, newServer(t, app), "anna")
	old := anna.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": ideaKyff, "body": "Schon lange her."})
	recent := anna.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff})
	if status, _ := anna.push(old, recent); status != http.StatusOK {
		t.Fatalf("push: got %d, want 200", status)
	}
	backdateRows(t, app, "sync_mutations", 31*day, old.Id)
	backdateRows(t, app, "sync_mutations", 29*day, recent.Id)
	pruned, err := sync.PruneJournal(app, 30*day)
	if err != nil || pruned != 1 {
		t.Fatalf("got %d pruned (%v), want 1", pruned, err)
	}
	for id, want := range map[string]int{old.Id: 0, recent.Id: 1} {
		if got := rowsWhere(t, app, "sync_mutations", dbx.HashExp{"id": id}); got != want {
			t.Errorf("journal entry %s: got %d, want %d", id, got, want)
		}
	}
}

func TestOldNotificationsArePrunedAndDevicesForgetThem(t *testing.T) {
	app := newTestApp(t)
	all(withRecord("notifications", "notifyold000001", map[string]any{"user": personId("anna"), "kind": "published", "idea": ideaPublished}),
		withRecord("notifications", "notifynew000001", map[string]any{"user": personId("anna"), "kind": "published", "idea": ideaPublished}))(t, app)
	backdateRows(t, app, "notifications", 181*day, "notifyold000001")
	backdateRows(t, app, "notifications", 179*day, "notifynew000001")
	anna := newDevice(t, newServer(t, app), "anna")
	_, cursor := anna.pullAll(0, "")
	pruned, err := sync.PruneNotifications(app, 180*day)
	if err != nil || pruned != 1 {
		t.Fatalf("got %d pruned (%v), want 1", pruned, err)
	}
	wantNone("notifications", map[string]any{"id": "notifyold000001"})(t, app)
	wantOne("notifications", map[string]any{"id": "notifynew000001"})(t, app)
	changes, _ := anna.pullAll(cursor, "")
	if op := opOf(changes, "notifications", "notifyold000001"); op != opTombstone {
		t.Errorf("Anna's device: got %s for the pruned notification, want its tombstone", op)
	}
}
