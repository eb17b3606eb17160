package tests

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// checkPages asserts that changes pulled page after page come in strictly
// increasing seq order, so that no change repeats.
func checkPages(t *testing.T, changes []pulledChange) {
	t.Helper()
	for i := 1; i < len(changes); i++ {
		if changes[i].Seq <= changes[i-1].Seq {
			t.Fatalf("change %d: seq %d (%s %s) after %d, want strictly increasing", i, changes[i].Seq,
				changes[i].Collection, changes[i].Id, changes[i-1].Seq)
		}
	}
}

// logSeqs returns the seqs of the log entries of the records.
func logSeqs(t testing.TB, app core.App, collection string, ids []string) map[int64]bool {
	t.Helper()
	var seqs []int64
	err := app.DB().Select("seq").From("sync_log").
		Where(dbx.HashExp{"collection": collection}).AndWhere(dbx.In("record_id", toAnys(ids)...)).Column(&seqs)
	if err != nil {
		t.Fatal(err)
	}
	set := map[int64]bool{}
	for _, seq := range seqs {
		set[seq] = true
	}
	return set
}

func toAnys(ids []string) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

func TestPullPagesThroughTenThousandChangesWithoutGapsOrRepeats(t *testing.T) {
	app := newTestApp(t)
	app.Settings().RateLimits.Enabled = false
	// 10,000 new records: ideas of a district and a catalogue of services.
	created := map[string][]string{
		"ideas": addIdeas(t, app, 4_000, "Ein Vorschlag für den Ort."),
		"services": addRecords(t, app, "services", 6_000, func(i int) map[string]any {
			return map[string]any{"name": fmt.Sprintf("Leistung %d", i), "topic": "soziales", "regions": []string{mainKinzig}}
		}),
	}
	anna := newDevice(t, newServer(t, app), "anna")
	for _, limit := range []int{500, 137} {
		t.Run(fmt.Sprintf("pages of %d", limit), func(t *testing.T) {
			changes, _ := anna.pullAll(0, fmt.Sprintf("&limit=%d", limit))
			checkPages(t, changes)
			if last := changes[len(changes)-1].Seq; last != headOf(t, app) {
				t.Errorf("last change: got seq %d, want the head of the log %d", last, headOf(t, app))
			}
			for collection, ids := range created {
				want := logSeqs(t, app, collection, ids)
				got := map[int64]bool{}
				for _, c := range changes {
					if want[c.Seq] {
						got[c.Seq] = true
						if c.Op != opUpsert || c.Record == nil || c.Collection != collection {
							t.Errorf("seq %d: got %s %s, want an upsert of %s with the record", c.Seq, c.Op, c.Collection, collection)
						}
					}
				}
				if len(got) != len(ids) || len(want) != len(ids) {
					t.Errorf("%s: got %d of the %d log entries of the %d new records, want all", collection, len(got), len(want), len(ids))
				}
			}
		})
	}
}

// writers are people creating records concurrently: three post ideas and two
// comment on Ben's idea through the REST API, a sixth pushes ideas through
// the sync protocol, ten at a time.
type writers struct {
	mu       sync.Mutex
	created  map[string]string // id -> collection
	failures []error
	done     chan struct{}
}

const perWriter = 60

func startWriters(t *testing.T, server *httptest.Server, citizens, citizenTokens []string) *writers {
	w := &writers{created: map[string]string{}, done: make(chan struct{})}
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Go(func() {
			for n := range perWriter {
				collection, body := "ideas", map[string]any{"title": fmt.Sprintf("Idee %d von %d", n, i),
					"body": "Geschrieben, während jemand liest.", "region": gelnhausen, "author": citizens[i]}
				if i >= 3 {
					collection, body = "comments", map[string]any{"idea": ideaKyff, "body": fmt.Sprintf("Kommentar %d", n), "author": citizens[i]}
				}
				var record struct{ Id string }
				status := call(t, server.Client(), http.MethodPost, server.URL+"/api/collections/"+collection+"/records", citizenTokens[i], body, &record)
				if !w.record(status == http.StatusOK, collection, record.Id, fmt.Errorf("writer %d: got %d, want 200", i, status)) {
					return
				}
			}
		})
	}
	wg.Go(func() {
		device := &syncDevice{t: t, server: server, token: citizenTokens[5], id: uuid.NewString()}
		for range perWriter / 10 {
			status, reply, err := device.tryPush(ideaMutations(device, 10, 0)...)
			for _, r := range reply.Results {
				id, _ := r.Record["id"].(string)
				if !w.record(err == nil && status == http.StatusOK && r.Status == "applied", "ideas", id,
					fmt.Errorf("sync writer: got %d %s %s %v, want applied", status, r.Status, r.Code, err)) {
					return
				}
			}
		}
	})
	go func() { wg.Wait(); close(w.done) }()
	return w
}

// record remembers a created record, or the failure if ok is false.
func (w *writers) record(ok bool, collection, id string, failure error) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !ok {
		w.failures = append(w.failures, failure)
		return false
	}
	w.created[id] = collection
	return true
}

func TestPullPagesWhileWritersCommit(t *testing.T) {
	app := newTestApp(t)
	app.Settings().RateLimits.Enabled = false
	server := newServer(t, app)
	citizens, citizenTokens := addCitizens(t, app, 6)
	writing := startWriters(t, server, citizens, citizenTokens)

	// Anna's device pulls small pages all the while, and to the end afterwards.
	anna := newDevice(t, server, "anna")
	var changes []pulledChange
	cursor, pages := int64(0), 0
	for done := false; !done; {
		select {
		case <-writing.done:
			done = true
		default:
		}
		status, page := anna.pull(fmt.Sprintf("cursor=%d&limit=7", cursor))
		if status != http.StatusOK {
			t.Fatalf("pull from %d: got %d, want 200", cursor, status)
		}
		changes, cursor, pages = append(changes, page.Changes...), page.Cursor, pages+1
	}
	for _, err := range writing.failures {
		t.Error(err)
	}
	rest, _ := anna.pullAll(cursor, "&limit=7")
	changes = append(changes, rest...)

	checkPages(t, changes)
	seen := map[string]bool{}
	for _, c := range changes {
		seen[c.Collection+"/"+c.Id] = true
	}
	if len(writing.created) != 6*perWriter {
		t.Errorf("created: got %d records, want %d", len(writing.created), 6*perWriter)
	}
	for id, collection := range writing.created {
		if !seen[collection+"/"+id] {
			t.Errorf("%s %s was created but never pulled", collection, id)
		}
	}
	if last := changeOf(changes, "ideas", ideaKyff); last == nil || last.Record["comments_count"] != float64(2*perWriter) {
		t.Errorf("the last change of Ben's idea: got %v, want its final comments_count %d", last, 2*perWriter)
	}
	t.Logf("%d changes; %d pages pulled while the writers wrote", len(changes), pages)
}
