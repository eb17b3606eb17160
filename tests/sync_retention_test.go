package tests

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/mitwirken/mitwirken/hooks/sync"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

const day = 24 * time.Hour

// backdateLog moves every log entry and journal entry age into the past.
func backdateLog(t testing.TB, app core.App, age time.Duration) {
	t.Helper()
	created := time.Now().UTC().Add(-age).Format("2006-01-02 15:04:05.000Z")
	for _, table := range []string{"sync_log", "sync_mutations"} {
		if _, err := app.NonconcurrentDB().Update(table, dbx.Params{"created": created}, nil).Execute(); err != nil {
			t.Fatal(err)
		}
	}
}

// firstPageOfAFullSync starts a full sync of the device and returns the cursor after its first page.
func firstPageOfAFullSync(t *testing.T, d *syncDevice) int64 {
	t.Helper()
	status, page := d.pull("cursor=0&limit=5")
	if status != http.StatusOK || !page.HasMore {
		t.Fatalf("first page of a full sync: got %d with hasMore %v, want 200 and more", status, page.HasMore)
	}
	return page.Cursor
}

func TestPullAnswers410ForACursorOlderThanAPrunedTombstone(t *testing.T) {
	for _, c := range []struct {
		name      string
		age       time.Duration // of the tombstone when the log is pruned
		retention time.Duration
		// cursor returns the cursor to pull with, given the device's cursors before and after the deletion.
		cursor func(t *testing.T, app core.App, d *syncDevice, before, after int64) int64
		status int
	}{
		{"a cursor from before a pruned tombstone answers 410", time.Second, 0, cursorBefore, 410},
		{"a cursor from after the pruned tombstone is fine", time.Second, 0,
			func(_ *testing.T, _ core.App, _ *syncDevice, _, after int64) int64 { return after }, 200},
		{"cursor 0 is fine after any pruning", time.Second, 0,
			func(*testing.T, core.App, *syncDevice, int64, int64) int64 { return 0 }, 200},
		{"the cursor of a full sync that started after the prune is fine, though it is older than the tombstone", time.Second, 0,
			func(t *testing.T, _ core.App, d *syncDevice, _, _ int64) int64 { return firstPageOfAFullSync(t, d) }, 200},
		{"the cursor of a full sync interrupted by another prune answers 410", time.Second, 0,
			func(t *testing.T, app core.App, d *syncDevice, _, _ int64) int64 {
				cursor := firstPageOfAFullSync(t, d)
				if err := app.Delete(mustFind(t, app, "votes", voteBen)); err != nil {
					t.Fatal(err)
				}
				backdateLog(t, app, time.Second)
				if _, err := sync.PruneSyncLog(app, 0); err != nil {
					t.Fatal(err)
				}
				return cursor
			}, 410},
		{"a tombstone younger than the retention is kept and reaches the old cursor", 29 * day, 30 * day, cursorBefore, 200},
		{"a tombstone older than the retention is pruned and the old cursor answers 410", 31 * day, 30 * day, cursorBefore, 410},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			anna := newDevice(t, newServer(t, app), "anna")
			_, before := anna.pullAll(0, "")
			withDeletions(t, app)
			after := headOf(t, app)
			backdateLog(t, app, c.age)
			if _, err := sync.PruneSyncLog(app, c.retention); err != nil {
				t.Fatal(err)
			}
			cursor := c.cursor(t, app, anna, before, after)
			status, reply := anna.pull(fmt.Sprintf("cursor=%d", cursor))
			if status != c.status {
				t.Fatalf("cursor %d: got %d %s, want %d", cursor, status, reply.Message, c.status)
			}
			switch {
			case status == http.StatusGone && fieldCode(reply.Data, "cursor") != "sync_cursor_expired":
				t.Errorf("data: got %v, want sync_cursor_expired on cursor", reply.Data)
			case status == http.StatusOK && cursor == before && opOf(reply.Changes, "ideas", ideaDeleted) != opTombstone:
				t.Errorf("the deleted idea: got %s, want its tombstone", opOf(reply.Changes, "ideas", ideaDeleted))
			}
		})
	}
}

func cursorBefore(_ *testing.T, _ core.App, _ *syncDevice, before, _ int64) int64 { return before }

func TestADeviceThatPulledSinceADeletionIsNotSentBackToZero(t *testing.T) {
	for _, c := range []struct {
		name           string
		region         string
		pulledSince    bool // whether the device pulled between the deletion and the prune
		status         int
		wantsTombstone bool // in the pull since the deletion
	}{
		{"a device of another district keeps its cursor, though it was sent nothing since", sondershausen, true, 200, false},
		{"a device of the deleted idea's district keeps its cursor after getting the tombstone", gelnhausen, true, 200, true},
		{"a device that has not pulled since the deletion is sent back to 0", sondershausen, false, 410, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			uwe := newDevice(t, newServer(t, app), "uwe")
			scope := "&region=" + c.region
			_, cursor := uwe.pullAll(0, scope)
			withDeletions(t, app)
			if c.pulledSince {
				var changes []pulledChange
				changes, cursor = uwe.pullAll(cursor, scope)
				if got := opOf(changes, "ideas", ideaDeleted) == opTombstone; got != c.wantsTombstone {
					t.Errorf("tombstone of the deleted idea: got %v, want %v", got, c.wantsTombstone)
				}
			}
			backdateLog(t, app, time.Second)
			if _, err := sync.PruneSyncLog(app, 0); err != nil {
				t.Fatal(err)
			}
			if status, reply := uwe.pull(fmt.Sprintf("cursor=%d%s", cursor, scope)); status != c.status {
				t.Errorf("cursor %d: got %d %s, want %d", cursor, status, reply.Message, c.status)
			}
		})
	}
}

