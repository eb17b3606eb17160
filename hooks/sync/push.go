package sync

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"net/http"
	"slices"

	"github.com/google/uuid"
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/i18n"
	"github.com/mitwirken/mitwirken/hooks/metrics"
	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

const (
	pushMaxMutations       = 100
	pushMaxPerMinute       = 600
	pushMaxBodyBytes       = 256 << 10
	journalTimestampFormat = "2006-01-02 15:04:05.000Z"
)

// pushRequest is the body of POST /api/sync/push (docs/sync.md).
type pushRequest struct {
	Device    string     `json:"device" validate:"required,uuid"`
	Mutations []mutation `json:"mutations" validate:"required,min=1,max=100,dive"`
}

// mutation is one queued action of a device.
type mutation struct {
	Id   string          `json:"id" validate:"required,uuid"`
	Seq  int64           `json:"seq" validate:"gte=0"`
	Type string          `json:"type" validate:"required,mutation_kind"`
	Args json.RawMessage `json:"args" validate:"required"`
}

// mutationResult is the server's answer to one mutation.
type mutationResult struct {
	Id       string          `json:"id"`
	Seq      int64           `json:"seq"`
	Status   string          `json:"status"` // applied | duplicate | rejected | conflict
	Code     string          `json:"code,omitempty"`
	Message  string          `json:"message,omitempty"`
	Data     map[string]any  `json:"data,omitempty"`
	Record   any             `json:"record,omitempty"`
	Original *mutationResult `json:"original,omitempty"`
}

var (
	errRejected = errors.New("mutation rejected")
)

func registerSyncPush(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.POST("/api/sync/push", push).
			Bind(apis.RequireAuth("users"), apis.BodyLimit(pushMaxBodyBytes))
		return se.Next()
	})
}

// decodePush reads and validates a push body. It never panics, whatever the input.
func decodePush(body []byte) (pushRequest, validation.Errors) {
	var req pushRequest
	decoder := json.NewDecoder(bytes.NewReader(body))
	err := decoder.Decode(&req)
	if err == nil {
		// One JSON value and nothing after it: what follows would be read by
		// no one, so a body with more is not the push the device meant.
		if _, next := decoder.Token(); next != io.EOF {
			err = errors.New("data after the push")
		}
	}
	if err != nil {
		return req, validation.Errors{"body": validation.NewError("validation_invalid_json", "The body is not valid JSON for a push.")}
	}
	if errs := domain.ValidateStruct(req); errs != nil {
		return req, errs
	}
	// Canonical ids: a device that sends upper case must not get a second
	// journal entry for the same mutation.
	req.Device = canonicalUUID(req.Device)
	ids := map[string]bool{}
	for i := range req.Mutations {
		req.Mutations[i].Id = canonicalUUID(req.Mutations[i].Id)
		m := req.Mutations[i]
		if ids[m.Id] {
			return req, validation.Errors{"mutations": validation.NewError("sync_duplicate_mutation_id",
				"Mutation {{.index}} repeats an id of this push.").SetParams(map[string]any{"index": i})}
		}
		ids[m.Id] = true
	}
	return req, nil
}

// canonicalUUID writes a validated UUID in lower case.
func canonicalUUID(s string) string {
	if id, err := uuid.Parse(s); err == nil {
		return id.String()
	}
	return s
}

func push(e *core.RequestEvent) error {
	body, err := readBody(e)
	if err != nil {
		return err
	}
	req, errs := decodePush(body)
	if errs != nil {
		return e.BadRequestError("Invalid push.", errs)
	}
	quota := pushQuotaOf(e.App)
	admitted, err := quota.reserve(e.App, e.Auth.Id, len(req.Mutations))
	if err != nil {
		return err
	}
	if !admitted {
		// Nothing of this push is applied; the device keeps it queued and retries.
		metrics.SyncRateLimited(e.App)
		e.Response.Header().Set("Retry-After", "60")
		return apis.NewTooManyRequestsError("Too many changes in one minute; try again shortly.",
			validation.Errors{"mutations": validation.NewError("sync_rate_limited", "Too many changes in one minute; try again shortly.")})
	}

	// Apply in the device's order; a gap in seq is a discarded mutation.
	slices.SortStableFunc(req.Mutations, func(a, b mutation) int { return int(a.Seq - b.Seq) })
	prior, err := journal(e.App, req.Mutations)
	if err != nil {
		return err
	}
	english := i18n.PrefersEnglish(e.Request.Header.Get("Accept-Language"))
	results, grouped := pushGroup(e, req.Device, req.Mutations, prior)
	if !grouped {
		results = results[:0]
		for _, m := range req.Mutations {
			r, err := pushOne(e, req.Device, m, prior)
			if err != nil {
				// 500, not 400: nothing of this mutation is stored, so the device must retry;
				// what was applied before comes back as duplicate.
				return e.InternalServerError("", err)
			}
			results = append(results, r)
		}
	}
	for i, m := range req.Mutations {
		metrics.SyncMutation(e.App, m.Type, results[i].Status)
		translateResult(&results[i], english)
	}
	return e.JSON(http.StatusOK, map[string]any{"results": results})
}

