package tests

import (
	"fmt"
	"net/http"
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
	ids := addIdeas(t, app, 10_000, "Ein Vorschlag für den Ort.")
	anna := newDevice(t, newServer(t, app), "anna")
	for _, limit := range []int{500, 137} {
		t.Run(fmt.Sprintf("pages of %d", limit), func(t *testing.T) {
			changes, cursor := anna.pullAll(0, fmt.Sprintf("&limit=%d", limit))
			checkPages(t, changes)
			if head := headOf(t, app); cursor != head {
				t.Errorf("final cursor: got %d, want the head of the log %d", cursor, head)
			}
			want := logSeqs(t, app, "ideas", ids)
			got := map[int64]bool{}
			for _, c := range changes {
				if want[c.Seq] {
					got[c.Seq] = true
					if c.Op != opUpsert || c.Record == nil {
						t.Errorf("seq %d: got %s, want an upsert with the record", c.Seq, c.Op)
					}
				}
			}
			if len(got) != len(ids) || len(want) != len(ids) {
				t.Errorf("got %d of the %d log entries of the %d new ideas, want all", len(got), len(want), len(ids))
			}
		})
	}
}

func TestPullPagesWhileWritersCommit(t *testing.T) {
	app := newTestApp(t)
	app.Settings().RateLimits.Enabled = false
	server := newServer(t, app)
	citizens, citizenTokens := addCitizens(t, app, 6)
	const perWriter = 60

	var (
		mu       sync.Mutex
		created  = map[string]string{} // id -> collection
		wg       sync.WaitGroup
		failures = make(chan error, 100)
	)
	remember := func(collection, id string) {
		mu.Lock()
		created[id] = collection
		mu.Unlock()
	}
	// Three people create ideas and two comment on Ben's idea through the REST API.
	for w := range 5 {
		wg.Go(func() {
			for i := range perWriter {
				collection, body := "ideas", map[string]any{"title": fmt.Sprintf("Idee %d von %d", i, w),
					"body": "Geschrieben, während jemand liest.", "region": gelnhausen, "author": citizens[w]}
				if w >= 3 {
					collection, body = "comments", map[string]any{"idea": ideaKyff, "body": fmt.Sprintf("Kommentar %d", i), "author": citizens[w]}
				}
				var record struct{ Id string }
				status := call(t, server.Client(), http.MethodPost, server.URL+"/api/collections/"+collection+"/records", citizenTokens[w], body, &record)
				if status != http.StatusOK {
					failures <- fmt.Errorf("writer %d: got %d, want 200", w, status)
					return
				}
				remember(collection, record.Id)
			}
		})
	}
	// A sixth pushes ideas through the sync protocol, ten at a time.
	wg.Go(func() {
		device := &syncDevice{t: t, server: server, token: citizenTokens[5], id: uuid.NewString()}
		for range perWriter / 10 {
			batch := ideaMutations(device, 10, 0)
			status, reply, err := device.tryPush(batch...)
			if err != nil || status != http.StatusOK {
				failures <- fmt.Errorf("sync writer: got %d %v", status, err)
				return
			}
			for _, r := range reply.Results {
				if r.Status != "applied" {
					failures <- fmt.Errorf("sync writer: got %s %s, want applied", r.Status, r.Code)
				}
				remember("ideas", r.Record["id"].(string))
			}
		}
	})
	writing := make(chan struct{})
	go func() { wg.Wait(); close(writing) }()

	// Anna's device pulls small pages all the while, and to the end afterwards.
	anna := newDevice(t, server, "anna")
	var changes []pulledChange
	cursor, pages := int64(0), 0
	for done := false; !done; {
		select {
		case <-writing:
			done = true
		default:
		}
		status, page := anna.pull(fmt.Sprintf("cursor=%d&limit=7", cursor))
		if status != http.StatusOK {
			t.Fatalf("pull from %d: got %d, want 200", cursor, status)
		}
		changes, cursor, pages = append(changes, page.Changes...), page.Cursor, pages+1
	}
	close(failures)
	for err := range failures {
		t.Error(err)
	}
	rest, _ := anna.pullAll(cursor, "&limit=7")
	changes = append(changes, rest...)

	checkPages(t, changes)
	seen := map[string]bool{}
	for _, c := range changes {
		seen[c.Collection+"/"+c.Id] = true
	}
	if len(created) != 6*perWriter {
		t.Errorf("created: got %d records, want %d", len(created), 6*perWriter)
	}
	for id, collection := range created {
		if !seen[collection+"/"+id] {
			t.Errorf("%s %s was created but never pulled", collection, id)
		}
	}
	if last := changeOf(changes, "ideas", ideaKyff); last == nil || last.Record["comments_count"] != float64(2*perWriter) {
		t.Errorf("the last change of Ben's idea: got %v, want its final comments_count %d", last, 2*perWriter)
	}
	t.Logf("%d changes in %d pages", len(changes), pages)
}
