package themes

import (
	"encoding/json"
	"net/http"

	"github.com/mitwirken/mitwirken/migrations"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// listThemes answers GET /api/insight/themes?region={district} with the
// stored themes of the district, to those InsightReadersOf allows.
func listThemes(e *core.RequestEvent, cfg Config) error {
	regionId := e.Request.URL.Query().Get("region")
	if regionId == "" {
		return e.BadRequestError("", validation.Errors{"region": validation.NewError(
			"validation_required", "Cannot be blank.")})
	}
	region, err := e.App.FindRecordById("regions", regionId)
	if err != nil {
		return e.BadRequestError("", validation.Errors{"region": validation.NewError(
			"validation_missing_rel_records", "The region does not exist.")})
	}
	if region.GetString("parent") != "" {
		return e.BadRequestError("", validation.Errors{"region": validation.NewError(
			"themes_region_not_district", "Themes are found per district; name the district.")})
	}
	info, err := e.RequestInfo()
	if err != nil {
		return err
	}
	readers := migrations.InsightReadersOf("id")
	if ok, err := e.App.CanAccessRecord(region, info, &readers); err != nil || !ok {
		return e.ForbiddenError("", nil)
	}
	records, err := e.App.FindRecordsByFilter("themes", "region = {:region}", "rank", 0, 0, map[string]any{"region": region.Id})
	if err != nil {
		return err
	}
	items := make([]json.RawMessage, len(records))
	for i, record := range records {
		items[i] = json.RawMessage(record.GetString("figures"))
	}
	return e.JSON(http.StatusOK, map[string]any{"region": region.Id, "minGroupSize": cfg.MinGroupSize, "items": items})
}
