package participation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/live"
	"github.com/mitwirken/mitwirken/hooks/sync"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// addToCounter moves a counter of an idea by delta, never below zero, in the
// caller's transaction. A counter is not content: the idea is not saved
// through its hooks (search index, lifecycle, moderation), only the counter
// and updated change, in one statement that adds to the stored value, so
// concurrent votes stay exact however their hooks interleave. The change log
// gets the idea's entry, so devices pull the new count; after the commit its
// district is poked with the counts and the idea's realtime subscribers get
// the record event (package live), off the request path.
func addToCounter(txApp core.App, idea domain.Idea, field string, delta int) error {
	var counters live.Counters
	now := types.NowDateTime()
	err := txApp.DB().NewQuery("UPDATE ideas SET " + field + " = MAX(0, " + field + " + {:delta}), updated = {:now} " +
		"WHERE id = {:id} RETURNING votes_count, comments_count").
		Bind(dbx.Params{"delta": delta, "now": now.String(), "id": idea.Id}).One(&counters)
	if err != nil {
		return err
	}
	idea.Set("votes_count", counters.Votes)
	idea.Set("comments_count", counters.Comments)
	idea.Set("updated", now)
	if err := sync.LogCounters(txApp, idea.Record, counters); err != nil {
		return err
	}
	hub := live.HubOf(txApp)
	live.AfterCommit(txApp, func() { hub.IdeaChanged(idea.Id) })
	return nil
}
