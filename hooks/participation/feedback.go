package participation

import (
	"time"

	"github.com/mitwirken/mitwirken/hooks/domain"
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
// create, replacement, change and delete in the same transaction, with the
// public summary republished or withdrawn as its group size demands.
func registerFeedback(app core.App, minGroupSize int) {
	publish := func(txApp core.App, feedback *core.Record) error {
		key := statsKey{feedback.GetString("service"), feedback.GetString("region")}
		return publishFeedbackSummary(txApp, key, minGroupSize)
	}
	app.OnRecordValidate("feedback").BindFunc(validateServiceOffered)
	app.OnRecordCreate("feedback").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			if err := countFeedback(txApp, e.Record, 1); err != nil {
				return err
			}
			if err := replaceOlderFeedback(txApp, Feedback{e.Record}); err != nil {
				return err
			}
			// Last, so that a replacement is published as one change.
			return publish(txApp, e.Record)
		})
	})
	app.OnRecordUpdate("feedback").BindFunc(func(e *core.RecordEvent) error {
		before := e.Record.Original()
		if sameStatsContribution(before, e.Record) {
			return e.Next()
		}
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			if err := countFeedback(txApp, before, -1); err != nil {
				return err
			}
			if err := countFeedback(txApp, e.Record, 1); err != nil {
				return err
			}
			if err := publish(txApp, before); err != nil {
				return err
			}
			return publish(txApp, e.Record)
		})
	})
	app.OnRecordDelete("feedback").BindFunc(func(e *core.RecordEvent) error {
		return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
			if err := countFeedback(txApp, e.Record, -1); err != nil {
				return err
			}
			return publish(txApp, e.Record)
		})
	})
	registerFeedbackSummaries(app, minGroupSize)
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
			JOIN json_each(s.regions) AS offers ON ` + domain.InRegionSQL("r.", "offers.value") + `
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
