package search

import (
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/sync"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// The search index (table ideas_search, see migrations/1764100500_search.go)
// holds exactly the public ideas. Model hooks keep it in step in the same
// transaction as the idea write, so REST, batch, sync, moderation and the
// lifecycle all maintain it without knowing about it.

// rebuildBatchSize is how many ideas RebuildSearchIndex reads at a time.
const rebuildBatchSize = 500

func registerSearchIndex(app core.App) {
	app.Cron().MustAdd("mitwirkenSearchOptimize", "15 3 * * *", func() {
		if err := optimizeSearchIndex(app); err != nil {
			app.Logger().Error("search: optimizing the index failed", "error", err)
		}
	})
	app.OnRecordCreate("ideas").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return indexIdea(txApp, domain.Idea{Record: e.Record})
		})
	})
	app.OnRecordUpdate("ideas").BindFunc(func(e *core.RecordEvent) error {
		// Decided before the write: votes and comments save their idea for the
		// counters, and those saves should not rewrite the index.
		if !searchEntryChanged(domain.Idea{Record: e.Record.Original()}, domain.Idea{Record: e.Record}) {
			return e.Next()
		}
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			if err := unindexIdea(txApp, e.Record.Id, e.Record.Original().Id); err != nil {
				return err
			}
			return indexIdea(txApp, domain.Idea{Record: e.Record})
		})
	})
	app.OnRecordDelete("ideas").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			return unindexIdea(txApp, e.Record.Id)
		})
	})
}

// searchEntryChanged reports whether an update changes what the index holds
// for the idea: whether it is there at all, its text or its region.
func searchEntryChanged(before, after domain.Idea) bool {
	return before.IsPublic() != after.IsPublic() || before.Id != after.Id ||
		before.GetString("region") != after.GetString("region") ||
		before.GetString("title") != after.GetString("title") ||
		before.GetString("body") != after.GetString("body")
}

// ideaTerms is the indexed text of an idea: its normalized terms, with the
// title twice, because a title says what an idea is about.
func ideaTerms(idea domain.Idea) string {
	title := strings.Join(Terms(idea.GetString("title")), " ")
	return title + " " + title + " " + strings.Join(Terms(idea.GetString("body")), " ")
}

// indexIdea adds a public idea to the index; other ideas are left out.
func indexIdea(app core.App, idea domain.Idea) error {
	if !idea.IsPublic() {
		return nil
	}
	_, err := sync.PreparedQuery(app, "INSERT INTO ideas_search (idea, region, terms) VALUES ({:idea}, {:region}, {:terms})").
		Bind(dbx.Params{"idea": idea.Id, "region": idea.GetString("region"), "terms": ideaTerms(idea)}).
		Execute()
	return err
}

// unindexIdea removes ideas from the index by id. The idea column is not
// indexed, so this scans the index's rows; that is cheap at a region's scale
// and happens only when an idea's text, region or visibility changes.
func unindexIdea(app core.App, ideaIds ...string) error {
	ids := make([]any, len(ideaIds))
	for i, id := range ideaIds {
		ids[i] = id
	}
	_, err := app.DB().Delete("ideas_search", dbx.In("idea", ids...)).Execute()
	return err
}

// RebuildSearchIndex refills the search index from the ideas, in one
// transaction. Use it after a bulk import that bypassed the hooks, or after
// changing the text analysis.
func RebuildSearchIndex(app core.App) error {
	return app.RunInTransaction(func(txApp core.App) error {
		if _, err := txApp.DB().NewQuery("DELETE FROM ideas_search").Execute(); err != nil {
			return err
		}
		after := ""
		for {
			var batch []*core.Record
			err := txApp.RecordQuery("ideas").
				AndWhere(dbx.NewExp("id > {:after}", dbx.Params{"after": after})).
				OrderBy("id").Limit(rebuildBatchSize).All(&batch)
			if err != nil {
				return err
			}
			for _, record := range batch {
				if err := indexIdea(txApp, domain.Idea{Record: record}); err != nil {
					return err
				}
			}
			if len(batch) < rebuildBatchSize {
				return optimizeSearchIndex(txApp)
			}
			after = batch[len(batch)-1].Id
		}
	})
}

// optimizeSearchIndex merges the index's segments into one. FTS5 adds a
// segment per write and merges them only now and then; a term lookup visits
// every segment, so merging keeps the duplicate check fast.
func optimizeSearchIndex(app core.App) error {
	_, err := app.DB().NewQuery("INSERT INTO ideas_search (ideas_search) VALUES ('optimize')").Execute()
	return err
}

// searchIndexInStep reports whether the index holds as many rows as there
// are public ideas: two cheap counts, enough to notice a database that
// predates the index or was imported around the hooks.
func searchIndexInStep(app core.App) (bool, error) {
	var indexed, public int
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM ideas_search").Row(&indexed); err != nil {
		return false, err
	}
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM ideas WHERE " + domain.PublicIdeaSQL("")).Row(&public); err != nil {
		return false, err
	}
	return indexed == public, nil
}
