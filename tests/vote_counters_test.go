package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/google/uuid"
	"github.com/mitwirken/mitwirken/hooks/live"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// A vote moves its idea's counter without saving the idea (package live,
// hooks/participation/counters.go). These tests prove that the counter stays
// exact, that devices and realtime subscribers still learn the new count,
// and that nobody learns it who may not view the idea.

// voteChannel casts or retracts person i's vote on an idea.
type voteChannel struct {
	name    string
	cast    func(server *httptest.Server, id, token, idea string) error
	retract func(server *httptest.Server, app core.App, id, token, idea string) error
}

var voteChannels = []voteChannel{
	{
		name: "over REST",
		cast: func(server *httptest.Server, id, token, idea string) error {
			return expectStatus(server, http.MethodPost, "/api/collections/votes/records", token,
				map[string]string{"user": id, "idea": idea}, http.StatusOK)
		},
		retract: func(server *httptest.Server, app core.App, id, token, idea string) error {
			vote, err := app.FindFirstRecordByFilter("votes", "user = {:user} && idea = {:idea}", dbx.Params{"user": id, "idea": idea})
			if err != nil {
				return err
			}
			return expectStatus(server, http.MethodDelete, "/api/collections/votes/records/"+vote.Id, token, nil, http.StatusNoContent)
		},
	},
	{
		name: "over sync",
		cast: func(server *httptest.Server, _, token, idea string) error {
			return pushApplied(&syncDevice{server: server, token: token, id: uuid.NewString()}, "vote.cast",
				map[string]any{"id": uuid.NewString(), "idea": idea})
		},
		retract: func(server *httptest.Server, _ core.App, _, token, idea string) error {
			return pushApplied(&syncDevice{server: server, token: token, id: uuid.NewString()}, "vote.retract",
				map[string]any{"idea": idea})
		},
	},
}

// expectStatus sends one request from any goroutine and checks its status.
func expectStatus(server *httptest.Server, method, path, token string, body any, want int) error {
	d := &syncDevice{server: server, token: token}
	raw, _ := json.Marshal(body)
	if body == nil {
		raw = nil
	}
	status, reply, err := d.trySend(method, path, raw, nil)
	if err == nil && status != want {
		err = fmt.Errorf("%s %s: got %d %s, want %d", method, path, status, reply, want)
	}
	return err
}

// pushApplied pushes one mutation from any goroutine and checks it is applied.
func pushApplied(d *syncDevice, kind string, args map[string]any) error {
	status, reply, err := d.tryPush(d.queue(kind, args))
	if err == nil && (status != http.StatusOK || reply.Results[0].Status != "applied") {
		err = fmt.Errorf("%s: got %d %+v, want applied", kind, status, reply.Results)
	}
	return err
}

// 100 people retract their votes while 100 others vote, all at once: the
// counter ends at the number of vote rows, and a device pulling from 0 gets
// the idea with that count.
func TestConcurrentVotesAndRetractsKeepTheCounterExact(t *testing.T) {
	for _, channel := range voteChannels {
		t.Run(channel.name, func(t *testing.T) {
			t.Parallel()
			app := newTestApp(t)
			app.Settings().RateLimits.Enabled = false // 200 people, one test address
			server := newServer(t, app)
			ids, tokens := addCitizens(t, app, 200)
			for i := range 100 {
				if err := channel.cast(server, ids[i], tokens[i], ideaKyff); err != nil {
					t.Fatal(err)
				}
			}

			var wg sync.WaitGroup
			errs := make([]error, len(ids))
			for i := range ids {
				wg.Go(func() {
					if i < 100 {
						errs[i] = channel.retract(server, app, ids[i], tokens[i], ideaKyff)
					} else {
						errs[i] = channel.cast(server, ids[i], tokens[i], ideaKyff)
					}
				})
			}
			wg.Wait()
			for i, err := range errs {
				if err != nil {
					t.Fatalf("person %d: %v", i, err)
				}
			}

			var rows int
			if err := app.DB().NewQuery("SELECT COUNT(*) FROM votes WHERE idea = {:idea}").Bind(dbx.Params{"idea": ideaKyff}).Row(&rows); err != nil {
				t.Fatal(err)
			}
			idea := mustFind(t, app, "ideas", ideaKyff)
			if got := idea.GetInt("votes_count"); got != rows || rows != 100 {
				t.Errorf("votes_count: got %d, want %d (vote rows), want 100 rows", got, rows)
			}
			pulled := map[string]any{}
			changes, _ := newDevice(t, server, "").pullAll(0, "")
			for _, c := range changes {
				if c.Collection == "ideas" && c.Id == ideaKyff {
					pulled = c.Record
				}
			}
			if got := pulled["votes_count"]; got != float64(100) {
				t.Errorf("a device pulling from 0: got votes_count %v, want 100", got)
			}
		})
	}
}

// ideaEvent is a record event of an idea as the SDK reads it.
type ideaEvent struct {
	Action string `json:"action"`
	Record struct {
		Id             string `json:"id"`
		CollectionName string `json:"collectionName"`
		VotesCount     int    `json:"votes_count"`
	} `json:"record"`
}

