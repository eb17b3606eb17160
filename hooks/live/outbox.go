package live

import (
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// outboxSize is how many messages wait for one realtime client. A client
// that falls this far behind (a phone on 2G, a tab that stopped reading) is
// disconnected: the SDK reconnects, and on every (re)connection the PWA
// pulls and its watches reload, so it misses nothing, while nobody else
// waits for it and its backlog does not grow without bound.
const outboxSize = 64

// outboxIdle is how long a client's sender waits for more before it ends.
const outboxIdle = 30 * time.Second

// outboxes holds one bounded queue per realtime client, each drained by its
// own goroutine, so that one slow connection never holds up the others.
type outboxes struct {
	mu     sync.Mutex
	queues map[subscriptions.Client]chan subscriptions.Message
}

func newOutboxes() *outboxes {
	return &outboxes{queues: map[subscriptions.Client]chan subscriptions.Message{}}
}

// deliver queues each client's messages of a batch without waiting, all
// of a client's at once, so that its connection writes them together (see
// writeMessage); a full queue disconnects the client (see outboxSize).
func (o *outboxes) deliver(batch envelopes) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for client, messages := range batch {
		queue, ok := o.queues[client]
		if !ok {
			queue = make(chan subscriptions.Message, outboxSize)
			o.queues[client] = queue
			go o.drain(client, queue)
		}
		if !offer(queue, messages) {
			delete(o.queues, client)
			client.Discard()
		}
	}
}

// offer queues messages without waiting and reports whether all fitted.
func offer(queue chan<- subscriptions.Message, messages []subscriptions.Message) bool {
	for _, message := range messages {
		select {
		case queue <- message:
		default:
			return false
		}
	}
	return true
}

// waiting is how many messages wait in client's queue.
func (o *outboxes) waiting(client subscriptions.Client) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.queues[client])
}

// writeMessage writes a realtime message to its connection in place of
// PocketBase's own writer, which flushes every message: while more of the
// client's messages wait in its queue, the next one follows at once and
// this one is flushed with it, so that a vote's record event and poke cost
// one write to the network instead of two. The last message of a burst is
// always flushed; bind it after every other handler of the hook.
func (h *Hub) writeMessage(e *core.RealtimeMessageEvent) error {
	if h.clients.waiting(e.Client) == 0 {
		return e.Next()
	}
	return e.Message.WriteSSE(e.Response, e.Client.Id())
}

// drain hands the queued messages to the client's connection, one at a time,
// and ends when the client is gone or has had nothing to receive for a while.
func (o *outboxes) drain(client subscriptions.Client, queue chan subscriptions.Message) {
	idle := time.NewTimer(outboxIdle)
	defer idle.Stop()
	for {
		select {
		case message := <-queue:
			if client.IsDiscarded() {
				o.forget(client, queue)
				return
			}
			client.Send(message)
			idle.Reset(outboxIdle)
		case <-idle.C:
			o.mu.Lock()
			if len(queue) == 0 {
				if o.queues[client] == queue {
					delete(o.queues, client)
				}
				o.mu.Unlock()
				return
			}
			o.mu.Unlock()
			idle.Reset(outboxIdle)
		}
	}
}

// forget drops a discarded client's queue.
func (o *outboxes) forget(client subscriptions.Client, queue chan subscriptions.Message) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.queues[client] == queue {
		delete(o.queues, client)
	}
}
