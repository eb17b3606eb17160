package participation

import (
	"database/sql"
	"errors"

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
	_, err := sync.PreparedQuery(txApp, "UPDATE ideas SET "+field+" = MAX(0, "+field+" + {:delta}), updated = {:now} WHERE id = {:id}").
		Bind(dbx.Params{"delta": delta, "now": now.String(), "id": idea.Id}).Execute()
	if err != nil {
		return err
	}
	// Not UPDATE ... RETURNING: in a transaction, modernc's SQLite opens a
	// statement journal and a temporary table for it on every call. The
	// SELECT runs in the same transaction, which holds the write lock, so it
	// reads exactly the counts this update left.
	err = sync.PreparedQuery(txApp, "SELECT votes_count, comments_count FROM ideas WHERE id = {:id}").
		Bind(dbx.Params{"id": idea.Id}).One(&counters)
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

// counted loads what moving a counter of an idea needs (its state for the
// vote's check, its region for the change log) with one prepared statement,
// not the whole record: a popular idea is loaded for every vote and comment.
// found is false when the idea does not exist (any more).
func counted(txApp core.App, id string) (idea domain.Idea, found bool, err error) {
	var row struct {
		Region string `db:"region"`
		Status string `db:"status"`
		Hidden bool   `db:"hidden"`
	}
	err = sync.PreparedQuery(txApp, "SELECT region, status, hidden FROM ideas WHERE id = {:id}").
		Bind(dbx.Params{"id": id}).One(&row)
	if errors.Is(err, sql.ErrNoRows) {
		return idea, false, nil
	}
	if err != nil {
		return idea, false, err
	}
	ideas, err := txApp.FindCachedCollectionByNameOrId("ideas")
	if err != nil {
		return idea, false, err
	}
	idea = domain.Idea{Record: core.NewRecord(ideas)}
	idea.Id = id
	idea.Set("region", row.Region)
	idea.Set("status", row.Status)
	idea.Set("hidden", row.Hidden)
	return idea, true, nil
}

// keepStoredCounters makes a save of an idea that does not set its counters
// write the stored ones. An edit loads the idea before it takes the write
// lock; votes committed meanwhile would otherwise be overwritten by the
// counts it loaded. Saves that set the counters (recount, merge) keep theirs.
func keepStoredCounters(app core.App) {
	app.OnRecordUpdate("ideas").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, func(txApp core.App) error {
			var stored live.Counters
			err := txApp.DB().NewQuery("SELECT votes_count, comments_count FROM ideas WHERE id = {:id}").
				Bind(dbx.Params{"id": e.Record.Original().Id}).One(&stored)
			if err != nil {
				return err
			}
			for field, value := range map[string]int{"votes_count": stored.Votes, "comments_count": stored.Comments} {
				if e.Record.GetInt(field) == e.Record.Original().GetInt(field) {
					e.Record.Set(field, value)
				}
			}
			return nil
		}, nil)
	})
}
