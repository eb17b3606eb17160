package live

import (
	"encoding/json"
	"time"
)

// pokeWindow is the shortest time between two batches of pokes and record
// events: a change that finds the dispatcher idle goes out at once, and the
// changes that follow within the window are gathered into one message per
// topic. Without it every vote made every phone of the district pull; now a
// burst of changes costs each phone one message and at most one pull.
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

// Poke tells the subscribers of topic, within a short window, that the change
// log has grown to seq. Call it after the change has committed.
func (h *Hub) Poke(topic string, seq int64) {
	h.dispatch.addPoke(topic, seq, "", nil)
}

// PokeCounters is Poke for a change of nothing but an idea's counters.
func (h *Hub) PokeCounters(topic string, seq int64, idea string, counters Counters) {
	h.dispatch.addPoke(topic, seq, idea, &counters)
}

func (d *dispatcher) addPoke(topic string, seq int64, idea string, counters *Counters) {
	d.mu.Lock()
	defer d.mu.Unlock()
	message, ok := d.pokes[topic]
	if !ok {
		message = &pokeMessage{OnlyCounters: true}
		d.pokes[topic] = message
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
	d.wake()
}

// encodePokes encodes each topic's poke once, for all its subscribers.
func encodePokes(pokes map[string]*pokeMessage) map[string][]byte {
	encoded := make(map[string][]byte, len(pokes))
	for topic, message := range pokes {
		encoded[topic], _ = json.Marshal(message)
	}
	return encoded
}
