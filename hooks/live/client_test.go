package live

import (
	"bytes"
	"fmt"
	"strings"
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
	c.offer(message(1), message(2))
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

// PocketBase's broadcast asks a client for its subscriptions by prefix; the
// copy must answer as PocketBase's own client does.
func TestSubscriptionsByPrefixAnswerAsPocketBase(t *testing.T) {
	t.Parallel()
	topics := []string{"ideas/abc", `ideas/abc?options={"query":{"fields":"id"}}`, "ideas/*", "votes", "sync/r1"}
	ours, theirs := newClient(), subscriptions.NewDefaultClient()
	ours.Subscribe(topics...)
	theirs.Subscribe(topics...)
	for _, prefixes := range [][]string{
		nil, {"ideas/abc?"}, {"ideas/ab"}, {"ideas/*?"}, {"votes?"}, {"votes"}, {"vote?"},
		{"sync/"}, {"ideas/abc?", "votes?"}, {"comments/x?"}, {""},
	} {
		got, want := ours.Subscriptions(prefixes...), theirs.Subscriptions(prefixes...)
		if len(got) != len(want) {
			t.Fatalf("prefixes %q: %v, PocketBase's client: %v", prefixes, got, want)
		}
		for sub, options := range want {
			if g, ok := got[sub]; !ok || fmt.Sprint(g) != fmt.Sprint(options) {
				t.Fatalf("prefixes %q: %v, PocketBase's client: %v", prefixes, got, want)
			}
		}
	}
	all := ours.Subscriptions()
	delete(all, "votes") // the caller's copy, not the client's
	if len(subscriptionsOf(ours)) != len(topics) {
		t.Fatal("changing the returned map changed the client's subscriptions")
	}
}

// A message is framed exactly as PocketBase's WriteSSE frames it, also when
// the client's buffer is reused for a shorter message after a longer one.
func TestEncodeFramesAsPocketBase(t *testing.T) {
	t.Parallel()
	c := newClient()
	for _, m := range []subscriptions.Message{
		{Name: "ideas/abc", Data: []byte(`{"action":"update","record":{"id":"abc","votes_count":12}}`)},
		{Name: "PB_CONNECT", Data: []byte(`{"clientId":"x"}`)},
		{Name: "sync/r1", Data: []byte(strings.Repeat("d", maxKeptFrame+1))},
		{Name: "sync/r1", Data: nil},
	} {
		var want bytes.Buffer
		if err := m.WriteSSE(&want, c.Id()); err != nil {
			t.Fatal(err)
		}
		if got := c.encode(&m); !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("framed %q, PocketBase frames %q", got, want.Bytes())
		}
	}
	if cap(c.frame) > maxKeptFrame {
		t.Fatalf("the client keeps a buffer of %d bytes after a large message", cap(c.frame))
	}
}
