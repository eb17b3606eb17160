package insight

import (
	"encoding/json"
	"fmt"
	"github.com/mitwirken/mitwirken/hooks/domain"
	"strings"
	"time"

	"github.com/mitwirken/mitwirken/migrations"
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
		return recordRebuild(txApp, now)
	})
}

// recordRebuild notes when the aggregates were built: the open data's
// dct:modified, ETag and Last-Modified (docs/opendata.md).
func recordRebuild(txApp core.App, now time.Time) error {
	_, err := txApp.DB().NewQuery(`INSERT INTO insight_rebuilds (id, rebuilt) VALUES (` + newIdSQL + `, {:rebuilt})`).
		Bind(dbx.Params{"rebuilt": now.UTC().Format(types.DefaultDateLayout)}).Execute()
	return err
}

// feedbackCountersSQL are the counters of insight_feedback_months after
// the key and people, and the SQL over feedback rows that fills each.
func feedbackCountersSQL() (columns, values []string) {
	columns = []string{"count", "rating_sum"}
	values = []string{"COUNT(*)", "SUM(rating)"}
	for rating := 1; rating <= 5; rating++ {
		columns = append(columns, fmt.Sprintf("rating_%d", rating))
		values = append(values, fmt.Sprintf("SUM(rating = %d)", rating))
	}
	for _, barrier := range migrations.Barriers {
		// barriers is a JSON array of the select's values; no value contains another in quotes.
		columns = append(columns, "barrier_"+barrier)
		values = append(values, `SUM(instr(barriers, '"`+barrier+`"') > 0)`)
	}
	return columns, values
}

// rebuildFeedbackMonths counts every feedback entry once, in one pass over
// the table in its stored order (NOT INDEXED): walking the (service,
// region) index instead fetches each of a million rows from a random page.
// The people of a month are counted by grouping per contributor first and
// counting the groups, which sorts once more instead of COUNT(DISTINCT):
// that fills a B-tree row by row, whose page splits cost modernc's SQLite
// an mmap and munmap each (90% of the rebuild's CPU at 1,000,000 entries).
func rebuildFeedbackMonths(txApp core.App, minGroupSize int, currentMonth string) error {
	columns, values := feedbackCountersSQL()
	sums := make([]string, len(columns))
	for i, column := range columns {
		sums[i] = "SUM(" + column + ")"
	}
	_, err := txApp.DB().NewQuery(`INSERT INTO insight_feedback_months (id, service, region, month, people, ` + strings.Join(columns, ", ") + `, published)
		SELECT ` + newIdSQL + `, service, region, month, COUNT(*), ` + strings.Join(sums, ", ") + `, FALSE FROM (
			SELECT service, region, substr(created, 1, 7) AS month, ` + migrations.FeedbackContributor + ` AS contributor, ` +
		aliased(values, columns) + `
			FROM feedback NOT INDEXED GROUP BY service, region, month, contributor)
		GROUP BY service, region, month`).Execute()
	if err != nil {
		return err
	}
	var rows []feedbackMonthRow
	if err := txApp.DB().NewQuery("SELECT id, service, region, month, people FROM insight_feedback_months").All(&rows); err != nil {
		return err
	}
	ids, err := jsonOf(publishedIds(rows, currentMonth, minGroupSize))
	if err != nil {
		return err
	}
	_, err = txApp.DB().NewQuery(`UPDATE insight_feedback_months SET published = TRUE
		WHERE id IN (SELECT value FROM json_each({:ids}))`).Bind(dbx.Params{"ids": ids}).Execute()
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

// aliased joins each SQL value with its column name as alias.
func aliased(values, columns []string) string {
	out := make([]string, len(values))
	for i := range values {
		out[i] = values[i] + " AS " + columns[i]
	}
	return strings.Join(out, ", ")
}

// jsonOf encodes v for a json_each parameter.
func jsonOf(v any) (string, error) {
	raw, err := json.Marshal(v)
	return string(raw), err
}
