package live

import (
	"sync"
	"time"

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

// send queues message for client without waiting; a full queue disconnects
// the client (see outboxSize).
func (o *outboxes) send(client subscriptions.Client, message subscriptions.Message) {
	o.mu.Lock()
	defer o.mu.Unlock()
	queue, ok := o.queues[client]
	if !ok {
		queue = make(chan subscriptions.Message, outboxSize)
		o.queues[client] = queue
		go o.drain(client, queue)
	}
	select {
	case queue <- message:
	default:
		delete(o.queues, client)
		client.Discard()
	}
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
