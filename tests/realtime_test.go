package tests

import (
	"bufio"
	"context"
	"encoding/json"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// sseEvent is one server-sent event of /api/realtime.
type sseEvent struct{ name, data string }

// listeningWindow is the context a test listens for realtime events in: it
// ends after 10 s, or when the test ends, before its server closes.
func listeningWindow(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// listenRealtime opens the event stream as a browser tab does, reads
// PB_CONNECT for the client id and subscribes as person to the topics.
// The stream ends when ctx does.
func listenRealtime(t testing.TB, ctx context.Context, server *httptest.Server, person string, topics ...string) <-chan sseEvent {
	t.Helper()
	return listenRealtimeAs(t, ctx, server, person, authTokenOf(person), topics...)
}

// listenRealtimeAs is listenRealtime with the token of person given.
func listenRealtimeAs(t testing.TB, ctx context.Context, server *httptest.Server, person, token string, topics ...string) <-chan sseEvent {
	t.Helper()
	return listenAt(t, ctx, server.Client(), server.URL, person, token, topics...)
}

// listenAt is listenRealtimeAs for a server at base, reached with client
// (a server in another process).
func listenAt(t testing.TB, ctx context.Context, client *http.Client, base, person, token string, topics ...string) <-chan sseEvent {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/realtime", nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	events := make(chan sseEvent, 64)
	go readEvents(ctx, res, events)

	var connect sseEvent
	select {
	case connect = <-events:
	case <-ctx.Done():
		t.Fatalf("%s: no PB_CONNECT before the deadline", person)
	}
	var hello struct{ ClientId string }
	if err := json.Unmarshal([]byte(connect.data), &hello); connect.name != "PB_CONNECT" || err != nil {
		t.Fatalf("%s: got first event %q %q, want PB_CONNECT with a client id", person, connect.name, connect.data)
	}
	subscription := map[string]any{"clientId": hello.ClientId, "subscriptions": topics}
	if status := call(t, client, http.MethodPost, base+"/api/realtime", token, subscription, nil); status != http.StatusNoContent {
		t.Fatalf("%s: subscribing got %d, want 204", person, status)
	}
	return events
}

// readEvents parses the stream into events until it ends.
func readEvents(ctx context.Context, res *http.Response, events chan<- sseEvent) {
	defer res.Body.Close()
	defer close(events)
	scanner := bufio.NewScanner(res.Body)
	var event sseEvent
	for scanner.Scan() {
		line := scanner.Text()
		switch {
		case line == "" && event.name != "":
			select {
			case events <- event:
			case <-ctx.Done():
				return
			}
			event = sseEvent{}
		case strings.HasPrefix(line, "event:"):
			event.name = strings.TrimSpace(strings.TrimPrefix(line, "event:"))
		case strings.HasPrefix(line, "data:"):
			event.data += strings.TrimSpace(strings.TrimPrefix(line, "data:"))
		}
	}
}

// recordEvent names a record event as "topic action id".
func recordEvent(t testing.TB, e sseEvent) string {
	var data struct {
		Action string
		Record struct{ Id string }
	}
	if err := json.Unmarshal([]byte(e.data), &data); err != nil {
		t.Fatalf("event %s: %q is not a record event: %v", e.name, e.data, err)
	}
	return e.name + " " + data.Action + " " + data.Record.Id
}

// receive reads events until all of want have come, and then until the
// stream has been quiet for quiet, and returns the distinct record events it
// read, sorted.
func receive(t testing.TB, ctx context.Context, events <-chan sseEvent, want []string, quiet time.Duration) []string {
	t.Helper()
	var got []string
	missing := func() bool {
		return slices.ContainsFunc(want, func(w string) bool { return !slices.Contains(got, w) })
	}
	for missing() {
		select {
		case e, ok := <-events:
			if !ok {
				t.Fatalf("the stream ended; got %v, want %v", got, want)
			}
			got = append(got, recordEvent(t, e))
		case <-ctx.Done():
			t.Fatalf("deadline: got %v, want %v", got, want)
		}
	}
	for {
		select {
		case e, ok := <-events:
			if ok {
				got = append(got, recordEvent(t, e))
				continue
			}
		case <-time.After(quiet):
		case <-ctx.Done():
		}
		slices.Sort(got)
		return slices.Compact(got)
	}
}

// realtimeStep is one request that the subscribers may hear of.
type realtimeStep struct {
	person, method, path string
	body                 any
}

// heard runs the steps against server and checks what Mehmet and Olga,
// subscribed to topics beforehand, hear: exactly their wanted events.
func heard(t *testing.T, app *pbtests.TestApp, topics []string, steps []realtimeStep, mehmetWants, olgaWants []string) {
	t.Helper()
	server := newServer(t, app)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel() // ends the streams before the server closes

	mehmetHears := listenRealtime(t, ctx, server, "mehmet", topics...)
	olgaHears := listenRealtime(t, ctx, server, "olga", topics...)
	for _, step := range steps {
		if status := call(t, server.Client(), step.method, server.URL+step.path, authTokenOf(step.person), step.body, nil); status != http.StatusOK && status != http.StatusNoContent {
			t.Fatalf("%s %s as %s: got %d, want 200 or 204", step.method, step.path, step.person, status)
		}
	}
	const quiet = 200 * time.Millisecond
	for _, who := range []struct {
		name   string
		events <-chan sseEvent
		want   []string
	}{
		{"the moderator of Main-Kinzig", mehmetHears, mehmetWants},
		{"the moderator of the Kyffhäuserkreis", olgaHears, olgaWants},
	} {
		got := receive(t, ctx, who.events, who.want, quiet)
		want := slices.Sorted(slices.Values(who.want))
		if !slices.Equal(got, want) {
			t.Errorf("%s heard %v, want %v", who.name, got, want)
		}
	}
}

// Realtime obeys the list rules: while Mehmet hides an idea and a comment in
// Main-Kinzig, Olga, subscribed to the same collections, hears nothing of it.
// Her own hiding in her region proves that her stream works and has caught up.
func TestRealtimeKeepsModerationInItsRegion(t *testing.T) {
	t.Parallel()
	heard(t, newTestApp(t), []string{"ideas", "comments"}, []realtimeStep{
		{"mehmet", http.MethodPatch, "/api/collections/ideas/records/" + ideaPublished, map[string]any{"hidden": true, "moderation_reason": "spam"}},
		{"mehmet", http.MethodPatch, "/api/collections/comments/records/" + commentBen, map[string]any{"state": "hidden"}},
		{"olga", http.MethodPatch, "/api/collections/ideas/records/" + ideaKyff, map[string]any{"hidden": true}},
	},
		[]string{"ideas update " + ideaPublished, "comments update " + commentBen},
		[]string{"ideas update " + ideaKyff})
}

// New records in the queue reach the moderators of their region only: a
// report and an idea waiting for pre-moderation in Main-Kinzig, a report in
// the Kyffhäuserkreis.
func TestRealtimeTellsOnlyTheRegionOfNewQueueItems(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	withChange("regions", mainKinzig, map[string]any{"premoderation": true})(t, app)
	const (
		reportMainKinzig = "reportrealtime1"
		reportKyff       = "reportrealtime2"
		ideaNew          = "idearealtime001"
	)
	heard(t, app, []string{"ideas", "reports"}, []realtimeStep{
		{"ben", http.MethodPost, reports, map[string]any{"id": reportMainKinzig, "reporter": personId("ben"), "idea": ideaPublished, "reason": "spam"}},
		{"anna", http.MethodPost, "/api/collections/ideas/records", map[string]any{"id": ideaNew, "title": "Rampe am Bürgerbüro",
			"body": "Bitte eine Rampe für Rollstühle.", "region": gelnhausen, "author": personId("anna")}},
		{"ben", http.MethodPost, reports, map[string]any{"id": reportKyff, "reporter": personId("ben"), "idea": ideaKyff, "reason": "spam"}},
	},
		[]string{"reports create " + reportMainKinzig, "ideas create " + ideaNew},
		[]string{"reports create " + reportKyff})
	wantOne("ideas", map[string]any{"id": ideaNew, "status": "submitted"})(t, app)
}

// A vote's events go out after the response (hooks/live/vote_events.go),
// still to the voter alone: the voter hears the create and the retraction,
// nobody else hears anyone's vote.
func TestRealtimeTellsOnlyTheVoterOfTheVote(t *testing.T) {
	t.Parallel()
	const voteMehmet, voteOlga = "voterealtime001", "voterealtime002"
	heard(t, newTestApp(t), []string{"votes"}, []realtimeStep{
		{"mehmet", http.MethodPost, "/api/collections/votes/records", map[string]any{"id": voteMehmet, "user": personId("mehmet"), "idea": ideaPublished}},
		{"olga", http.MethodPost, "/api/collections/votes/records", map[string]any{"id": voteOlga, "user": personId("olga"), "idea": ideaKyff}},
		{"ben", http.MethodPost, "/api/collections/votes/records", map[string]any{"user": personId("ben"), "idea": ideaKyff}},
		{"mehmet", http.MethodDelete, "/api/collections/votes/records/" + voteMehmet, nil},
	},
		[]string{"votes create " + voteMehmet, "votes delete " + voteMehmet},
		[]string{"votes create " + voteOlga})
}

// Someone who watches an idea and follows its district, as the PWA does on
// the idea's page, hears both of a vote: the record event with the new count
// and the poke that carries it. The two go out together and are written to
// the connection at once; the second must not wait for a later message.
func TestAWatcherOfAnIdeaAndItsDistrictHearsBothOfAVote(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	server := newServer(t, app)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, who := range []string{"", "olga"} {
		events := listenRealtime(t, ctx, server, who, "ideas/"+ideaKyff, "sync/"+kyffhaeuser)
		votes := mustFind(t, app, "ideas", ideaKyff).GetInt("votes_count") + 1
		voter := map[string]string{"": "anna", "olga": "ben"}[who]
		if status := call(t, server.Client(), http.MethodPost, server.URL+"/api/collections/votes/records", authTokenOf(voter),
			map[string]string{"user": personId(voter), "idea": ideaKyff}, nil); status != http.StatusOK {
			t.Fatalf("%s's vote: got %d, want 200", voter, status)
		}
		heard := map[string]int{}
		for len(heard) < 2 {
			select {
			case e := <-events:
				var data struct {
					Record struct {
						Votes int `json:"votes_count"`
					}
					Ideas map[string]struct {
						Votes int `json:"votes_count"`
					}
				}
				if err := json.Unmarshal([]byte(e.data), &data); err != nil {
					t.Fatalf("%q heard %s %q: %v", who, e.name, e.data, err)
				}
				heard[e.name] = max(data.Record.Votes, data.Ideas[ideaKyff].Votes)
			case <-ctx.Done():
				t.Fatalf("%q heard only %v", who, heard)
			}
		}
		want := map[string]int{"ideas/" + ideaKyff: votes, "sync/" + kyffhaeuser: votes}
		if !maps.Equal(heard, want) {
			t.Errorf("%q heard %v, want %v", who, heard, want)
		}
	}
}

// Every message of a vote's batch passes PocketBase's send hook, also those
// that the batch's first message takes along to share its write
// (hooks/live/client.go, writeMessage): a handler bound to the hook sees
// the record event and the poke, and what it changes is what is sent.
func TestEveryMessageOfABatchPassesTheSendHook(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	var mu sync.Mutex
	passed := map[string]int{}
	app.OnRealtimeMessageSend().BindFunc(func(e *core.RealtimeMessageEvent) error {
		mu.Lock()
		passed[e.Message.Name]++
		mu.Unlock()
		if strings.HasPrefix(e.Message.Name, "sync/") {
			e.Message.Data = []byte(`{"seq":-1}`)
		}
		return e.Next()
	})
	server := newServer(t, app)
	ctx := listeningWindow(t)
	events := listenRealtime(t, ctx, server, "", "ideas/"+ideaKyff, "sync/"+kyffhaeuser)
	if status := call(t, server.Client(), http.MethodPost, server.URL+"/api/collections/votes/records", authTokenOf("anna"),
		map[string]string{"user": personId("anna"), "idea": ideaKyff}, nil); status != http.StatusOK {
		t.Fatalf("anna's vote: got %d, want 200", status)
	}
	heard := map[string]string{}
	for len(heard) < 2 {
		select {
		case e := <-events:
			heard[e.name] = e.data
		case <-ctx.Done():
			t.Fatalf("heard only %v", heard)
		}
	}
	if poke := heard["sync/"+kyffhaeuser]; poke != `{"seq":-1}` {
		t.Errorf("the poke went out as %q, not as the send hook changed it", poke)
	}
	mu.Lock()
	defer mu.Unlock()
	if passed["ideas/"+ideaKyff] != 1 || passed["sync/"+kyffhaeuser] != 1 {
		t.Errorf("the send hook saw %v, want the record event and the poke once each", passed)
	}
}

// A vote answers before its own after-success hooks, PocketBase's broadcast
// among them, have run (hooks/live/vote_events.go): a hook bound after the
// broadcast waits here until the voter has the answer. Run within the
// request, it would hold the answer back, and the request would time out.
func TestAVoteAnswersBeforeItsEventsGoOut(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	answered, after := make(chan struct{}), make(chan string, 1)
	app.OnModelAfterCreateSuccess("votes").BindFunc(func(e *core.ModelEvent) error {
		select {
		case <-answered:
		case <-time.After(10 * time.Second):
		}
		after <- e.Model.PK().(string)
		return e.Next()
	})
	server := newServer(t, app)
	client := &http.Client{Timeout: 5 * time.Second}
	var vote struct {
		Id string `json:"id"`
	}
	status := call(t, client, http.MethodPost, server.URL+"/api/collections/votes/records", authTokenOf("ben"),
		map[string]string{"user": personId("ben"), "idea": ideaKyff}, &vote)
	close(answered)
	if status != http.StatusOK {
		t.Fatalf("the vote got %d, want 200 before its events went out", status)
	}
	select {
	case id := <-after:
		if id != vote.Id {
			t.Errorf("the hook after the broadcast ran for %q, want the vote %q", id, vote.Id)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the vote's hooks after the broadcast never ran")
	}
}
