package accountability

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/pocketbase/core"
)

// Adopting a shared solution creates, in the same transaction, a linked idea
// in the adopting region that keeps a link to its origin. The create rule of
// adoptions says who may adopt what.
func registerAdoptions(app core.App) {
	app.OnRecordCreate("adoptions").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, func(txApp core.App) error {
			origin, err := domain.FindIdea(txApp, e.Record.GetString("origin"))
			if err != nil {
				return err
			}
			collection, err := txApp.FindCachedCollectionByNameOrId("ideas")
			if err != nil {
				return err
			}
			linked := core.NewRecord(collection)
			linked.Load(map[string]any{
				"title": origin.GetString("title"), "body": origin.GetString("body"),
				"region": e.Record.GetString("region"), "service": origin.GetString("service"),
				"topic": origin.GetString("topic"), "author": e.Record.GetString("by"),
				"status": domain.StatusPublished, "adopted_from": origin.Id,
			})
			if err := txApp.Save(linked); err != nil {
				return err
			}
			e.Record.Set("idea", linked.Id)
			return nil
		}, nil)
	})
}
