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
	queues map[subscriptions.Client]*outbox
}

// outbox is one client's queue and the data of the last message of its
// newest batch, which ends a burst of writes (writeMessage).
type outbox struct {
	queue chan subscriptions.Message
	last  *byte // nil once that message has been written
}

func newOutboxes() *outboxes {
	return &outboxes{queues: map[subscriptions.Client]*outbox{}}
}

// deliver queues each client's messages of a batch without waiting, all
// of a client's at once, so that its connection writes them together (see
// writeMessage); a full queue disconnects the client (see outboxSize).
func (o *outboxes) deliver(batch envelopes) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for client, messages := range batch {
		box, ok := o.queues[client]
		if !ok {
			box = &outbox{queue: make(chan subscriptions.Message, outboxSize)}
			o.queues[client] = box
			go o.drain(client, box)
		}
		if !offer(box.queue, messages) {
			delete(o.queues, client)
			client.Discard()
			continue
		}
		box.last = dataOf(messages[len(messages)-1])
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

// dataOf identifies a message by its data: each batch encodes its own.
func dataOf(message subscriptions.Message) *byte {
	if len(message.Data) == 0 {
		return nil
	}
	return &message.Data[0]
}

// endsBurst reports whether message is the last that client's connection
// is about to get for now: no batch of the hub is under way to it, or
// message is the last of the newest one. Until then, the next message is
// sure to follow.
func (o *outboxes) endsBurst(client subscriptions.Client, message subscriptions.Message) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	box, ok := o.queues[client]
	if !ok || box.last == nil {
		return true
	}
	if dataOf(message) == box.last {
		box.last = nil
		return true
	}
	return false
}

// writeMessage writes a realtime message to its connection in place of
// PocketBase's own writer, which flushes every message: until the last
// message of a batch, the next one follows at once and this one is flushed
// with it, so that a vote's record event and poke cost one write to the
// network instead of two. Bind it after every other handler of the hook;
// a handler that replaced a message's data would keep its burst from ending.
func (h *Hub) writeMessage(e *core.RealtimeMessageEvent) error {
	if h.clients.endsBurst(e.Client, *e.Message) {
		return e.Next()
	}
	return e.Message.WriteSSE(e.Response, e.Client.Id())
}

// drain hands the queued messages to the client's connection, one at a time,
// and ends when the client is gone or has had nothing to receive for a while.
func (o *outboxes) drain(client subscriptions.Client, box *outbox) {
	idle := time.NewTimer(outboxIdle)
	defer idle.Stop()
	for {
		select {
		case message := <-box.queue:
			if client.IsDiscarded() {
				o.forget(client, box)
				return
			}
			client.Send(message)
			idle.Reset(outboxIdle)
		case <-idle.C:
			o.mu.Lock()
			if len(box.queue) == 0 {
				if o.queues[client] == box {
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
func (o *outboxes) forget(client subscriptions.Client, box *outbox) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.queues[client] == box {
		delete(o.queues, client)
	}
}
