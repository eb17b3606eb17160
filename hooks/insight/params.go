package insight

import (
	"regexp"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// recordId is the shape of the ids PocketBase generates.
var recordId = regexp.MustCompile(`^[a-z0-9]{15}$`)

// charts are the charts of a comparison, for the chart and CSV routes.
var chartNames = []string{"ratings", "trend", "barriers"}

// findNamed reads the id and name of the record of collection named by the
// query parameter, or says what is wrong with the parameter.
func findNamed(e *core.RequestEvent, collection, param string, errs validation.Errors) (Named, *core.Record) {
	id := e.Request.URL.Query().Get(param)
	switch {
	case id == "":
		errs[param] = validation.NewError("validation_required", "Cannot be blank.")
	case !recordId.MatchString(id):
		errs[param] = validation.NewError("validation_invalid_format", "Invalid value format.")
	default:
		record, err := e.App.FindRecordById(collection, id)
		if err != nil {
			errs[param] = validation.NewError("validation_missing_rel_records", "Failed to find all relation records with the provided ids.")
			return Named{}, nil
		}
		return Named{Id: record.Id, Name: record.GetString("name")}, record
	}
	return Named{}, nil
}

// compareParams reads service and region; the region must be a district
// (a Landkreis), whose municipalities are compared.
func compareParams(e *core.RequestEvent) (service, district Named, err error) {
	errs := validation.Errors{}
	service, _ = findNamed(e, "services", "service", errs)
	district, region := findNamed(e, "regions", "region", errs)
	if region != nil && region.GetString("kind") != "landkreis" {
		errs["region"] = validation.NewError("insight_region_not_district", "The region must be a district (Landkreis).")
	}
	if len(errs) > 0 {
		return service, district, e.BadRequestError("Invalid request.", errs)
	}
	return service, district, nil
}

// chartParam reads which chart of a comparison is asked for.
func chartParam(e *core.RequestEvent) (string, error) {
	chart := e.Request.URL.Query().Get("chart")
	for _, known := range chartNames {
		if chart == known {
			return chart, nil
		}
	}
	code, message := "validation_invalid_value", "Invalid value."
	if chart == "" {
		code, message = "validation_required", "Cannot be blank."
	}
	return "", e.BadRequestError("Invalid request.", validation.Errors{"chart": validation.NewError(code, message)})
}
