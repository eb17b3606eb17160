package live

import (
	"fmt"
	"sync"
	"testing"

	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

func message(i int) subscriptions.Message {
	return subscriptions.Message{Name: "topic", Data: []byte(fmt.Sprint(i))}
}

// A client that stops reading is let go once its queue is full, and nobody
// who sends to it waits: not the hub, not PocketBase's own broadcast.
func TestAClientTooFarBehindIsDiscardedWithoutWaiting(t *testing.T) {
	t.Parallel()
	c := newClient()
	for i := range queueSize {
		c.Send(message(i))
	}
	if c.IsDiscarded() {
		t.Fatalf("discarded with %d messages queued, room for %d", queueSize, queueSize)
	}
	c.offer(message(queueSize), message(queueSize+1)) // would wait without the queue's bound
	if !c.IsDiscarded() {
		t.Fatal("a client with a full queue is kept")
	}
	c.Send(message(0)) // after Discard: neither a panic nor a wait
	var got []string
	for m := range c.Channel() { // what was queued is still written, then the channel ends
		got = append(got, string(m.Data))
	}
	if len(got) != queueSize || got[0] != "0" || got[queueSize-1] != fmt.Sprint(queueSize-1) {
		t.Fatalf("the connection gets %v, want the %d queued messages in order", got, queueSize)
	}
}

// Sends that race with the client's Discard (a full queue, or the connection
// closing) never send on the closed channel.
func TestSendsRacingDiscardDoNotPanic(t *testing.T) {
	t.Parallel()
	for range 100 {
		c := newClient()
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Go(func() {
				for j := range 20 {
					c.offer(message(i), message(j))
				}
			})
		}
		wg.Go(c.Discard)
		wg.Wait()
		if !c.IsDiscarded() {
			t.Fatal("not discarded")
		}
	}
}

// A batch's messages wait together, so that the connection writes them
// with one flush (writeMessage asks pending).
func TestABatchWaitsTogether(t *testing.T) {
	t.Parallel()
	c := newClient()
	deliver(envelopes{c: {message(1), message(2)}})
	<-c.Channel()
	if !c.pending() {
		t.Fatal("the batch's second message is not pending after the first was taken")
	}
	<-c.Channel()
	if c.pending() {
		t.Fatal("pending with nothing queued")
	}
}

// The hub reads a client's subscriptions from a copy kept with the client;
// it must follow every change, options included.
func TestSubscriptionsOfFollowSubscribeAndUnsubscribe(t *testing.T) {
	t.Parallel()
	c := newClient()
	if got := subscriptionsOf(c); len(got) != 0 {
		t.Fatalf("a new client has %v, want none", got)
	}
	c.Subscribe("ideas/abc", `ideas?options={"query":{"filter":"region='x'"}}`)
	got := subscriptionsOf(c)
	if len(got) != 2 || got[`ideas?options={"query":{"filter":"region='x'"}}`].Query["filter"] != "region='x'" {
		t.Fatalf("after Subscribe: %v, want both topics with the filter", got)
	}
	c.Unsubscribe("ideas/abc")
	if got := subscriptionsOf(c); len(got) != 1 {
		t.Fatalf("after Unsubscribe of one: %v, want one topic", got)
	}
	c.Unsubscribe()
	if got := subscriptionsOf(c); len(got) != 0 {
		t.Fatalf("after Unsubscribe of all: %v, want none", got)
	}
	other := subscriptions.NewDefaultClient()
	other.Subscribe("votes")
	if got := subscriptionsOf(other); len(got) != 1 {
		t.Fatalf("a client of PocketBase: %v, want its one topic", got)
	}
}