// restIds lists the ids of a collection that the REST API shows the person,
// narrowed by filter if it is not empty.
func restIds(t *testing.T, device *syncDevice, collection, filter string) []string {
	t.Helper()
	var page struct{ Items []struct{ Id string } }
	status := call(t, device.server.Client(), http.MethodGet, device.server.URL+"/api/collections/"+collection+
		"/records?perPage=500&skipTotal=1&fields=id&filter="+url.QueryEscape(filter), device.token, nil, &page)
	if status != http.StatusOK {
		t.Fatalf("REST list of %s: got %d, want 200", collection, status)
	}
	ids := []string{}
	for _, item := range page.Items {
		ids = append(ids, item.Id)
	}
	sort.Strings(ids)
	return ids
}

func TestAFullPullAfterPruningRebuildsEveryRecordOnce(t *testing.T) {
	app := newTestApp(t)
	server := newServer(t, app)
	withDeletions(t, app)
	// More entries per record: votes and comments update their ideas' counters.
	ben := newDevice(t, server, "ben")
	if status, _ := ben.push(ben.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": ideaPublished, "body": "Noch einer."}),
		ben.queue("vote.retract", map[string]any{"idea": ideaPublished})); status != http.StatusOK {
		t.Fatalf("Ben's push: got %d, want 200", status)
	}
	backdateLog(t, app, time.Second)
	if _, err := sync.PruneSyncLog(app, 0); err != nil {
		t.Fatal(err)
	}
	for _, person := range []string{"anna", "ben", "mehmet"} {
		t.Run(person, func(t *testing.T) {
			device := newDevice(t, server, person)
			changes, _ := device.pullAll(0, "&limit=5")
			checkPages(t, changes)
			upserts := map[string][]string{}
			for _, change := range changes {
				if change.Op == opUpsert {
					upserts[change.Collection] = append(upserts[change.Collection], change.Id)
				}
			}
			// Private records reach only their owner, even where the REST API shows them to moderators.
			owner := map[string]string{"votes": "user", "feedback": "author", "reports": "reporter", "notifications": "user"}
			for _, collection := range []string{"regions", "services", "organizations", "ideas", "comments",
				"status_changes", "endorsements", "votes", "feedback", "reports", "notifications"} {
				filter := ""
				if field, private := owner[collection]; private {
					filter = field + "='" + personId(person) + "'"
				}
				got := upserts[collection]
				sort.Strings(got)
				if want := restIds(t, device, collection, filter); fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s: got %v, want each record the REST API lists exactly once: %v", collection, got, want)
				}
			}
			if op := opOf(changes, "ideas", ideaDeleted); op != opAbsent {
				t.Errorf("the deleted idea: got %s, want nothing once its tombstone is pruned", op)
			}
		})
	}
}

func TestAReplayAfterTheJournalIsPrunedStillHasNoSecondEffect(t *testing.T) {
	app := newTestApp(t)
	anna := newDevice(t, newServer(t, app), "anna")
	idea := uuid.NewString()
	batch := []syncMutation{
		anna.queue("idea.create", map[string]any{"id": idea, "title": "Sitzbänke am Bahnhof", "body": "Es fehlen Bänke zum Warten.", "region": gelnhausen}),
		anna.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff}),
		anna.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Und ein Dach."}),
	}
	if status, reply := anna.push(batch...); status != http.StatusOK || reply.Results[2].Status != "applied" {
		t.Fatalf("got %d %v, want 200 and all applied", status, reply.Results)
	}
	backdateLog(t, app, 31*day)
	if _, err := sync.PruneJournal(app, 30*day); err != nil {
		t.Fatal(err)
	}
	if n := rowsWhere(t, app, "sync_mutations", nil); n != 0 {
		t.Fatalf("journal: got %d entries, want none after the retention", n)
	}
	before := syncedCounts(t, app)
	_, replay := anna.push(batch...)
	for i, want := range []string{"rejected validation_pk_invalid", "conflict vote_exists", "rejected validation_pk_invalid"} {
		if got := replay.Results[i].Status + " " + replay.Results[i].Code; got != want {
			t.Errorf("%s replayed: got %s, want %s", batch[i].Type, got, want)
		}
	}
	after := syncedCounts(t, app)
	for _, table := range []string{"ideas", "votes", "comments"} {
		if after[table] != before[table] {
			t.Errorf("%s: got %d, want %d: a replay must not double", table, after[table], before[table])
		}
	}
	if got := votesOn(t, app, ideaKyff); got != 1 {
		t.Errorf("votes_count: got %d, want 1", got)
	}
}
