package tests

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/subscriptions"
	"github.com/pocketbase/pocketbase/tools/types"
)

// realtimeFloor is the least that telling the realtime report's watchers of
// a change costs in PocketBase itself: bare PocketBase (none of Mitwirken's
// hooks) creates a bare record, and its after-create hook sends one record
// event of the watched idea, encoded once, to every realtime connection
// through PocketBase's own clients and writer. No rule is checked and no
// record loaded, and each connection gets one message and one flush, where
// a vote sends each watcher its record event and its district's poke.
type realtimeFloor struct {
	app     *pbtests.TestApp
	server  *httptest.Server
	created atomic.Int64
	closed  sync.Once
}

func newRealtimeFloor(t *testing.T) *realtimeFloor {
	app, err := pbtests.NewTestApp(fixtureDir) // no hooks.Register: bare PocketBase
	if err != nil {
		t.Fatal(err)
	}
	app.Settings().RateLimits.Enabled = false
	bare := core.NewBaseCollection("realtime_floor")
	bare.Fields.Add(&core.TextField{Name: "title"})
	bare.CreateRule = types.Pointer("")
	if err := app.Save(bare); err != nil {
		t.Fatal(err)
	}
	floor := &realtimeFloor{app: app}
	idea := mustFind(t, app, "ideas", ideaKyff)
	idea.Set("votes_count", 0)
	app.OnRecordAfterCreateSuccess(bare.Name).BindFunc(func(e *core.RecordEvent) error {
		idea.Set("votes_count", floor.created.Add(1))
		data, err := json.Marshal(map[string]any{"action": "update", "record": idea})
		if err != nil {
			return err
		}
		message := subscriptions.Message{Name: "ideas/" + ideaKyff, Data: data}
		// After the response, as PocketBase's own broadcast and the hub send:
		// PocketBase's clients take a message only when their connection does.
		go func() {
			for _, client := range e.App.SubscriptionsBroker().Clients() {
				client.Send(message)
			}
		}()
		return e.Next()
	})
	floor.server = httptest.NewServer(newMux(t, app))
	t.Cleanup(floor.close)
	return floor
}

// create creates one bare record through the API, as a guest.
func (f *realtimeFloor) create() error {
	return expectStatus(f.server, http.MethodPost, "/api/collections/realtime_floor/records", "",
		map[string]string{"title": "a bare record"}, http.StatusOK)
}

// count is the votes_count the last event carried: the watchers' base.
func (f *realtimeFloor) count() int {
	return int(f.created.Load())
}

// close ends the server and removes the app's data, so that the report's
// memory figures that follow are the Mitwirken server's alone.
func (f *realtimeFloor) close() {
	f.closed.Do(func() {
		f.server.Close()
		f.app.Cleanup()
	})
}
