package sync

import (
	"github.com/mitwirken/mitwirken/hooks/live"
	"github.com/pocketbase/pocketbase/core"
)

// LogCounters appends a change of idea that moved nothing but its counters,
// so that devices pull the new counts, and once the transaction has
// committed pokes the idea's district with the counts themselves: a phone
// that is online shows them without a pull. It costs one insert; the full
// save of the idea, with its hooks, is not needed for a counter.
func LogCounters(txApp core.App, idea *core.Record, counters live.Counters) error {
	ideas := syncedCollectionNamed("ideas")
	public, err := hasBeenPublic(txApp, ideas, idea)
	if err != nil {
		return err
	}
	changes, err := appendChange(txApp, ideas, idea.Id, "upsert", nil, public)
	if err != nil {
		return err
	}
	live.AfterCommit(txApp, func() {
		for _, change := range changes {
			live.HubOf(txApp).PokeCounters(change.topic, change.seq, idea.Id, counters)
		}
	})
	return nil
}

// syncedCollectionNamed is the entry of syncedCollections with name.
func syncedCollectionNamed(name string) syncedCollection {
	for _, c := range syncedCollections {
		if c.name == name {
			return c
		}
	}
	panic("sync: no synced collection " + name)
}
