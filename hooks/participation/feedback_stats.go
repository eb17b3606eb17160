package participation

import (
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// feedbackCounters names the counter fields of a feedback_stats row, in the
// order of the migration that created them.
var feedbackCounters = func() []string {
	names := []string{"count", "rating_sum"}
	for rating := 1; rating <= 5; rating++ {
		names = append(names, ratingCounter(rating))
	}
	for _, barrier := range migrations.Barriers {
		names = append(names, barrierCounter(barrier))
	}
	return names
}()

func ratingCounter(rating int) string      { return "rating_" + strconv.Itoa(rating) }
func barrierCounter(barrier string) string { return "barrier_" + barrier }

// statsKey names the feedback_stats row of a service in a region.
type statsKey struct{ service, region string }

// tally holds counters of a feedback_stats row by field name; a missing
// counter is zero.
type tally map[string]int

// tallyOf is what a single feedback entry adds to the row of its service and region.
func tallyOf(feedback *core.Record) tally {
	rating := feedback.GetInt("rating")
	t := tally{"count": 1, "rating_sum": rating, ratingCounter(rating): 1}
	for _, barrier := range feedback.GetStringSlice("barriers") {
		t[barrierCounter(barrier)] = 1
	}
	return t
}

// sameStatsContribution reports whether an update leaves feedback_stats as it is.
func sameStatsContribution(before, after *core.Record) bool {
	return before.GetString("service") == after.GetString("service") &&
		before.GetString("region") == after.GetString("region") &&
		maps.Equal(tallyOf(before), tallyOf(after))
}

// countFeedback adds (sign 1) or removes (sign -1) one entry from the row of
// its service and region, and notes its contributor as pending publication.
// The rows are exact and readable by superusers only; the public sees
// feedback_summaries (feedback_summaries.go). A row that drops to zero
// entries is deleted: an empty row would only keep its region from being deleted.
func countFeedback(txApp core.App, feedback *core.Record, sign int) error {
	key := statsKey{feedback.GetString("service"), feedback.GetString("region")}
	row, err := findFeedbackStats(txApp, key)
	if err != nil {
		return err
	}
	counts := tally{}
	if row != nil {
		counts = storedTally(row)
	}
	for name, n := range tallyOf(feedback) {
		counts[name] += sign * n
	}
	return writeFeedbackStats(txApp, key, row, counts, contributorOf(feedback))
}

// contributorOf names the person behind an entry, as the SQL fragment
// migrations.FeedbackContributor does.
func contributorOf(feedback *core.Record) string {
	if author := feedback.GetString("author"); author != "" {
		return author
	}
	return feedback.Id
}

// findFeedbackStats returns the stats row of key, or nil if there is none.
func findFeedbackStats(app core.App, key statsKey) (*core.Record, error) {
	return findRowOf(app, "feedback_stats", key)
}

// findRowOf returns the row of key in collection (feedback_stats or
// feedback_summaries), or nil if there is none.
func findRowOf(app core.App, collection string, key statsKey) (*core.Record, error) {
	row := &core.Record{}
	err := app.RecordQuery(collection).
		AndWhere(dbx.HashExp{"service": key.service, "region": key.region}).
		Limit(1).
		One(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return row, nil
}

func storedTally(row *core.Record) tally {
	t := tally{}
	for _, name := range feedbackCounters {
		t[name] = row.GetInt(name)
	}
	return t
}

// writeFeedbackStats stores counts as the row of key, creating the row or
// deleting it when no entry is left. row is the current row or nil;
// contributor, if not empty, joins the row's pending contributors.
func writeFeedbackStats(txApp core.App, key statsKey, row *core.Record, counts tally, contributor string) error {
	if counts["count"] <= 0 {
		if row == nil {
			return nil
		}
		return txApp.Delete(row)
	}
	if row == nil {
		collection, err := txApp.FindCachedCollectionByNameOrId("feedback_stats")
		if err != nil {
			return err
		}
		row = core.NewRecord(collection)
		row.Set("service", key.service)
		row.Set("region", key.region)
	}
	for _, name := range feedbackCounters {
		row.Set(name, counts[name])
	}
	if pending := pendingOf(row); contributor != "" && !slices.Contains(pending, contributor) {
		row.Set("pending", append(pending, contributor))
	}
	// Without validation: when a service is deleted, its feedback is removed
	// by cascade after the service row is already gone.
	return txApp.SaveNoValidate(row)
}

// RecountFeedbackStats recomputes every feedback_stats row from the feedback
// table and returns how many rows it had to repair (created, corrected or
// deleted). The hooks keep the rows exact; this is the safety net for writes
// that bypassed them, such as raw SQL or a restore from backup.
func RecountFeedbackStats(app core.App) (repaired int, err error) {
	exact, err := exactFeedbackStats(app, nil)
	if err != nil {
		return 0, err
	}
	stored, err := app.FindAllRecords("feedback_stats")
	if err != nil {
		return 0, err
	}
	drifted := map[statsKey]bool{}
	for _, row := range stored {
		key := statsKey{row.GetString("service"), row.GetString("region")}
		if !maps.Equal(storedTally(row), exact[key]) {
			drifted[key] = true
		}
		delete(exact, key)
	}
	for key := range exact { // entries without a row
		drifted[key] = true
	}
	for key := range drifted {
		// Recount inside the transaction: feedback may have landed since the scan.
		err := app.RunInTransaction(func(txApp core.App) error {
			counts, err := exactFeedbackStats(txApp, &key)
			if err != nil {
				return err
			}
			row, err := findFeedbackStats(txApp, key)
			if err != nil {
				return err
			}
			txApp.Logger().Warn("feedback stats drift", "service", key.service, "region", key.region)
			return writeFeedbackStats(txApp, key, row, counts[key], "")
		})
		if err != nil {
			return repaired, err
		}
		repaired++
	}
	return repaired, nil
}

// exactFeedbackStats counts the feedback table, for one row if only is set.
// Every counter of feedbackCounters is present in each tally.
func exactFeedbackStats(app core.App, only *statsKey) (map[statsKey]tally, error) {
	sums := []string{"COUNT(*) AS [[count]]", "SUM(rating) AS [[rating_sum]]"}
	for rating := 1; rating <= 5; rating++ {
		sums = append(sums, fmt.Sprintf("SUM(rating = %d) AS [[%s]]", rating, ratingCounter(rating)))
	}
	for _, barrier := range migrations.Barriers {
		sums = append(sums, fmt.Sprintf("SUM(EXISTS (SELECT 1 FROM json_each(barriers) WHERE value = '%s')) AS [[%s]]",
			barrier, barrierCounter(barrier)))
	}
	where, params := "", dbx.Params{}
	if only != nil {
		where, params = "WHERE service = {:service} AND region = {:region}", dbx.Params{"service": only.service, "region": only.region}
	}
	var rows []dbx.NullStringMap
	err := app.DB().NewQuery(`SELECT service, region, ` + strings.Join(sums, ", ") +
		` FROM feedback ` + where + ` GROUP BY service, region`).Bind(params).All(&rows)
	if err != nil {
		return nil, err
	}
	result := make(map[statsKey]tally, len(rows))
	for _, row := range rows {
		t := tally{}
		for _, name := range feedbackCounters {
			n, err := strconv.Atoi(row[name].String)
			if err != nil {
				return nil, fmt.Errorf("feedback stats %s: %w", name, err)
			}
			t[name] = n
		}
		result[statsKey{row["service"].String, row["region"].String}] = t
	}
	return result, nil
}

// ForgetContributor replaces a deleted person's id among the pending
// contributors with a random stand-in: the batch still counts them as one
// person, and their id stays nowhere.
func ForgetContributor(txApp core.App, userId string) error {
	standIn := domain.NewPseudonym()
	_, err := txApp.DB().NewQuery(`UPDATE feedback_stats SET pending =
		(SELECT json_group_array(CASE WHEN value = {:id} THEN {:standIn} ELSE value END) FROM json_each(feedback_stats.pending))
		WHERE EXISTS (SELECT 1 FROM json_each(feedback_stats.pending) WHERE value = {:id})`).
		Bind(dbx.Params{"id": userId, "standIn": standIn}).Execute()
	return err
}
