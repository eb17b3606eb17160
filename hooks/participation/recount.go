package participation

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Counters are kept exact by the hooks; the nightly recount is the safety net
// for anything that bypassed them (a restore from backup, manual SQL). Each
// repaired idea is saved through the app, so subscribers get the fix too.
func registerRecount(app core.App) {
	app.Cron().MustAdd("mitwirken_recount", "17 3 * * *", func() {
		repaired, err := RecountCounters(app)
		if err != nil {
			app.Logger().Error("nightly recount failed", "error", err)
			return
		}
		if repaired > 0 {
			app.Logger().Warn("nightly recount repaired counter drift", "ideas", repaired)
		}
	})
}

// RecountCounters recomputes every idea's vote and comment counters from the
// rows and returns how many ideas had drifted.
func RecountCounters(app core.App) (int, error) {
	var drifted []string
	err := app.DB().NewQuery(`SELECT id FROM (` + exactCounts + `) WHERE votes_count != votes OR comments_count != comments`).
		Column(&drifted)
	if err != nil {
		return 0, err
	}
	for _, id := range drifted {
		// Recount inside the transaction: a vote may have landed since the scan.
		err := app.RunInTransaction(func(txApp core.App) error {
			var exact struct {
				Votes    int `db:"votes"`
				Comments int `db:"comments"`
			}
			err := txApp.DB().NewQuery(`SELECT votes, comments FROM (` + exactCounts + ` WHERE i.id = {:id})`).
				Bind(dbx.Params{"id": id}).One(&exact)
			if err != nil {
				return err
			}
			idea, err := txApp.FindRecordById("ideas", id)
			if err != nil {
				return err
			}
			txApp.Logger().Warn("counter drift", "idea", id,
				"votes_count", idea.GetInt("votes_count"), "votes", exact.Votes,
				"comments_count", idea.GetInt("comments_count"), "comments", exact.Comments)
			idea.Set("votes_count", exact.Votes)
			idea.Set("comments_count", exact.Comments)
			return txApp.SaveNoValidate(idea)
		})
		if err != nil {
			return 0, err
		}
	}
	return len(drifted), nil
}

// exactCounts selects each idea's stored and actual counters.
var exactCounts = `SELECT i.id, i.votes_count, i.comments_count,
	(SELECT COUNT(*) FROM votes v WHERE v.idea = i.id) AS votes,
	(SELECT COUNT(*) FROM comments c WHERE c.idea = i.id AND ` + domain.VisibleCommentSQL("c.") + `) AS comments
	FROM ideas i`
