package tests

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// A push is applied in one transaction as a whole (group commit) and, when a
// mutation is rejected, rolled back whole and applied one mutation per
// transaction. Either way it must end exactly as one push per mutation
// would: the same results, the same database, the same realtime events.
func TestAGroupCommittedPushEndsAsOneTransactionPerMutation(t *testing.T) {
	for _, c := range []struct {
		name      string
		mutations func(idea string) []syncMutation
		want      []string // the statuses of the push
	}{
		{"a push with one rejected mutation in the middle", func(idea string) []syncMutation {
			return []syncMutation{
				{Type: "idea.create", Args: argsWith(newIdeaArgs(gelnhausen), "id", idea)},
				{Type: "comment.create", Args: map[string]any{"id": uuid.NewString(), "idea": ideaPublished, "body": "Gut."}},
				{Type: "vote.cast", Args: map[string]any{"id": uuid.NewString(), "idea": ideaHidden}},
				{Type: "comment.create", Args: map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Noch etwas."}},
				{Type: "feedback.create", Args: map[string]any{"id": uuid.NewString(), "service": wohngeld, "region": hanau, "rating": 2}},
			}
		}, []string{"applied", "applied", "rejected vote_idea_hidden", "applied", "applied"}},
		{"a push without rejection", func(idea string) []syncMutation {
			return []syncMutation{
				{Type: "idea.create", Args: argsWith(newIdeaArgs(gelnhausen), "id", idea)},
				{Type: "comment.create", Args: map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Noch etwas."}},
				{Type: "feedback.create", Args: map[string]any{"id": uuid.NewString(), "service": wohngeld, "region": hanau, "rating": 2}},
			}
		}, []string{"applied", "applied", "applied"}},
		{"a conflict in the middle is no rejection: the rest stays in the group", func(idea string) []syncMutation {
			return []syncMutation{
				{Type: "idea.create", Args: argsWith(newIdeaArgs(gelnhausen), "id", idea)},
				{Type: "vote.cast", Args: map[string]any{"id": uuid.NewString(), "idea": ideaKyff}},
				{Type: "vote.cast", Args: map[string]any{"id": uuid.NewString(), "idea": ideaKyff}},
				{Type: "comment.create", Args: map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Noch etwas."}},
			}
		}, []string{"applied", "applied", "conflict vote_exists", "applied"}},
		{"a rejected first mutation", func(idea string) []syncMutation {
			return []syncMutation{
				{Type: "vote.cast", Args: map[string]any{"id": uuid.NewString(), "idea": ideaHidden}},
				{Type: "idea.create", Args: argsWith(newIdeaArgs(gelnhausen), "id", idea)},
			}
		}, []string{"rejected vote_idea_hidden", "applied"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			mutations := c.mutations(uuid.NewString())
			for i := range mutations {
				mutations[i].Id, mutations[i].Seq = uuid.NewString(), int64(i+1)
			}
			device := uuid.NewString()
			grouped := pushAndObserve(t, device, [][]syncMutation{mutations})
			perMutation := make([][]syncMutation, len(mutations))
			for i, m := range mutations {
				perMutation[i] = []syncMutation{m}
			}
			alone := pushAndObserve(t, device, perMutation)

			if got := strings.Join(grouped.statuses, ", "); got != strings.Join(c.want, ", ") {
				t.Errorf("got results %s, want %s", got, strings.Join(c.want, ", "))
			}
			for _, part := range []struct {
				name           string
				grouped, alone []string
			}{
				{"results", grouped.statuses, alone.statuses},
				{"database", grouped.database, alone.database},
				{"realtime events", grouped.events, alone.events},
			} {
				if !slices.Equal(part.grouped, part.alone) {
					t.Errorf("%s of the push:\n  %s\nwant those of one push per mutation:\n  %s", part.name,
						strings.Join(part.grouped, "\n  "), strings.Join(part.alone, "\n  "))
				}
			}
		})
	}
}

// observedPush is what a push left behind.
type observedPush struct {
	statuses []string // status and code of each result, in order
	database []string // the rows a push can touch, without timestamps
	events   []string // the realtime messages Anna's client received, sorted
}

// pushAndObserve pushes the pushes as Anna from one device into a new
// fixture app, with a realtime client subscribed in process to the record
// topics and sync topics the push touches.
func pushAndObserve(t *testing.T, device string, pushes [][]syncMutation) observedPush {
	t.Helper()
	app := newTestApp(t)
	server := newServer(t, app)
	heard := subscribeInProcess(t, app, "anna", "ideas/*", "comments/*", "votes/*", "feedback/*",
		"sync/"+mainKinzig, "sync/user/"+personId("anna"))
	anna := newDevice(t, server, "anna")
	anna.id = device
	var observed observedPush
	for _, p := range pushes {
		status, reply := anna.push(p...)
		if status != 200 {
			t.Fatalf("push: got %d %v, want 200", status, reply)
		}
		for _, r := range reply.Results {
			observed.statuses = append(observed.statuses, strings.TrimSpace(r.Status+" "+r.Code))
		}
	}
	observed.events = lastPokes(heard())
	observed.database = pushableRows(t, app)
	return observed
}

// lastPokes keeps, of each sync topic's pokes among events, the last: how
// many pokes a topic gets depends on timing (the hub sends one at once and
// gathers those that follow within its window), but the last names the head.
func lastPokes(events []string) []string {
	heads := map[string]int64{}
	var kept []string
	for _, e := range events {
		topic, seq, ok := strings.Cut(e, " seq ")
		if !ok {
			kept = append(kept, e)
			continue
		}
		n, _ := strconv.ParseInt(seq, 10, 64)
		heads[topic] = max(heads[topic], n)
	}
	for topic, seq := range heads {
		kept = append(kept, fmt.Sprintf("%s seq %d", topic, seq))
	}
	slices.Sort(kept)
	return kept
}

// subscribeInProcess registers a realtime client of person with the app's
// broker; the returned func ends listening and gives what it heard, sorted.
func subscribeInProcess(t *testing.T, app core.App, person string, topics ...string) func() []string {
	t.Helper()
	client := subscriptions.NewDefaultClient()
	client.Set(apis.RealtimeClientAuthKey, mustFind(t, app, "users", personId(person)))
	client.Subscribe(topics...)
	app.SubscriptionsBroker().Register(client)
	var mu sync.Mutex
	var heard []string
	last := time.Now()
	go func() {
		for message := range client.Channel() {
			var data struct {
				Action string         `json:"action"`
				Record map[string]any `json:"record"`
				Seq    int64          `json:"seq"`
			}
			_ = json.Unmarshal(message.Data, &data)
			mu.Lock()
			if data.Record != nil {
				heard = append(heard, fmt.Sprintf("%s %s %v", message.Name, data.Action, data.Record["id"]))
			} else {
				heard = append(heard, fmt.Sprintf("%s seq %d", message.Name, data.Seq))
			}
			last = time.Now()
			mu.Unlock()
		}
	}()
	return func() []string {
		// PocketBase broadcasts record events after the reply, off the request:
		// listen until a second passes without a message.
		for {
			mu.Lock()
			quiet := time.Since(last)
			mu.Unlock()
			if quiet >= time.Second {
				break
			}
			time.Sleep(quiet)
		}
		app.SubscriptionsBroker().Unregister(client.Id())
		mu.Lock()
		defer mu.Unlock()
		return slices.Sorted(slices.Values(heard))
	}
}

// pushableRows lists the rows a push writes, without timestamps: the
// records, their counters, the change log with its seqs, and the journal.
func pushableRows(t *testing.T, app core.App) []string {
	t.Helper()
	var rows []string
	for _, query := range []string{
		"SELECT 'idea ' || id || ' ' || title || ' ' || status || ' ' || votes_count || ' ' || comments_count FROM ideas ORDER BY id",
		"SELECT 'comment ' || id || ' ' || idea || ' ' || author || ' ' || body || ' ' || state FROM comments ORDER BY id",
		"SELECT 'vote ' || id || ' ' || idea || ' ' || user FROM votes ORDER BY id",
		"SELECT 'feedback ' || id || ' ' || author || ' ' || rating FROM feedback ORDER BY id",
		"SELECT 'log ' || seq || ' ' || collection || ' ' || record_id || ' ' || op || ' ' || district || ' ' || owner || ' ' || public FROM sync_log ORDER BY seq",
		"SELECT 'journal ' || id || ' ' || user || ' ' || seq || ' ' || type || ' ' || status FROM sync_mutations ORDER BY id",
	} {
		var column []string
		if err := app.DB().NewQuery(query).Column(&column); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, column...)
	}
	return rows
}
