package tests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// syncDevice is one device of one person, speaking the sync protocol
// (docs/sync.md) with a real server: it queues mutations with growing seqs,
// pushes them and pulls changes.
type syncDevice struct {
	t        testing.TB
	server   *httptest.Server
	token    string // "" for a signed-out device
	id       string
	seq      int64
	language string // Accept-Language; "" for the default
}

// newDevice returns a new device of a fixture person or colleague; "" is signed out.
func newDevice(t testing.TB, server *httptest.Server, person string) *syncDevice {
	return &syncDevice{t: t, server: server, token: authTokenOf(person), id: uuid.NewString()}
}

// syncMutation is one queued action, as a device sends it.
type syncMutation struct {
	Id   string         `json:"id"`
	Seq  int64          `json:"seq"`
	Type string         `json:"type"`
	Args map[string]any `json:"args"`
}

// queue makes the device's next mutation.
func (d *syncDevice) queue(kind string, args map[string]any) syncMutation {
	d.seq++
	return syncMutation{Id: uuid.NewString(), Seq: d.seq, Type: kind, Args: args}
}

// pushResult is the server's answer to one mutation.
type pushResult struct {
	Id       string         `json:"id"`
	Seq      int64          `json:"seq"`
	Status   string         `json:"status"`
	Code     string         `json:"code"`
	Message  string         `json:"message"`
	Data     map[string]any `json:"data"`
	Record   map[string]any `json:"record"`
	Original *pushResult    `json:"original"`
}

// syncReply is a push reply, or the error of a request refused as a whole.
type syncReply struct {
	Results []pushResult   `json:"results"`
	Message string         `json:"message"`
	Data    map[string]any `json:"data"`
}

// mustJSON encodes v.
func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// mustUnmarshal decodes a JSON reply.
func mustUnmarshal(t testing.TB, raw []byte, into any) {
	t.Helper()
	if err := json.Unmarshal(raw, into); err != nil {
		t.Fatalf("got %q, want JSON: %v", raw, err)
	}
}

// push sends the mutations in the given order and returns the status and reply.
func (d *syncDevice) push(mutations ...syncMutation) (int, syncReply) {
	d.t.Helper()
	status, reply, err := d.tryPush(mutations...)
	if err != nil {
		d.t.Fatal(err)
	}
	return status, reply
}

// tryPush is push for other goroutines than the test's: it returns its error.
func (d *syncDevice) tryPush(mutations ...syncMutation) (int, syncReply, error) {
	var reply syncReply
	raw, err := json.Marshal(map[string]any{"device": d.id, "mutations": mutations})
	if err != nil {
		return 0, reply, err
	}
	status, body, err := d.trySend(http.MethodPost, "/api/sync/push", raw, nil)
	if err != nil {
		return status, reply, err
	}
	if err := json.Unmarshal(body, &reply); err != nil {
		return status, reply, fmt.Errorf("push: got %d %q, want JSON: %v", status, body, err)
	}
	return status, reply, nil
}

// send makes one request as the device and returns the status and raw body.
func (d *syncDevice) send(method, path string, body []byte, headers map[string]string) (int, []byte) {
	d.t.Helper()
	status, raw, err := d.trySend(method, path, body, headers)
	if err != nil {
		d.t.Fatal(err)
	}
	return status, raw
}

