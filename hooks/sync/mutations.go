package sync

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"slices"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// The args of each mutation type. Field bounds repeat the schema's so that a
// device learns of a mistake without a database round trip; the schema and
// the collection rules still decide.
type (
	ideaCreateArgs struct {
		Id      string `json:"id" validate:"required,uuid"`
		Title   string `json:"title" validate:"required,min=5,max=140"`
		Body    string `json:"body" validate:"required,min=10,max=5000"`
		Region  string `json:"region" validate:"required,max=36"`
		Service string `json:"service" validate:"max=36"`
		Topic   string `json:"topic" validate:"max=40"`
		entryArgs
	}
	ideaUpdateArgs struct {
		Id          string  `json:"id" validate:"required,min=15,max=36"`
		BaseUpdated string  `json:"base_updated" validate:"max=40"`
		Title       *string `json:"title" validate:"omitempty,min=5,max=140"`
		Body        *string `json:"body" validate:"omitempty,min=10,max=5000"`
		Service     *string `json:"service" validate:"omitempty,max=36"`
		Topic       *string `json:"topic" validate:"omitempty,max=40"`
	}
	feedbackCreateArgs struct {
		Id       string   `json:"id" validate:"required,uuid"`
		Service  string   `json:"service" validate:"required,max=36"`
		Region   string   `json:"region" validate:"required,max=36"`
		Rating   int      `json:"rating" validate:"required,min=1,max=5"`
		Text     string   `json:"text" validate:"max=2000"`
		Barriers []string `json:"barriers" validate:"max=7,dive,oneof=screenreader complicated in_person mobile language magnification other"`
		// BarrierOther says what the "other" barrier was.
		BarrierOther string `json:"barrier_other" validate:"max=200"`
		entryArgs
	}
	commentCreateArgs struct {
		Id   string `json:"id" validate:"required,uuid"`
		Idea string `json:"idea" validate:"required,max=36"`
		Body string `json:"body" validate:"required,min=1,max=2000"`
	}
	voteCastArgs struct {
		Id   string `json:"id" validate:"required,uuid"`
		Idea string `json:"idea" validate:"required,max=36"`
	}
	voteRetractArgs struct {
		Idea string `json:"idea" validate:"required,max=36"`
	}
	reportCreateArgs struct {
		Id      string `json:"id" validate:"required,uuid"`
		Idea    string `json:"idea" validate:"required_without=Comment,max=36"`
		Comment string `json:"comment" validate:"max=36"`
		Reason  string `json:"reason" validate:"required,oneof=spam offensive personal_data off_topic other"`
		Note    string `json:"note" validate:"max=500"`
	}
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

// applyMutation performs one mutation inside txApp with exactly the authority of the
// REST API: the same collection rules, validations and hooks.
func applyMutation(txApp core.App, e *core.RequestEvent, m mutation) mutationResult {
	me := e.Auth.Id
	switch m.Type {
	case "idea.create":
		var a ideaCreateArgs
		if errs := decodeArgs(m.Args, &a); errs != nil {
			return invalid(m, errs)
		}
		return createRecord(txApp, e, m, "ideas", a.Id, a.owner(map[string]any{"title": a.Title, "body": a.Body, "region": a.Region,
			"service": a.Service, "topic": a.Topic}, me, "author"))
	case "feedback.create":
		var a feedbackCreateArgs
		if errs := decodeArgs(m.Args, &a); errs != nil {
			return invalid(m, errs)
		}
		return createRecord(txApp, e, m, "feedback", a.Id, a.owner(map[string]any{"service": a.Service, "region": a.Region,
			"rating": a.Rating, "text": a.Text, "barriers": a.Barriers, "barrier_other": a.BarrierOther}, me, "author"))
	case "comment.create":
		var a commentCreateArgs
		if errs := decodeArgs(m.Args, &a); errs != nil {
			return invalid(m, errs)
		}
		return createRecord(txApp, e, m, "comments", a.Id, map[string]any{"idea": a.Idea, "body": a.Body, "author": me})
	case "report.create":
		var a reportCreateArgs
		if errs := decodeArgs(m.Args, &a); errs != nil {
			return invalid(m, errs)
		}
		return createRecord(txApp, e, m, "reports", a.Id, map[string]any{"idea": a.Idea, "comment": a.Comment,
			"reason": a.Reason, "note": a.Note, "reporter": me})
	case "vote.cast":
		var a voteCastArgs
		if errs := decodeArgs(m.Args, &a); errs != nil {
			return invalid(m, errs)
		}
		if existing, err := txApp.FindFirstRecordByFilter("votes", "user = {:me} && idea = {:idea}",
			dbx.Params{"me": me, "idea": a.Idea}); err == nil {
			return conflict(e, m, "vote_exists", "You have already voted for this idea.", existing)
		}
		return createRecord(txApp, e, m, "votes", a.Id, map[string]any{"idea": a.Idea, "user": me})
	case "vote.retract":
		var a voteRetractArgs
		if errs := decodeArgs(m.Args, &a); errs != nil {
			return invalid(m, errs)
		}
		return retractVote(txApp, e, m, a.Idea)
	case "idea.update":
		var a ideaUpdateArgs
		if errs := decodeArgs(m.Args, &a); errs != nil {
			return invalid(m, errs)
		}
		return updateIdea(txApp, e, m, a)
	}
	return rejection(m, "validation_invalid_value", "Unknown mutation type.", nil)
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

func updateIdea(txApp core.App, e *core.RequestEvent, m mutation, a ideaUpdateArgs) mutationResult {
	idea, err := txApp.FindRecordById("ideas", a.Id)
	if err != nil {
		return rejection(m, "sync_not_found", "The record was not found.", nil)
	}
	body := map[string]any{}
	for field, value := range map[string]*string{"title": a.Title, "body": a.Body, "service": a.Service, "topic": a.Topic} {
		if value != nil {
			body[field] = *value
		}
	}
	// The update rule alone decides. Its refusal of the person's own idea
	// means the idea moved on (it was published meanwhile): the device gets
	// the server's record to settle on. Anyone else's idea is not theirs to
	// find.
	if ok, err := txApp.CanAccessRecord(idea, requestWithBody(e, body), idea.Collection().UpdateRule); !ok || err != nil {
		if err == nil && domain.IsOwnedBy(idea, e.Auth.Id) {
			return conflict(e, m, "idea_changed", "The idea was changed on the server meanwhile.", idea)
		}
		return rejection(m, "sync_not_found", "The record was not found.", nil)
	}
	if a.BaseUpdated != "" && a.BaseUpdated != idea.GetString("updated") {
		return conflict(e, m, "idea_changed", "The idea was changed on the server meanwhile.", idea)
	}
	idea.Load(body)
	if err := txApp.Save(idea); err != nil {
		return saveFailure(m, err)
	}
	return applied(e, m, idea)
}

func retractVote(txApp core.App, e *core.RequestEvent, m mutation, idea string) mutationResult {
	vote, err := txApp.FindFirstRecordByFilter("votes", "user = {:me} && idea = {:idea}", dbx.Params{"me": e.Auth.Id, "idea": idea})
	if err != nil {
		return mutationResult{Id: m.Id, Seq: m.Seq, Status: "applied"} // nothing to retract: the wanted state holds
	}
	if ok, err := txApp.CanAccessRecord(vote, requestWithBody(e, nil), vote.Collection().DeleteRule); !ok || err != nil {
		return forbidden(m)
	}
	if err := txApp.Delete(vote); err != nil {
		return saveFailure(m, err)
	}
	return mutationResult{Id: m.Id, Seq: m.Seq, Status: "applied"}
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