// hearUntil reads the record events of one listener until the event of
// idea with votes, and returns the events before it.
func hearUntil(t *testing.T, ctx context.Context, who string, events <-chan sseEvent, idea string, votes int) []ideaEvent {
	t.Helper()
	var before []ideaEvent
	for {
		select {
		case e, ok := <-events:
			if !ok {
				t.Fatalf("%s: the stream ended; heard %+v", who, before)
			}
			var event ideaEvent
			if err := json.Unmarshal([]byte(e.data), &event); err != nil {
				t.Fatalf("%s: %q is not a record event: %v", who, e.data, err)
			}
			if event.Record.Id == idea && event.Record.VotesCount == votes {
				if event.Action != "update" || event.Record.CollectionName != "ideas" || e.name != "ideas/"+idea {
					t.Errorf("%s: got %s %+v, want an update of ideas/%s", who, e.name, event, idea)
				}
				return before
			}
			before = append(before, event)
		case <-ctx.Done():
			t.Fatalf("%s: no event of %s with %d votes; heard %+v", who, idea, votes, before)
		}
	}
}

// The subscribers of an idea hear its new count in PocketBase's record event,
// each only if the view rule lets them see the idea: Ben retracts his vote on
// an idea that Mehmet has hidden in Main-Kinzig, and then Anna votes for an
// idea in the Kyffhäuserkreis that everyone may see. Mehmet hears both; Olga,
// moderator elsewhere, and a guest hear only the second.
func TestIdeaSubscribersHearTheNewCountIfTheyMayViewTheIdea(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	server := newServer(t, app)
	ctx := listeningWindow(t)
	topics := []string{"ideas/" + ideaPublished, "ideas/" + ideaKyff}
	listeners := map[string]<-chan sseEvent{}
	for _, who := range []string{"mehmet", "olga", ""} {
		listeners[who] = listenRealtime(t, ctx, server, who, topics...)
	}
	hidden := mustFind(t, app, "ideas", ideaPublished)
	hidden.Set("hidden", true)
	if err := app.SaveNoValidate(hidden); err != nil {
		t.Fatal(err)
	}
	hiddenVotes := hidden.GetInt("votes_count") - 1
	kyffVotes := mustFind(t, app, "ideas", ideaKyff).GetInt("votes_count") + 1

	if status := call(t, server.Client(), http.MethodDelete, server.URL+"/api/collections/votes/records/"+voteBen, authTokenOf("ben"), nil, nil); status != http.StatusNoContent {
		t.Fatalf("Ben's retraction: got %d, want 204", status)
	}
	if status := call(t, server.Client(), http.MethodPost, server.URL+"/api/collections/votes/records", authTokenOf("anna"),
		map[string]string{"user": personId("anna"), "idea": ideaKyff}, nil); status != http.StatusOK {
		t.Fatalf("Anna's vote: got %d, want 200", status)
	}
	for _, c := range []struct {
		who          string
		hearsRetract bool
	}{
		{"mehmet", true},
		{"olga", false},
		{"", false},
	} {
		heardRetract := false
		for _, e := range hearUntil(t, ctx, c.who, listeners[c.who], ideaKyff, kyffVotes) {
			if e.Record.Id == ideaPublished && e.Record.VotesCount == hiddenVotes {
				heardRetract = true
			}
		}
		if heardRetract != c.hearsRetract {
			t.Errorf("%q heard the count of the hidden idea: %v, want %v", c.who, heardRetract, c.hearsRetract)
		}
	}
}

// A vote pokes the devices of its idea's district with the idea's new
// counters, and says that nothing else changed, so a phone need not pull.
func TestAVotePokesItsDistrictWithTheNewCounters(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	server := newServer(t, app)
	ctx := listeningWindow(t)
	events := listenRealtime(t, ctx, server, "", "sync/"+kyffhaeuser)
	votes := mustFind(t, app, "ideas", ideaKyff).GetInt("votes_count") + 1

	pushOne(t, newDevice(t, server, "anna"), "vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff})
	live.HubOf(app).FlushPokes()
	head := headOf(t, app)
	var poke sseEvent
	select {
	case poke = <-events:
	case <-ctx.Done():
		t.Fatal("no poke before the deadline")
	}
	var data struct {
		Seq          int64
		Ideas        map[string]live.Counters
		OnlyCounters bool `json:"only_counters"`
	}
	if err := json.Unmarshal([]byte(poke.data), &data); err != nil {
		t.Fatal(err)
	}
	if data.Seq != head || data.Ideas[ideaKyff].Votes != votes || !data.OnlyCounters {
		t.Errorf("got poke %s, want seq %d, %s with %d votes, only counters", poke.data, head, ideaKyff, votes)
	}
}

// The admin edits an idea while 60 people vote for it: an edit loads the idea
// before the write lock, yet it must not write back the count it loaded.
func TestEditsDuringVotesKeepTheCounterExact(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	app.Settings().RateLimits.Enabled = false
	server := newServer(t, app)
	ids, tokens := addCitizens(t, app, 60)
	var wg sync.WaitGroup
	errs := make([]error, len(ids)+20)
	for i := range ids {
		wg.Go(func() { errs[i] = voteChannels[0].cast(server, ids[i], tokens[i], ideaKyff) })
	}
	for i := range 20 {
		wg.Go(func() {
			errs[len(ids)+i] = expectStatus(server, http.MethodPatch, "/api/collections/ideas/records/"+ideaKyff, authTokenOf("admin"),
				map[string]string{"body": fmt.Sprintf("Fassung %d: Die Buslinie soll öfter fahren.", i)}, http.StatusOK)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	var rows int
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM votes WHERE idea = {:idea}").Bind(dbx.Params{"idea": ideaKyff}).Row(&rows); err != nil {
		t.Fatal(err)
	}
	if got := mustFind(t, app, "ideas", ideaKyff).GetInt("votes_count"); got != rows {
		t.Errorf("votes_count: got %d, want %d (vote rows)", got, rows)
	}
}
