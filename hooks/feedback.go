package hooks

import (
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// ReplacementWindow is how long a person's feedback on a service in a region
// stands: a newer entry within it replaces the older one, so that rating the
// same service again corrects an opinion instead of counting it twice.
const ReplacementWindow = 30 * 24 * time.Hour

// Feedback wraps a feedback record with the rule that decides which older
// entries a new one replaces. The rule is pure, so it is tested without a database.
type Feedback struct {
	*core.Record
}

// Replaces reports whether f, a new entry, replaces older: both come from the
// same person about the same service in the same region, and older is less
// than ReplacementWindow older than f. Entries without an author (entered
// assisted or from paper) never replace anything and are never replaced.
func (f Feedback) Replaces(older Feedback) bool {
	author := f.GetString("author")
	if author == "" || f.Id == older.Id {
		return false
	}
	return older.GetString("author") == author &&
		older.GetString("service") == f.GetString("service") &&
		older.GetString("region") == f.GetString("region") &&
		f.GetDateTime("created").Sub(older.GetDateTime("created")) < ReplacementWindow
}

// Feedback on a service is only taken where the service is offered; each
// entry replaces its author's recent one; and feedback_stats follows every
// create, replacement, change and delete in the same transaction.
func registerFeedback(app core.App) {
	app.OnRecordValidate("feedback").BindFunc(validateServiceOffered)
	app.OnRecordCreate("feedback").BindFunc(func(e *core.RecordEvent) error {
		return afterSave(e, func(txApp core.App) error {
			if err := countFeedback(txApp, e.Record, 1); err != nil {
				return err
			}
			return replaceOlderFeedback(txApp, Feedback{e.Record})
		})
	})
	app.OnRecordUpdate("feedback").BindFunc(func(e *core.RecordEvent) error {
		before := e.Record.Original()
		if sameStatsContribution(before, e.Record) {
			return e.Next()
		}
		return afterSave(e, func(txApp core.App) error {
			if err := countFeedback(txApp, before, -1); err != nil {
				return err
			}
			return countFeedback(txApp, e.Record, 1)
		})
	})
	app.OnRecordDelete("feedback").BindFunc(func(e *core.RecordEvent) error {
		return afterSave(e, func(txApp core.App) error {
			return countFeedback(txApp, e.Record, -1)
		})
	})
	registerFeedbackSummary(app)
	registerFeedbackDesk(app)
}

// validateServiceOffered refuses feedback on a service that the region, or
// the district it belongs to, does not offer. It runs after the field checks,
// so a missing service or region is reported on its own field first. An
// existing entry is checked again only when it is moved: a service that is
// withdrawn later does not make its old feedback invalid.
func validateServiceOffered(e *core.RecordEvent) error {
	if err := e.Next(); err != nil {
		return err
	}
	service, region := e.Record.GetString("service"), e.Record.GetString("region")
	if !e.Record.IsNew() {
		original := e.Record.Original()
		if original.GetString("service") == service && original.GetString("region") == region {
			return nil
		}
	}
	var offered bool
	err := e.App.DB().NewQuery(`
		SELECT EXISTS (
			SELECT 1 FROM services s
			JOIN regions r ON r.id = {:region}
			JOIN json_each(s.regions) AS offers ON offers.value = r.id OR offers.value = r.parent
			WHERE s.id = {:service})`).
		Bind(dbx.Params{"service": service, "region": region}).
		Row(&offered)
	if err != nil {
		return err
	}
	if !offered {
		return validation.Errors{"region": validation.NewError("feedback_service_not_offered",
			"This service is not offered online in this region.")}
	}
	return nil
}

// replaceOlderFeedback deletes the entries that the new one replaces. Each
// goes through the app, so feedback_stats and realtime subscribers follow.
func replaceOlderFeedback(txApp core.App, newer Feedback) error {
	if newer.GetString("author") == "" {
		return nil
	}
	candidates, err := txApp.FindAllRecords("feedback", dbx.HashExp{
		"author":  newer.GetString("author"),
		"service": newer.GetString("service"),
		"region":  newer.GetString("region"),
	})
	if err != nil {
		return err
	}
	for _, candidate := range candidates {
		if !newer.Replaces(Feedback{candidate}) {
			continue
		}
		if err := txApp.Delete(candidate); err != nil {
			return err
		}
	}
	return nil
}

// summaryParams are the query parameters of the summary route. A region id
// has the shape of the ids PocketBase generates.
type summaryParams struct {
	Region string `param:"region" validate:"required,len=15,alphanum,lowercase"`
}

// registerFeedbackSummary adds the public aggregate route. It reads the one
// stats row of the service and region, so it answers in constant time however
// much feedback there is.
func registerFeedbackSummary(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/services/{id}/feedback", func(e *core.RequestEvent) error {
			return serveFeedbackSummary(e)
		})
		return se.Next()
	})
}

func serveFeedbackSummary(e *core.RequestEvent) error {
	params := summaryParams{Region: e.Request.URL.Query().Get("region")}
	if errs := validateStruct(params); errs != nil {
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
	row, err := findFeedbackStats(e.App, key)
	if err != nil {
		return err
	}
	if row == nil {
		// No feedback there yet, or no such region: only now is it worth a look-up.
		if _, err := e.App.FindRecordById("regions", params.Region); err != nil {
			return e.BadRequestError("", validation.Errors{"region": validation.NewError(
				"validation_missing_rel_records", "The region does not exist.")})
		}
		return e.JSON(http.StatusOK, summarize(key, tally{}))
	}
	if !canView(e.App, info, row) {
		return e.ForbiddenError("", nil)
	}
	summary := summarize(key, storedTally(row))
	if summary.deskFigures, err = findDeskFigures(e.App, key, summary.Count, time.Now()); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, summary)
}

// canView applies the view rule of the record's collection, so that the route
// follows the same rules as the REST API.
func canView(app core.App, info *core.RequestInfo, record *core.Record) bool {
	ok, err := app.CanAccessRecord(record, info, record.Collection().ViewRule)
	return err == nil && ok
}
