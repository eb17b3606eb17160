package live

import (
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// gatherDelay is how long the dispatcher waits, when something new wakes it,
// for the rest of the commit's announcements: a vote announces its idea and
// pokes its district from two callbacks, and both should go out together.
const gatherDelay = 10 * time.Millisecond

// dispatcher gathers the ideas whose counters moved and the pokes of each
// topic, and sends them together: at once when it was idle, and then at
// most once per pokeWindow while changes keep coming. A client that watches
// an idea and follows its district gets the record event and the poke of a
// vote back to back, written to its connection at once (writeMessage).
type dispatcher struct {
	hub     *Hub
	sending sync.Mutex // one batch at a time, so that none overtakes another
	mu      sync.Mutex // guards what has gathered; never held while sending
	ideas   []string   // in the order their counters first moved
	queued  map[string]bool
	pokes   map[string]*pokeMessage // by topic
	running bool
}

func newDispatcher(hub *Hub) *dispatcher {
	return &dispatcher{hub: hub, queued: map[string]bool{}, pokes: map[string]*pokeMessage{}}
}

// IdeaChanged announces the idea's current state to its realtime subscribers
// soon, off the caller's path. Call it after the change has committed (see
// AfterCommit). Each idea is sent as it is when its turn comes: a burst of
// votes on one idea becomes fewer events that all end at the exact count,
// and an event never shows an older count after a newer one.
func (h *Hub) IdeaChanged(id string) {
	d := h.dispatch
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.queued[id] {
		d.queued[id] = true
		d.ideas = append(d.ideas, id)
	}
	d.wake()
}

// wake starts the worker unless it runs; the caller holds d.mu.
func (d *dispatcher) wake() {
	if !d.running {
		d.running = d.hub.startWorker(d.run)
	}
}

// run sends what gathers, a window apart, until nothing is left.
func (d *dispatcher) run() {
	time.Sleep(gatherDelay)
	for {
		start := time.Now()
		if !d.send() {
			return
		}
		time.Sleep(pokeWindow - time.Since(start))
	}
}

// send sends what has gathered and reports whether there was anything.
func (d *dispatcher) send() bool {
	d.sending.Lock()
	defer d.sending.Unlock()
	d.mu.Lock()
	ideas, pokes := d.ideas, d.pokes
	d.ideas, d.queued, d.pokes = nil, map[string]bool{}, map[string]*pokeMessage{}
	if len(ideas)+len(pokes) == 0 || d.hub.closed.Load() {
		d.running = false
		d.mu.Unlock()
		return false
	}
	d.mu.Unlock()

	var records []*recordBroadcast
	if collection, err := d.hub.app.FindCachedCollectionByNameOrId("ideas"); err == nil {
		for _, id := range ideas {
			records = append(records, d.hub.newRecordBroadcast("update", collection, id))
		}
	}
	d.hub.deliver(records, encodePokes(pokes))
	return true
}

// FlushPokes sends the gathered pokes now instead of at the end of their
// window, so that a test can tell which change a poke belongs to.
func (h *Hub) FlushPokes() {
	d := h.dispatch
	d.sending.Lock()
	defer d.sending.Unlock()
	d.mu.Lock()
	pokes := d.pokes
	d.pokes = map[string]*pokeMessage{}
	d.mu.Unlock()
	h.deliver(nil, encodePokes(pokes))
}

// deliver queues each client's messages of one batch, the record events it
// may receive and then the pokes of its topics, all at once, so that its
// connection writes them together (see writeMessage).
func (h *Hub) deliver(records []*recordBroadcast, pokes map[string][]byte) {
	if len(records)+len(pokes) == 0 {
		return
	}
	var messages []subscriptions.Message // one client's, reused
	for _, to := range h.app.SubscriptionsBroker().Clients() {
		subs := subscriptionsOf(to)
		messages = messages[:0]
		for _, record := range records {
			messages = record.appendEvents(messages, to, subs)
		}
		for topic, data := range pokes {
			if _, ok := subs[topic]; ok {
				messages = append(messages, subscriptions.Message{Name: topic, Data: data})
			}
		}
		if len(messages) == 0 {
			continue
		}
		if c, ok := to.(*client); ok {
			c.offer(messages...)
			continue
		}
		// A client registered in process rather than by a connection (a
		// test's listener) reads its channel itself.
		for _, message := range messages {
			to.Send(message)
		}
	}
}