func readBody(e *core.RequestEvent) ([]byte, error) {
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(e.Request.Body); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// pushOne applies one mutation exactly once: the effect and its journal entry
// commit together; a replay finds the journal entry and changes nothing.
func pushOne(e *core.RequestEvent, device string, m mutation, prior map[string]journalEntry) (mutationResult, error) {
	if entry, found := prior[m.Id]; found {
		return replayed(e, m, entry), nil
	}
	var r mutationResult
	err := e.App.RunInTransaction(func(txApp core.App) error {
		r = applyMutation(txApp, e, m)
		if r.Status == "rejected" {
			return errRejected
		}
		return saveJournal(txApp, e.Auth.Id, device, m, r)
	})
	if errors.Is(err, errRejected) {
		// The effect is rolled back; the rejection is journaled on its own, so a replay answers the same.
		err = saveJournal(e.App, e.Auth.Id, device, m, r)
	}
	if err != nil {
		// The journal's primary key refuses a second entry: another push (a
		// second tab) took this mutation first, and its effect stands alone.
		if entries, lookupErr := journal(e.App, []mutation{m}); lookupErr == nil && entries[m.Id].Status != "" {
			return replayed(e, m, entries[m.Id]), nil
		}
	}
	return r, err
}

type journalEntry struct {
	Id     string `db:"id"`
	User   string `db:"user"`
	Status string `db:"status"`
	Result string `db:"result"`
}

// journal finds the mutations that were processed before, by id.
func journal(app core.App, mutations []mutation) (map[string]journalEntry, error) {
	ids := make([]any, len(mutations))
	for i, m := range mutations {
		ids[i] = m.Id
	}
	var entries []journalEntry
	err := app.DB().Select("id", "user", "status", "result").From("sync_mutations").Where(dbx.In("id", ids...)).All(&entries)
	found := make(map[string]journalEntry, len(entries))
	for _, entry := range entries {
		found[entry.Id] = entry
	}
	return found, err
}

// saveJournal records a mutation with its result. Its row and its effect
// commit together, so a second tab never finds one without the other.
func saveJournal(app core.App, user, device string, m mutation, r mutationResult) error {
	raw, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = preparedQuery(app, "INSERT INTO sync_mutations (id, user, device, seq, type, status, result) "+
		"VALUES ({:id}, {:user}, {:device}, {:seq}, {:type}, {:status}, {:result})").
		Bind(dbx.Params{"id": m.Id, "user": user, "device": device, "seq": m.Seq, "type": m.Type, "status": r.Status,
			"result": string(raw)}).Execute()
	return err
}

// replayed answers a mutation id that was processed before.
func replayed(e *core.RequestEvent, m mutation, prior journalEntry) mutationResult {
	if prior.User != e.Auth.Id {
		return rejection(m, "sync_mutation_id_taken", "This mutation id is already used.", nil)
	}
	var original mutationResult
	_ = json.Unmarshal([]byte(prior.Result), &original)
	return mutationResult{Id: m.Id, Seq: m.Seq, Status: "duplicate", Original: &original}
}

func rejection(m mutation, code, message string, data map[string]any) mutationResult {
	return mutationResult{Id: m.Id, Seq: m.Seq, Status: "rejected", Code: code, Message: message, Data: data}
}

// translateResult renders the messages of a result in the request's language.
func translateResult(r *mutationResult, english bool) {
	if r.Original != nil {
		translateResult(r.Original, english)
	}
	if r.Code == "" {
		return
	}
	summary := map[string]any{"code": r.Code, "message": r.Message}
	// The summary repeats the first field error (see saveFailure); its message needs that error's params.
	for _, field := range slices.Sorted(maps.Keys(r.Data)) {
		if item, ok := r.Data[field].(map[string]any); ok && item["code"] == r.Code {
			summary["params"] = item["params"]
			break
		}
	}
	wrapper := map[string]any{"_": summary}
	i18n.TranslateData(wrapper, english)
	r.Message = wrapper["_"].(map[string]any)["message"].(string)
	i18n.TranslateData(r.Data, english)
}
