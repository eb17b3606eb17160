package sync

import (
	"github.com/mitwirken/mitwirken/hooks/live"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// LogCounters appends a change of idea that moved nothing but its counters,
// so that devices pull the new counts, and once the transaction has
// committed pokes the idea's district with the counts themselves: a phone
// that is online shows them without a pull. It costs one insert; the full
// save of the idea, with its hooks, is not needed for a counter.
func LogCounters(txApp core.App, idea *core.Record, counters live.Counters) error {
	ideas := syncedCollectionNamed("ideas")
	// The idea's district and whether it has been public, in one statement:
	// its region is loaded already.
	var s scope
	err := preparedQuery(txApp, "SELECT COALESCE("+districtOfRegion+", '') AS district, '' AS owner, "+everPublicSQL+" AS public "+
		"FROM (SELECT {:id} AS id, {:region} AS region) t").
		Bind(dbx.Params{"collection": ideas.name, "id": idea.Id, "region": idea.GetString("region")}).One(&s)
	if err == nil {
		s.Public, err = publicSince(txApp, ideas, idea, s.Public)
	}
	if err != nil {
		return err
	}
	changes, err := appendChange(txApp, ideas, idea.Id, "upsert", &s, s.Public)
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
