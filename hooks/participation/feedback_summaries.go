package participation

import (
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// A feedback summary is what the public sees of the feedback on a service in
// a region: the counters of feedback_stats, published only for a group of at
// least minGroupSize people and then only after at least minGroupSize of
// them have changed something since the last publication. Below the
// threshold there is no summary row at all, so that neither its figures nor
// a realtime event nor a timestamp reveals a single rating; and a watcher
// who compares two publications learns the sum of at least minGroupSize
// contributions, not one (docs/privacy-aggregates.md).

// publishFeedbackSummary brings the summary of key up to date with its
// stats row: it withdraws the summary while the group is below minGroupSize,
// and republishes it once minGroupSize people are pending. Otherwise the
// published figures stand, however the exact counters moved.
func publishFeedbackSummary(txApp core.App, key statsKey, minGroupSize int) error {
	stats, err := findFeedbackStats(txApp, key)
	if err != nil {
		return err
	}
	summary, err := findFeedbackSummary(txApp, key)
	if err != nil {
		return err
	}
	raters := 0
	if stats != nil {
		if raters, err = countRaters(txApp, key, minGroupSize); err != nil {
			return err
		}
	}
	switch {
	case raters < minGroupSize:
		if summary == nil {
			return nil
		}
		return txApp.Delete(summary)
	case len(pendingOf(stats)) < minGroupSize:
		return nil
	}
	if summary == nil {
		collection, err := txApp.FindCachedCollectionByNameOrId("feedback_summaries")
		if err != nil {
			return err
		}
		summary = core.NewRecord(collection)
		summary.Set("service", key.service)
		summary.Set("region", key.region)
	}
	counts := storedTally(stats)
	for _, name := range feedbackCounters[2:] { // the histogram and the barriers
		summary.Set(name, counts[name])
	}
	summary.Set("count", counts["count"])
	summary.Set("mean", math.Round(float64(counts["rating_sum"])/float64(counts["count"])*10)/10)
	// Without validation, as the stats row: a deleted service cascades.
	if err := txApp.SaveNoValidate(summary); err != nil {
		return err
	}
	stats.Set("pending", []string{})
	return txApp.SaveNoValidate(stats)
}

// PublishFeedbackSummaries runs publishFeedbackSummary for every group, and
// removes summaries whose group has no feedback left. The server runs it on
// start and nightly, so that a changed --minGroupSize, a restored backup or
// a repaired drift reaches the public without waiting for new feedback.
func PublishFeedbackSummaries(app core.App, minGroupSize int) error {
	var keys []statsKey
	for _, collection := range []string{"feedback_stats", "feedback_summaries"} {
		var rows []struct {
			Service string `db:"service"`
			Region  string `db:"region"`
		}
		if err := app.DB().Select("service", "region").From(collection).All(&rows); err != nil {
			return err
		}
		for _, row := range rows {
			keys = append(keys, statsKey{row.Service, row.Region})
		}
	}
	for _, key := range keys { // a key in both tables is simply done twice
		err := app.RunInTransaction(func(txApp core.App) error {
			return publishFeedbackSummary(txApp, key, minGroupSize)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// countRaters counts the distinct people behind the feedback of key, but
// stops at atMost: whether a group reaches the threshold is all that matters,
// and a write must not scan a city's thousands of entries.
func countRaters(app core.App, key statsKey, atMost int) (int, error) {
	var raters int
	err := app.DB().NewQuery(`SELECT COUNT(*) FROM (SELECT DISTINCT ` + migrations.FeedbackContributor + ` FROM feedback
		WHERE service = {:service} AND region = {:region} LIMIT {:atMost})`).
		Bind(dbx.Params{"service": key.service, "region": key.region, "atMost": atMost}).Row(&raters)
	return raters, err
}

// pendingOf returns the contributors whose entries changed since the last publication.
func pendingOf(stats *core.Record) []string {
	var pending []string
	if stats != nil {
		_ = stats.UnmarshalJSONField("pending", &pending) // empty or invalid: nobody pending
	}
	return pending
}

// findFeedbackSummary returns the published summary of key, or nil if there is none.
func findFeedbackSummary(app core.App, key statsKey) (*core.Record, error) {
	return findRowOf(app, "feedback_summaries", key)
}

// registerFeedbackSummaries publishes on start and nightly, after the
// recount, and adds the public route.
func registerFeedbackSummaries(app core.App, minGroupSize int) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		if err := PublishFeedbackSummaries(se.App, minGroupSize); err != nil {
			return err
		}
		se.Router.GET("/api/services/{id}/feedback", func(e *core.RequestEvent) error {
			return serveFeedbackSummary(e, minGroupSize)
		})
		return se.Next()
	})
	app.Cron().MustAdd("mitwirken_feedback_summaries", "23 3 * * *", func() {
		if _, err := RecountFeedbackStats(app); err != nil {
			app.Logger().Error("nightly feedback recount failed", "error", err)
		}
		if err := PublishFeedbackSummaries(app, minGroupSize); err != nil {
			app.Logger().Error("nightly feedback publication failed", "error", err)
		}
	})
}

// feedbackSummary is the answer of GET /api/services/{id}/feedback?region=.
// Below minGroupSize people every figure is null.
type feedbackSummary struct {
	Service      string         `json:"service"`
	Region       string         `json:"region"`
	MinGroupSize int            `json:"minGroupSize"`
	Count        *int           `json:"count"`
	Mean         *float64       `json:"mean"`
	Distribution map[string]int `json:"distribution"`
	Barriers     map[string]int `json:"barriers"`
	deskFigures
}

// summaryOf turns a published summary row, or nil, into the route's answer.
func summaryOf(key statsKey, minGroupSize int, row *core.Record) feedbackSummary {
	summary := feedbackSummary{Service: key.service, Region: key.region, MinGroupSize: minGroupSize}
	if row == nil {
		return summary
	}
	count, mean := row.GetInt("count"), row.GetFloat("mean")
	summary.Count, summary.Mean = &count, &mean
	summary.Distribution, summary.Barriers = map[string]int{}, map[string]int{}
	for rating := 1; rating <= 5; rating++ {
		summary.Distribution[strconv.Itoa(rating)] = row.GetInt(ratingCounter(rating))
	}
	for _, barrier := range migrations.Barriers {
		summary.Barriers[barrier] = row.GetInt(barrierCounter(barrier))
	}
	return summary
}

// summaryParams are the query parameters of the summary route. A region id
// has the shape of the ids PocketBase generates.
type summaryParams struct {
	Region string `param:"region" validate:"required,len=15,alphanum,lowercase"`
}

// serveFeedbackSummary reads the one summary row of the service and region,
// so it answers in constant time however much feedback there is.
func serveFeedbackSummary(e *core.RequestEvent, minGroupSize int) error {
	params := summaryParams{Region: e.Request.URL.Query().Get("region")}
	if errs := domain.ValidateStruct(params); errs != nil {
		return e.BadRequestError("", errs)
	}
	info, err := e.RequestInfo()
	if err != nil {
		return err
	}
	service, err := e.App.FindRecordById("services", e.Request.PathValue("id"))
	if err != nil || !canView(e.App, info, service) {
		return e.NotFoundError("", nil)
	}
	key := statsKey{service.Id, params.Region}
	row, err := findFeedbackSummary(e.App, key)
	if err != nil {
		return err
	}
	if row == nil {
		// Too few people there yet, or no such region: only now is it worth a look-up.
		if _, err := e.App.FindRecordById("regions", params.Region); err != nil {
			return e.BadRequestError("", validation.Errors{"region": validation.NewError(
				"validation_missing_rel_records", "The region does not exist.")})
		}
	} else if !canView(e.App, info, row) {
		return e.ForbiddenError("", nil)
	}
	summary := summaryOf(key, minGroupSize, row)
	if row != nil {
		if summary.deskFigures, err = findDeskFigures(e.App, key, time.Now()); err != nil {
			return err
		}
	}
	return e.JSON(http.StatusOK, summary)
}

// canView applies the view rule of the record's collection, so that the route
// follows the same rules as the REST API.
func canView(app core.App, info *core.RequestInfo, record *core.Record) bool {
	ok, err := app.CanAccessRecord(record, info, record.Collection().ViewRule)
	return err == nil && ok
}
