package live

import (
	"maps"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// queueSize is how many messages wait for one realtime client. A client
// that falls this far behind (a phone on 2G, a tab that stopped reading) is
// disconnected: the SDK reconnects, and on every (re)connection the PWA
// pulls and its watches reload, so it misses nothing, while nobody else
// waits for it and its backlog does not grow without bound.
const queueSize = 64

// client is a realtime client whose channel holds queueSize messages and
// never makes its sender wait. PocketBase's own client has an unbuffered
// channel: every send waits until the connection has taken the message, so
// a broadcast to 1,000 clients needed a goroutine per client in between.
// Here the connection's own goroutine is the only one that reads.
type client struct {
	*subscriptions.DefaultClient // id, subscriptions and store

	mu        sync.RWMutex // guards discarded, so that nothing is sent on a closed channel
	channel   chan subscriptions.Message
	discarded bool

	// topics is a copy of the subscriptions, replaced whenever they change.
	// The hub reads every client's subscriptions for every event, and
	// PocketBase's Subscriptions copies them on each call: a thousand copies
	// for each vote watched by a thousand connections.
	topicsMu sync.Mutex // orders a change and its copy
	topics   atomic.Pointer[map[string]subscriptions.SubscriptionOptions]

	// frame is the buffer writeMessage encodes this client's messages in,
	// and draining is set while it writes the rest of a batch; only the
	// connection's goroutine writes, so they need no lock.
	frame    []byte
	draining bool
}

var _ subscriptions.Client = (*client)(nil)

func newClient() *client {
	return &client{
		DefaultClient: subscriptions.NewDefaultClient(),
		channel:       make(chan subscriptions.Message, queueSize),
	}
}

// useBufferedClients gives every realtime connection a client of this
// package, before any other connect handler sees it.
func useBufferedClients(e *core.RealtimeConnectRequestEvent) error {
	c := newClient()
	// The only value PocketBase stores before the connect hooks run.
	c.Set(apis.RealtimeClientIPKey, e.Client.Get(apis.RealtimeClientIPKey))
	e.Client = c
	return e.Next()
}

// Subscribe implements [subscriptions.Client].
func (c *client) Subscribe(subs ...string) {
	c.topicsMu.Lock()
	defer c.topicsMu.Unlock()
	c.DefaultClient.Subscribe(subs...)
	c.copyTopics()
}

// Unsubscribe implements [subscriptions.Client].
func (c *client) Unsubscribe(subs ...string) {
	c.topicsMu.Lock()
	defer c.topicsMu.Unlock()
	c.DefaultClient.Unsubscribe(subs...)
	c.copyTopics()
}

func (c *client) copyTopics() {
	topics := c.DefaultClient.Subscriptions()
	c.topics.Store(&topics)
}

// Subscriptions implements [subscriptions.Client] from the copy, as
// PocketBase's own does from its map: all of them, or those whose topic
// (with the "?" that ends it) starts with one of prefixes. PocketBase's
// broadcast asks every client six times for each created vote; a client
// without a match costs no allocation here.
func (c *client) Subscriptions(prefixes ...string) map[string]subscriptions.SubscriptionOptions {
	topics := subscriptionsOf(c)
	if len(prefixes) == 0 {
		return maps.Clone(topics)
	}
	var matches map[string]subscriptions.SubscriptionOptions
	for _, prefix := range prefixes {
		for sub, options := range topics {
			if !hasTopicPrefix(sub, prefix) {
				continue
			}
			if matches == nil {
				matches = map[string]subscriptions.SubscriptionOptions{}
			}
			matches[sub] = options
		}
	}
	return matches
}

// hasTopicPrefix is strings.HasPrefix(sub+"?", prefix) without building the
// string.
func hasTopicPrefix(sub, prefix string) bool {
	if len(prefix) == len(sub)+1 {
		return prefix[len(sub)] == '?' && prefix[:len(sub)] == sub
	}
	return strings.HasPrefix(sub, prefix)
}

// subscriptionsOf returns the subscriptions of a client by topic, with their
// options. The map of a client of this package is shared: read it only.
func subscriptionsOf(to subscriptions.Client) map[string]subscriptions.SubscriptionOptions {
	if c, ok := to.(*client); ok {
		if topics := c.topics.Load(); topics != nil {
			return *topics
		}
		return nil
	}
	return to.Subscriptions()
}

// Channel implements [subscriptions.Client].
func (c *client) Channel() chan subscriptions.Message {
	return c.channel
}

// Send implements [subscriptions.Client] for PocketBase's own broadcasts,
// which then no longer wait for a slow connection either.
func (c *client) Send(message subscriptions.Message) {
	c.offer(message)
}

// offer queues messages without waiting, and discards the client when they
// do not all fit (see queueSize).
func (c *client) offer(messages ...subscriptions.Message) {
	if !c.queue(messages) {
		c.Discard()
	}
}

// queue reports false when the channel had no room for all of messages.
func (c *client) queue(messages []subscriptions.Message) bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.discarded {
		return true // gone: there is nobody to tell
	}
	for _, message := range messages {
		select {
		case c.channel <- message:
		default:
			return false
		}
	}
	return true
}

// pending reports whether more messages wait for the connection.
func (c *client) pending() bool {
	return len(c.channel) > 0
}

// Discard implements [subscriptions.Client]. The connection still writes
// what is queued, then ends, and PocketBase unregisters the client.
func (c *client) Discard() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.discarded {
		return
	}
	c.discarded = true
	close(c.channel)
	c.DefaultClient.Discard()
}

// IsDiscarded implements [subscriptions.Client].
func (c *client) IsDiscarded() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.discarded
}

// writeMessage writes a realtime message to its connection in place of
// PocketBase's own writer, which flushes every message. The messages of one
// batch (a vote's record event and poke) are queued together, and the first
// one's handler takes the rest from the channel at once, sends each through
// this hook as PocketBase would, and flushes them all with one write to the
// network; it spares PocketBase's loop a turn per message as well. Each
// message is framed in one piece, where PocketBase builds three strings and
// writes five parts: a vote watched by a thousand connections is two
// thousand messages. Bind it after every other handler of the hook.
func writeMessage(e *core.RealtimeMessageEvent) error {
	c, ok := e.Client.(*client)
	if !ok {
		return e.Next()
	}
	if _, err := e.Response.Write(c.encode(e.Message)); err != nil {
		return err
	}
	if c.draining {
		return nil // the batch's first message flushes
	}
	c.draining = true
	defer func() { c.draining = false }()
	for c.pending() {
		message, open := <-c.channel
		if !open {
			break // discarded: PocketBase's loop ends the connection
		}
		next := &core.RealtimeMessageEvent{Message: &message}
		next.RequestEvent, next.Client = e.RequestEvent, e.Client
		if err := e.App.OnRealtimeMessageSend().Trigger(next); err != nil {
			return err
		}
	}
	return e.Flush()
}

// encode frames message as PocketBase's WriteSSE does, in c.frame.
func (c *client) encode(message *subscriptions.Message) []byte {
	frame := append(c.frame[:0], "id:"...)
	frame = append(frame, c.Id()...)
	frame = append(frame, "\nevent:"...)
	frame = append(frame, message.Name...)
	frame = append(frame, "\ndata:"...)
	frame = append(frame, message.Data...)
	frame = append(frame, "\n\n"...)
	if cap(frame) <= maxKeptFrame {
		c.frame = frame // kept for the next message; a rare large one is not
	}
	return frame
}

// maxKeptFrame is the largest buffer a client keeps between messages; most
// are a record event or a poke of a few hundred bytes.
const maxKeptFrame = 16 << 10
