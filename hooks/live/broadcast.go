package live

import (
	"encoding/json"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/picker"
	"github.com/pocketbase/pocketbase/tools/search"
	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// recordEvent is the data of a record event, as PocketBase sends it and the
// SDK reads it.
type recordEvent struct {
	Action string `json:"action"`
	Record any    `json:"record"`
}

// recordBroadcast is a record event for every client subscribed to the
// record or its collection, as PocketBase's own broadcast sends it (the
// same topics, rules and message), but with the rule checked and the
// message encoded once per group of subscriptions that must get the same
// answer: the same auth record (or none), the same topic kind and the same
// options. When the rule lets everyone see the record (openToAll), the auth
// record no longer changes the answer, and every subscriber who is not a
// superuser and expands nothing shares one group: a public idea costs one
// check and one encoding however many people watch it. The record is
// loaded when the first subscriber needs it: nobody watching costs no read.
type recordBroadcast struct {
	hub        *Hub
	action     string
	collection *core.Collection
	id         string
	record     *core.Record // nil until loaded, and when deleted meanwhile
	loaded     bool
	// topics are the record's (view rule: true) and its collection's (list
	// rule: false), by name and by id; PocketBase still serves the bare
	// collection topic.
	topics  map[string]bool
	rules   map[bool]*string
	open    map[bool]bool    // rule kind → everyone may see the record
	answers map[group][]byte // encoded event, nil when denied
}

func (h *Hub) newRecordBroadcast(action string, collection *core.Collection, id string) *recordBroadcast {
	return &recordBroadcast{
		hub:        h,
		action:     action,
		collection: collection,
		id:         id,
		topics: map[string]bool{
			collection.Name + "/" + id: true, collection.Id + "/" + id: true,
			collection.Name + "/*": false, collection.Id + "/*": false,
			collection.Name: false, collection.Id: false,
		},
		rules:   map[bool]*string{true: collection.ViewRule, false: collection.ListRule},
		open:    map[bool]bool{},
		answers: map[group][]byte{},
	}
}

// appendEvents appends the events that client, with subs, may receive.
func (b *recordBroadcast) appendEvents(messages []subscriptions.Message, client subscriptions.Client,
	subs map[string]subscriptions.SubscriptionOptions) []subscriptions.Message {
	var auth *core.Record
	authKnown := false
	for sub, options := range subs {
		topic, _, _ := strings.Cut(sub, "?")
		view, ok := b.topics[topic]
		if !ok {
			continue
		}
		if !b.load() {
			return messages // deleted meanwhile: its delete event says so
		}
		if !authKnown {
			auth, _ = client.Get(apis.RealtimeClientAuthKey).(*core.Record)
			authKnown = true
		}
		everyone, known := b.open[view]
		if !known {
			everyone = b.hub.openToAll(b.record, b.rules[view])
			b.open[view] = everyone
		}
		key := groupOf(view, auth, options, everyone)
		data, known := b.answers[key]
		if !known {
			data = b.hub.eventFor(b.action, b.record, b.rules[view], auth, options)
			b.answers[key] = data
		}
		if data != nil {
			messages = append(messages, subscriptions.Message{Name: sub, Data: data})
		}
	}
	return messages
}

// load reads the record once, and reports whether it still exists.
func (b *recordBroadcast) load() bool {
	if !b.loaded {
		b.loaded = true
		b.record, _ = b.hub.app.FindRecordById(b.collection, b.id)
	}
	return b.record != nil
}

// openToAll reports whether rule lets every request see record, whoever is
// signed in: the rule is empty, or one of its alternatives that do not
// depend on the request holds (openParts).
func (h *Hub) openToAll(record *core.Record, rule *string) bool {
	if rule == nil {
		return false
	}
	if *rule == "" {
		return true
	}
	open := openParts(*rule)
	if open == "" {
		return false
	}
	anyone := &core.RequestInfo{Context: core.RequestInfoContextRealtime, Method: "GET"}
	ok, _ := h.app.CanAccessRecord(record, anyone, &open)
	return ok
}

// group names the subscriptions that get the same event: the rule (view or
// list), the auth record, and the options (filter, fields, expand, headers),
// which may all change the answer.
type group struct {
	view           bool
	authCollection string
	authId         string
	options        string // encoded; "" without options
}

// groupOf is the group of a subscription. When everyone may see the record,
// the auth record matters only to a superuser (hidden fields) and to an
// expand (the related records' own rules).
func groupOf(view bool, auth *core.Record, options subscriptions.SubscriptionOptions, everyone bool) group {
	key := group{view: view}
	if auth != nil && (!everyone || auth.IsSuperuser() || options.Query["expand"] != "") {
		key.authCollection, key.authId = auth.Collection().Id, auth.Id
	}
	if len(options.Query) > 0 || len(options.Headers) > 0 {
		raw, _ := json.Marshal(options) // maps are encoded with sorted keys
		key.options = string(raw)
	}
	return key
}

// eventFor is the encoded event that one group may receive, or nil.
func (h *Hub) eventFor(action string, record *core.Record, rule *string, auth *core.Record,
	options subscriptions.SubscriptionOptions) []byte {
	request := &core.RequestInfo{
		Context: core.RequestInfoContextRealtime,
		Method:  "GET",
		Query:   options.Query,
		Headers: options.Headers,
		Auth:    auth,
	}
	if !h.mayReceive(record, request, rule) {
		return nil
	}
	clean := record.Fresh()
	if request.HasSuperuserAuth() {
		clean.Unhide(record.Collection().Fields.FieldNames()...)
	}
	enrich := &core.RecordEnrichEvent{App: h.app, RequestInfo: request}
	enrich.Record = clean
	enriched := h.app.OnRecordEnrich().Trigger(enrich,
		func(e *core.RecordEnrichEvent) error {
			if expand := options.Query["expand"]; expand != "" {
				h.app.ExpandRecord(clean, strings.Split(expand, ","), h.expandFetch(request))
			}
			return nil
		})
	if enriched != nil {
		return nil
	}
	event := recordEvent{Action: action, Record: clean}
	if fields := options.Query["fields"]; fields != "" {
		if picked, err := picker.Pick(clean, fields); err == nil {
			event.Record = picked
		}
	}
	data, err := json.Marshal(event)
	if err != nil {
		return nil
	}
	return data
}

// mayReceive applies the collection's rule and the subscription's own
// filter, as PocketBase does for each subscriber.
func (h *Hub) mayReceive(record *core.Record, request *core.RequestInfo, rule *string) bool {
	if ok, _ := h.app.CanAccessRecord(record, request, rule); !ok {
		return false
	}
	filter := request.Query[search.FilterQueryParam]
	if filter == "" {
		return true
	}
	// PocketBase lets only superusers filter by @collection and @request
	// fields here; this check is stricter and refuses any such name.
	if !request.HasSuperuserAuth() && strings.Contains(filter, "@") {
		return false
	}
	query := h.app.ConcurrentDB().Select("(1)").From(record.Collection().Name).
		AndWhere(dbx.HashExp{record.Collection().Name + ".id": record.Id})
	resolver := core.NewRecordFieldResolver(h.app, record.Collection(), request, false)
	expr, err := search.FilterData(filter).BuildExpr(resolver)
	if err != nil {
		return false
	}
	query.AndWhere(expr)
	if err := resolver.UpdateQuery(query); err != nil {
		return false
	}
	var exists int
	return query.Limit(1).Row(&exists) == nil && exists > 0
}

// expandFetch loads related records for an expand, each only if the group
// may view it under its collection's view rule.
func (h *Hub) expandFetch(request *core.RequestInfo) core.ExpandFetchFunc {
	expandRequest := *request
	expandRequest.Context = core.RequestInfoContextExpand
	return func(relCollection *core.Collection, relIds []string) ([]*core.Record, error) {
		return h.app.FindRecordsByIds(relCollection.Id, relIds, func(q *dbx.SelectQuery) error {
			if expandRequest.HasSuperuserAuth() {
				return nil
			}
			if relCollection.ViewRule == nil {
				q.AndWhere(dbx.NewExp("1 = 0"))
				return nil
			}
			if *relCollection.ViewRule == "" {
				return nil
			}
			resolver := core.NewRecordFieldResolver(h.app, relCollection, &expandRequest, true)
			expr, err := search.FilterData(*relCollection.ViewRule).BuildExpr(resolver)
			if err != nil {
				return err
			}
			q.AndWhere(expr)
			return resolver.UpdateQuery(q)
		})
	}
}