func (d *syncDevice) trySend(method, path string, body []byte, headers map[string]string) (int, []byte, error) {
	req, err := http.NewRequest(method, d.server.URL+path, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if d.token != "" {
		req.Header.Set("Authorization", d.token)
	}
	if d.language != "" {
		req.Header.Set("Accept-Language", d.language)
	}
	for key, value := range headers {
		req.Header.Set(key, value)
	}
	res, err := d.server.Client().Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	return res.StatusCode, raw, err
}

// pulledChange is one entry of a pull reply.
type pulledChange struct {
	Seq        int64          `json:"seq"`
	Collection string         `json:"collection"`
	Op         string         `json:"op"`
	Id         string         `json:"id"`
	Record     map[string]any `json:"record"`
}

type pullReply struct {
	Changes []pulledChange `json:"changes"`
	Cursor  int64          `json:"cursor"`
	HasMore bool           `json:"hasMore"`
	Message string         `json:"message"`
	Data    map[string]any `json:"data"`
}

// pull asks for one page; query is the raw query string, e.g. "cursor=0&limit=10".
func (d *syncDevice) pull(query string) (int, pullReply) {
	d.t.Helper()
	status, body := d.send(http.MethodGet, "/api/sync/pull?"+query, nil, nil)
	var reply pullReply
	if err := json.Unmarshal(body, &reply); err != nil {
		d.t.Fatalf("pull %s: got %d %q, want JSON: %v", query, status, body, err)
	}
	return status, reply
}

// pullAll pulls page after page from cursor until hasMore is false and
// returns every change and the final cursor. Cursors are opaque: only the
// seqs of the changes are ordered.
func (d *syncDevice) pullAll(cursor int64, extra string) ([]pulledChange, int64) {
	d.t.Helper()
	var all []pulledChange
	for page := 0; ; page++ {
		status, reply := d.pull(fmt.Sprintf("cursor=%d%s", cursor, extra))
		if status != http.StatusOK {
			d.t.Fatalf("pull from %d: got status %d (%s), want 200", cursor, status, reply.Message)
		}
		all = append(all, reply.Changes...)
		if reply.HasMore && reply.Cursor == cursor {
			d.t.Fatalf("pull from %d: hasMore, but the cursor did not move", cursor)
		}
		cursor = reply.Cursor
		if !reply.HasMore {
			return all, cursor
		}
		if page > 100_000 {
			d.t.Fatal("pull never ends")
		}
	}
}

// changeOf returns the newest change of a record in changes, or nil.
func changeOf(changes []pulledChange, collection, id string) *pulledChange {
	var found *pulledChange
	for i := range changes {
		if changes[i].Collection == collection && changes[i].Id == id {
			found = &changes[i]
		}
	}
	return found
}

// fieldCode returns the error code of a field in PocketBase's error data.
func fieldCode(data map[string]any, field string) string {
	item, _ := data[field].(map[string]any)
	code, _ := item["code"].(string)
	return code
}

// fieldMessage returns the error message of a field in PocketBase's error data.
func fieldMessage(data map[string]any, field string) string {
	item, _ := data[field].(map[string]any)
	message, _ := item["message"].(string)
	return message
}

// countWhere counts the rows of a table that match where (nil for all).
func rowsWhere(t testing.TB, app core.App, table string, where dbx.Expression) int {
	t.Helper()
	query := app.DB().Select("COUNT(*)").From(table)
	if where != nil {
		query.Where(where)
	}
	var n int
	if err := query.Row(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// recordExists reports whether a record with the id exists in the collection.
func recordStored(t testing.TB, app core.App, collection, id string) bool {
	t.Helper()
	return rowsWhere(t, app, collection, dbx.HashExp{"id": id}) == 1
}

// syncedTables are the tables a push may write.
var syncedTables = []string{"ideas", "comments", "votes", "feedback", "reports", "sync_log", "sync_mutations"}

// syncedCountsQuery counts the rows of every synced table in one statement,
// which the fuzz target runs twice per input.
var syncedCountsQuery = func() string {
	counts := make([]string, len(syncedTables))
	for i, table := range syncedTables {
		counts[i] = "(SELECT COUNT(*) FROM " + table + ")"
	}
	return "SELECT " + strings.Join(counts, ", ")
}()

// syncedCounts counts the rows of every table a push may write.
func syncedCounts(t testing.TB, app core.App) map[string]int {
	t.Helper()
	got := make([]int, len(syncedTables))
	into := make([]any, len(got))
	for i := range got {
		into[i] = &got[i]
	}
	if err := app.DB().NewQuery(syncedCountsQuery).Row(into...); err != nil {
		t.Fatal(err)
	}
	counts := make(map[string]int, len(got))
	for i, table := range syncedTables {
		counts[table] = got[i]
	}
	return counts
}

// votesOn returns the vote counter of an idea.
func votesOn(t testing.TB, app core.App, idea string) int {
	t.Helper()
	return mustFind(t, app, "ideas", idea).GetInt("votes_count")
}
