package live

import (
	"encoding/json"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// pokeWindow is how long pokes of one topic are gathered into one message.
// Without it every vote made every phone of the district pull; now a burst
// of changes costs each phone one message and at most one pull.
const pokeWindow = 150 * time.Millisecond

// Counters are an idea's new counters, carried by a poke so that a phone
// can show them without a pull.
type Counters struct {
	Votes    int `json:"votes_count" db:"votes_count"`
	Comments int `json:"comments_count" db:"comments_count"`
}

// pokeMessage is the data of a poke (docs/sync.md, Poke): the change log's
// seq up to which the topic has changed, the new counters of ideas, and
// whether the counters are all that changed since the topic's last poke, in
// which case a device that applies them need not pull at once.
type pokeMessage struct {
	Seq          int64               `json:"seq"`
	Ideas        map[string]Counters `json:"ideas,omitempty"`
	OnlyCounters bool                `json:"only_counters,omitempty"`
	ideaSeqs     map[string]int64    // the seq of each idea's counters here
}

// pokeCoalescer gathers pokes per topic and sends each topic's pokes as one
// message per window.
type pokeCoalescer struct {
	hub     *Hub
	mu      sync.Mutex
	pending map[string]*pokeMessage
	running bool
}

func newPokeCoalescer(hub *Hub) *pokeCoalescer {
	return &pokeCoalescer{hub: hub, pending: map[string]*pokeMessage{}}
}

// Poke tells the subscribers of topic, within a short window, that the change
// log has grown to seq. Call it after the change has committed.
func (h *Hub) Poke(topic string, seq int64) {
	h.pokes.add(topic, seq, "", nil)
}

// PokeCounters is Poke for a change of nothing but an idea's counters.
func (h *Hub) PokeCounters(topic string, seq int64, idea string, counters Counters) {
	h.pokes.add(topic, seq, idea, &counters)
}

func (p *pokeCoalescer) add(topic string, seq int64, idea string, counters *Counters) {
	p.mu.Lock()
	defer p.mu.Unlock()
	message, ok := p.pending[topic]
	if !ok {
		message = &pokeMessage{OnlyCounters: true}
		p.pending[topic] = message
	}
	message.Seq = max(message.Seq, seq)
	if counters == nil {
		message.OnlyCounters = false
	} else {
		if message.Ideas == nil {
			message.Ideas, message.ideaSeqs = map[string]Counters{}, map[string]int64{}
		}
		// Commits are in seq order, but their callbacks may run in any order.
		if seq > message.ideaSeqs[idea] {
			message.Ideas[idea], message.ideaSeqs[idea] = *counters, seq
		}
	}
	if !p.running {
		p.running = p.hub.startWorker(p.run)
	}
}

// run sends the gathered pokes every window until none are left.
func (p *pokeCoalescer) run() {
	for {
		time.Sleep(pokeWindow)
		p.mu.Lock()
		batch := p.pending
		p.pending = map[string]*pokeMessage{}
		if len(batch) == 0 || p.hub.closed.Load() {
			p.running = false
			p.mu.Unlock()
			return
		}
		// Sent under the lock, so that a flush cannot overtake this batch.
		p.send(batch)
		p.mu.Unlock()
	}
}

func (p *pokeCoalescer) send(batch map[string]*pokeMessage) {
	encoded := make(map[string][]byte, len(batch))
	for topic, message := range batch {
		encoded[topic], _ = json.Marshal(message)
	}
	for _, client := range p.hub.app.SubscriptionsBroker().Clients() {
		for topic, data := range encoded {
			if client.HasSubscription(topic) {
				p.hub.clients.send(client, subscriptions.Message{Name: topic, Data: data})
			}
		}
	}
}

// FlushPokes sends the gathered pokes now instead of at the end of their
// window, so that a test can tell which change a poke belongs to.
func (h *Hub) FlushPokes() {
	h.pokes.mu.Lock()
	defer h.pokes.mu.Unlock()
	h.pokes.send(h.pokes.pending)
	h.pokes.pending = map[string]*pokeMessage{}
}
