package live

import (
	"sync"
)

// recordQueue holds the ideas whose counters moved and are still to be
// announced. One goroutine announces them in order, each with the idea as it
// is when its turn comes: a burst of votes on one idea becomes fewer events
// that all end at the exact count, and an event never shows an older count
// after a newer one.
type recordQueue struct {
	hub     *Hub
	mu      sync.Mutex
	pending []string
	queued  map[string]bool
	running bool
}

func newRecordQueue(hub *Hub) *recordQueue {
	return &recordQueue{hub: hub, queued: map[string]bool{}}
}

// IdeaChanged announces the idea's current state to its realtime subscribers
// soon, off the caller's path. Call it after the change has committed (see
// AfterCommit).
func (h *Hub) IdeaChanged(id string) {
	q := h.ideas
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.queued[id] {
		q.queued[id] = true
		q.pending = append(q.pending, id)
	}
	if !q.running {
		q.running = q.hub.startWorker(q.run)
	}
}

func (q *recordQueue) run() {
	for {
		q.mu.Lock()
		if len(q.pending) == 0 || q.hub.closed.Load() {
			q.running = false
			q.mu.Unlock()
			return
		}
		id := q.pending[0]
		q.pending = q.pending[1:]
		delete(q.queued, id)
		q.mu.Unlock()

		record, err := q.hub.app.FindRecordById("ideas", id)
		if err != nil {
			continue // deleted meanwhile: its delete event says so
		}
		q.hub.broadcastRecord("update", record)
	}
}
