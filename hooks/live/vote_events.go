package live

import (
	"context"
	"sync"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// PocketBase broadcasts a created or deleted record from within the request
// that saved it, and checks every realtime connection's subscriptions for
// it: with a thousand people connected, a vote waited about 3 ms for that
// loop, and a push of 16 votes about 50 ms. A vote is the most frequent
// write and its event concerns only the voter, so the rest of its
// after-success hooks, PocketBase's broadcast among them, run after the
// response on one goroutine per app, in the order of the votes.

// deferredEvents runs the deferred rest of the vote events in order.
type deferredEvents struct {
	mu      sync.Mutex
	queue   []func()
	running bool
}

// deferVoteEvents binds the deferral before PocketBase's broadcast (-99).
func deferVoteEvents(app core.App, hub *Hub) {
	events := &deferredEvents{}
	later := func(e *core.ModelEvent) error {
		record, ok := e.Model.(*core.Record)
		if !ok || record.Collection().Name != "votes" {
			return e.Next()
		}
		// The request goes on with its record (expanding, hiding fields for
		// the response) and its context ends with it.
		e.Model = record.Fresh()
		e.Context = context.Background()
		if !events.add(hub, func() { _ = e.Next() }) {
			return e.Next()
		}
		return nil
	}
	app.OnModelAfterCreateSuccess().Bind(&hook.Handler[*core.ModelEvent]{Func: later, Priority: -100})
	app.OnModelAfterDeleteSuccess().Bind(&hook.Handler[*core.ModelEvent]{Func: later, Priority: -100})
}

// add queues fn, starting the hub worker that drains the queue when none
// runs; false when the app terminates (the caller then runs fn itself).
func (d *deferredEvents) add(hub *Hub, fn func()) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if hub.closed.Load() {
		return false
	}
	d.queue = append(d.queue, fn)
	if !d.running {
		d.running = hub.startWorker(d.drain)
		if !d.running {
			d.queue = d.queue[:len(d.queue)-1]
			return false
		}
	}
	return true
}

func (d *deferredEvents) drain() {
	for {
		d.mu.Lock()
		if len(d.queue) == 0 {
			d.running = false
			d.mu.Unlock()
			return
		}
		fn := d.queue[0]
		d.queue = d.queue[1:]
		d.mu.Unlock()
		fn()
	}
}
