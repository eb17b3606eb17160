package sync

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"slices"

	"github.com/mitwirken/mitwirken/hooks/domain"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// entryArgs are set when a Verband member enters a contribution for someone
// who is not online (assisted) or from a paper form.
type entryArgs struct {
	Channel      string `json:"channel" validate:"omitempty,oneof=app assisted paper"`
	Organization string `json:"organization" validate:"max=36"`
	Consent      bool   `json:"consent"`
}

// owner completes a create body: in the person's own name, or, for an
// assisted or paper entry, as entered by them for the organization. Fields
// left out stay out, so the create rule sees the body a REST client would send.
func (a entryArgs) owner(body map[string]any, me string, ownerField string) map[string]any {
	if a.Channel == "" || a.Channel == "app" {
		body[ownerField] = me
		if a.Channel != "" {
			body["channel"] = a.Channel
		}
		return body
	}
	body["channel"], body["entered_by"], body["consent"] = a.Channel, me, a.Consent
	if a.Organization != "" {
		body["organization"] = a.Organization
	}
	return body
}

// decodeArgs reads a mutation's args strictly: unknown fields are an error,
// so a device cannot smuggle in fields such as a status or an author.
func decodeArgs(raw json.RawMessage, into any) validation.Errors {
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(into); err != nil {
		return validation.Errors{"args": validation.NewError("validation_invalid_value", "The args do not fit the mutation type.")}
	}
	return domain.ValidateStruct(into)
}

// createRecord checks a new record with a client-chosen id against the collection's
// create rule, as the REST API does before it saves, and then saves it.
func createRecord(txApp core.App, e *core.RequestEvent, m mutation, collectionName, id string, body map[string]any) mutationResult {
	collection, err := txApp.FindCachedCollectionByNameOrId(collectionName)
	if err != nil {
		return saveFailure(m, err)
	}
	record := core.NewRecord(collection)
	record.Id = id
	record.Load(body)
	if ok, err := createRuleAllows(txApp, record, requestWithBody(e, body)); !ok || err != nil {
		return forbidden(m)
	}
	if err := txApp.Save(record); err != nil {
		return saveFailure(m, err)
	}
	return applied(e, m, record)
}

// requestWithBody is the push request's info as a REST request with this body would have it.
func requestWithBody(e *core.RequestEvent, body map[string]any) *core.RequestInfo {
	info, _ := e.RequestInfo()
	clone := *info
	clone.Body = body
	if clone.Body == nil {
		clone.Body = map[string]any{}
	}
	return &clone
}

func applied(e *core.RequestEvent, m mutation, record *core.Record) mutationResult {
	_ = apis.EnrichRecord(e, record)
	return mutationResult{Id: m.Id, Seq: m.Seq, Status: "applied", Record: record}
}

func conflict(e *core.RequestEvent, m mutation, code, message string, current *core.Record) mutationResult {
	_ = apis.EnrichRecord(e, current)
	return mutationResult{Id: m.Id, Seq: m.Seq, Status: "conflict", Code: code, Message: message, Record: current}
}

func forbidden(m mutation) mutationResult {
	return rejection(m, "sync_forbidden", "The authorized record is not allowed to perform this action.", nil)
}

func invalid(m mutation, errs validation.Errors) mutationResult {
	return saveFailure(m, errs)
}

// saveFailure turns a validation or hook error into a rejection in PocketBase's error shape.
func saveFailure(m mutation, err error) mutationResult {
	data := map[string]any{}
	var errs validation.Errors
	if errors.As(err, &errs) {
		raw, _ := json.Marshal(router.NewBadRequestError("", errs).Data)
		_ = json.Unmarshal(raw, &data)
	}
	code, message := "validation_failed", "The change could not be saved."
	fields := slices.Sorted(maps.Keys(data))
	if len(fields) > 0 {
		if item, ok := data[fields[0]].(map[string]any); ok {
			code, _ = item["code"].(string)
			message, _ = item["message"].(string)
		}
	}
	return rejection(m, code, message, data)
}
