package opendata

import (
	"regexp"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// filter narrows a distribution: to a region and its municipalities, and
// to the months from since on. Both are optional.
type filter struct {
	Region string
	Since  string // YYYY-MM
}

var (
	recordId = regexp.MustCompile(`^[a-z0-9]{15}$`)
	monthOf  = regexp.MustCompile(`^[0-9]{4}-(0[1-9]|1[0-2])$`)
)

// filterOf reads ?region= and ?since=, or answers which is wrong.
func filterOf(e *core.RequestEvent) (filter, error) {
	query := e.Request.URL.Query()
	f := filter{Region: query.Get("region"), Since: query.Get("since")}
	errs := validation.Errors{}
	switch {
	case f.Region == "":
	case !recordId.MatchString(f.Region):
		errs["region"] = validation.NewError("validation_invalid_format", "Invalid value format.")
	default:
		if _, err := e.App.FindRecordById("regions", f.Region); err != nil {
			errs["region"] = validation.NewError("validation_missing_rel_records", "Failed to find all relation records with the provided ids.")
		}
	}
	if f.Since != "" && !monthOf.MatchString(f.Since) {
		errs["since"] = validation.NewError("validation_invalid_format", "Invalid value format.")
	}
	if len(errs) > 0 {
		return f, e.BadRequestError("Invalid request.", errs)
	}
	return f, nil
}

// where is the SQL condition of the filter on the aggregate a joined with
// its region r; monthly says whether a has a month column.
func (f filter) where(monthly bool) (string, dbx.Params) {
	sql, params := "1 = 1", dbx.Params{}
	if f.Region != "" {
		sql += " AND (r.id = {:region} OR r.parent = {:region})"
		params["region"] = f.Region
	}
	if monthly && f.Since != "" {
		sql += " AND a.month >= {:since}"
		params["since"] = f.Since
	}
	return sql, params
}
