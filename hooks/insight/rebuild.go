package insight

import (
	"encoding/json"
	"github.com/mitwirken/mitwirken/hooks/domain"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// newIdSQL makes a 15-character id like PocketBase's own for a row inserted
// by SQL; the aggregates are rebuilt whole, so their ids carry no meaning.
const newIdSQL = "substr(lower(hex(randomblob(8))), 1, 15)"

// feedbackMonthRow is what the publication pass reads of a feedback cell.
type feedbackMonthRow struct {
	Id      string `db:"id"`
	Service string `db:"service"`
	Region  string `db:"region"`
	Month   string `db:"month"`
	People  int    `db:"people"`
}

// Rebuild recomputes every insight aggregate from the raw records in one
// transaction, so a reader sees either the old or the new figures. now
// decides which month is still running (never published).
func Rebuild(app core.App, minGroupSize int, now time.Time) error {
	return app.RunInTransaction(func(txApp core.App) error {
		for _, table := range []string{"insight_feedback_months", "insight_idea_months", "insight_responses", "insight_rebuilds"} {
			if _, err := txApp.DB().NewQuery("DELETE FROM " + table).Execute(); err != nil {
				return err
			}
		}
		if err := rebuildFeedbackMonths(txApp, minGroupSize, now.UTC().Format("2006-01")); err != nil {
			return err
		}
		if err := rebuildIdeaMonths(txApp); err != nil {
			return err
		}
		if err := rebuildResponses(txApp); err != nil {
			return err
		}
		if err := analyzeAggregates(txApp); err != nil {
			return err
		}
		return recordRebuild(txApp, now)
	})
}

// analyzeAggregates refreshes SQLite's statistics of the rebuilt tables:
// with those of an earlier, smaller rebuild the planner scans
// insight_feedback_months instead of searching its (service, region,
// month) key. The tables are small next to feedback, so this is quick.
func analyzeAggregates(txApp core.App) error {
	for _, table := range []string{"insight_feedback_months", "insight_idea_months", "insight_responses"} {
		if _, err := txApp.DB().NewQuery("ANALYZE " + table).Execute(); err != nil {
			return err
		}
	}
	return nil
}

// recordRebuild notes when the aggregates were built: the open data's
// dct:modified, ETag and Last-Modified (docs/opendata.md).
func recordRebuild(txApp core.App, now time.Time) error {
	_, err := txApp.DB().NewQuery(`INSERT INTO insight_rebuilds (id, rebuilt) VALUES (` + newIdSQL + `, {:rebuilt})`).
		Bind(dbx.Params{"rebuilt": now.UTC().Format(types.DefaultDateLayout)}).Execute()
	return err
}

func rebuildIdeaMonths(txApp core.App) error {
	_, err := txApp.DB().NewQuery(`INSERT INTO insight_idea_months (id, region, service, topic, status, month, count)
		SELECT ` + newIdSQL + `, region, service, topic, status, substr(created, 1, 7) AS month, COUNT(*)
		FROM ideas WHERE ` + domain.PublicIdeaSQL("") + ` GROUP BY region, service, topic, status, month`).Execute()
	return err
}

// rebuildResponses measures every region that has public ideas, and every
// district one of whose municipalities has.
func rebuildResponses(txApp core.App) error {
	var regions []string
	err := txApp.DB().NewQuery(`SELECT DISTINCT region AS id FROM ideas WHERE ` + domain.PublicIdeaSQL("") + `
		UNION SELECT DISTINCT r.parent FROM regions r WHERE r.parent != '' AND EXISTS (
			SELECT 1 FROM ideas i WHERE i.region = r.id AND ` + domain.PublicIdeaSQL("i.") + `)`).Column(&regions)
	if err != nil {
		return err
	}
	for _, region := range regions {
		times, err := ResponseTimesOf(txApp, region)
		if err != nil {
			return err
		}
		median := 0.0
		if times.MedianDays != nil {
			median = *times.MedianDays
		}
		_, err = txApp.DB().NewQuery(`INSERT INTO insight_responses (id, region, answered, unanswered, median_days, oldest_unanswered_days)
			VALUES (` + newIdSQL + `, {:region}, {:answered}, {:unanswered}, {:median}, {:oldest})`).Bind(dbx.Params{
			"region": region, "answered": times.Answered, "unanswered": times.Unanswered,
			"median": median, "oldest": times.OldestUnansweredDays}).Execute()
		if err != nil {
			return err
		}
	}
	return nil
}

// jsonOf encodes v for a json_each parameter.
func jsonOf(v any) (string, error) {
	raw, err := json.Marshal(v)
	return string(raw), err
}
