package sync

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Building a rule's query (PocketBase's BuildExpr with a field resolver)
// costs more than running it once its statement is prepared: the resolver
// walks every field and join of the rule for every record. A push of 50
// records built the same few queries 50 times, and every vote built its
// rule's query anew. Yet the records of one kind, and the people who send
// them, differ mostly in values that PocketBase binds as placeholders: the
// record's own columns, the non-empty texts of the request body and of the
// requester's fields that the rule names. So a rule's query is built once
// per shape, with marked stand-ins in those places, and each use binds its
// values where the marks came out. The shape is everything else the query
// depends on: the rule, the collections (a reload of them empties the
// cache), which keys the body has, which values are empty, and every value
// that is not a text.
//
// What a mark cannot show is a value PocketBase derives from it while
// building (a length, a lower-cased copy): rules that use such modifiers
// are built for each record (templateUnsafe, templateKey). The test suites run with
// VerifyRuleTemplates, which builds every query afresh as well and panics
// when the two differ, so each access table also checks the templates.

// slotMark begins a stand-in value: private-use characters that no
// request brings into a build.
const slotMark = "\uE000slot\uE000"

// templateUnsafe finds modifiers of the body's or the requester's values
// that PocketBase computes while building (":isset" depends only on which
// keys the body has, and they are part of the shape).
var templateUnsafe = regexp.MustCompile(`@request\.(?:body|auth)\.[\w.]+:(?:length|lower|each|changed)`)

// authField finds the requester's fields that a rule names.
var authField = regexp.MustCompile(`@request\.auth\.(\w+)`)

// requestPart finds what else of a request a rule may read.
var requestPart = regexp.MustCompile(`@request\.(?:query|headers|method|context)\b`)

// ruleTraits is what a push needs to know of a rule's text.
type ruleTraits struct {
	ownFields    map[string]bool // fieldsNamedIn: the columns of a create rule's stand-in row
	unsafe       bool            // templateUnsafe matches: never templated
	readsRequest bool            // requestPart matches
	authFields   []string        // the requester's fields it names, sorted, with id and without the collection's
}

// traitsByRule caches ruleTraits per rule text: a push asks for every record.
var traitsByRule sync.Map

func traitsOf(rule string) ruleTraits {
	if cached, ok := traitsByRule.Load(rule); ok {
		return cached.(ruleTraits)
	}
	named := map[string]bool{core.FieldNameId: true}
	for _, m := range authField.FindAllStringSubmatch(rule, -1) {
		named[m[1]] = true
	}
	delete(named, core.FieldNameCollectionId) // the collection is shape already
	delete(named, core.FieldNameCollectionName)
	traits := ruleTraits{
		ownFields:    fieldsNamedIn(rule),
		unsafe:       templateUnsafe.MatchString(rule),
		readsRequest: requestPart.MatchString(rule),
		authFields:   slices.Sorted(maps.Keys(named)),
	}
	traitsByRule.Store(rule, traits)
	return traits
}

// templateKey is the cache key of rule with the parts of its shape; "" for
// a rule that is never templated.
func templateKey(rule string, shape ...string) string {
	if traitsOf(rule).unsafe {
		return ""
	}
	return rule + "\x00" + strings.Join(shape, "\x00")
}

// verifyTemplates is set by VerifyRuleTemplates.
var verifyTemplates bool

// VerifyRuleTemplates makes every use of a rule template build the query
// afresh too and panic on a difference; for tests only.
func VerifyRuleTemplates() { verifyTemplates = true }

// ruleTemplate is a rule query built with marks in its slots.
type ruleTemplate struct {
	text   string
	params dbx.Params        // the built params; a slot's value is filled in per use
	slots  map[string]string // numbered param → the name of the value it takes
}

// newRuleTemplate reads a query built with slotMark+name for each of names;
// nil when a mark came out in the text or changed on the way.
func newRuleTemplate(text string, params dbx.Params, names map[string]any) *ruleTemplate {
	if strings.Contains(text, "\uE000") {
		return nil
	}
	t := &ruleTemplate{text: text, params: params, slots: map[string]string{}}
	for param, value := range params {
		s, ok := value.(string)
		if !ok || !strings.Contains(s, "\uE000") {
			continue
		}
		name, marked := strings.CutPrefix(s, slotMark)
		if _, known := names[name]; !marked || !known {
			return nil
		}
		t.slots[param] = name
	}
	return t
}

// fill returns the template's params with values in its slots.
func (t *ruleTemplate) fill(values map[string]any) dbx.Params {
	params := maps.Clone(t.params)
	for param, name := range t.slots {
		params[param] = values[name]
	}
	return params
}

// templatedRule returns the numbered text and params of the query that build
// makes for values (numbered as numberedRuleRow needs), built once per app
// and key. key is the shape (see above); "" builds for each use. When the
// query's placeholders are not all bound, query is build's own to run.
func templatedRule(app core.App, key string, values map[string]any, build func(values map[string]any) (*dbx.Query, error)) (text string, params dbx.Params, query *dbx.Query, err error) {
	fresh := func() (string, dbx.Params, *dbx.Query, error) { return buildNumbered(values, build) }
	if key == "" {
		return fresh()
	}
	cache, schema := templatesOf(app)
	cache.mu.Lock()
	t, known := cache.byKey[key]
	cache.mu.Unlock()
	if !known {
		if t, err = buildTemplate(values, build); err != nil {
			return "", nil, nil, err
		}
		cache.keep(key, t, schema)
	}
	if t == nil {
		return fresh()
	}
	text, params = t.text, t.fill(values)
	if verifyTemplates {
		wantText, wantParams, _, err := fresh()
		if err != nil || wantText != text || !reflect.DeepEqual(wantParams, params) {
			panic(fmt.Sprintf("rule template of %q differs from a fresh build (%v):\n%s %v\n%s %v", key, err, text, params, wantText, wantParams))
		}
	}
	return text, params, nil, nil
}

// maxTemplates bounds the cache; a full cache starts again. Its keys are
// few: per rule, the kinds of requester (citizen, moderator of a set of
// regions, ...) and the shapes of their requests.
const maxTemplates = 1024

// templateCache holds an app's rule templates.
type templateCache struct {
	mu     sync.Mutex
	byKey  map[string]*ruleTemplate // nil for a query built for each use
	schema **core.Collection        // the collections they were built from
}

// templatesOf returns app's templates and the collections PocketBase has
// cached now. A rule's query names the tables and fields it joins, so the
// templates are dropped whenever PocketBase has reloaded its collections
// (it does after every change of one, also one made by another process).
// The first slot of the cached list stands for the list: every reload
// stores a new one.
func templatesOf(app core.App) (*templateCache, **core.Collection) {
	cache := app.Store().GetOrSet("mitwirken.sync.ruleTemplates", func() any {
		return &templateCache{byKey: map[string]*ruleTemplate{}}
	}).(*templateCache)
	var schema **core.Collection
	if collections, _ := app.Store().Get(core.StoreKeyCachedCollections).([]*core.Collection); len(collections) > 0 {
		schema = &collections[0]
	}
	cache.mu.Lock()
	if cache.schema != schema {
		cache.byKey, cache.schema = map[string]*ruleTemplate{}, schema
	}
	cache.mu.Unlock()
	return cache, schema
}

// keep stores a template built from schema, unless the collections were
// reloaded meanwhile.
func (c *templateCache) keep(key string, t *ruleTemplate, schema **core.Collection) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if schema == nil || c.schema != schema {
		return
	}
	if len(c.byKey) >= maxTemplates {
		c.byKey = map[string]*ruleTemplate{}
	}
	c.byKey[key] = t
}

// ruleAllows runs the rule query that build makes for values
// (templatedRule) and reports whether it finds a row.
func ruleAllows(app core.App, key string, values map[string]any, build func(values map[string]any) (*dbx.Query, error)) (bool, error) {
	text, params, unbound, err := templatedRule(app, key, values, build)
	var exists int
	switch {
	case err != nil:
		return false, err
	case unbound != nil:
		err = unbound.Row(&exists) // fails as it would have
	default:
		err = numberedRuleRow(app, text, params, &exists)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return exists > 0, err
}

// buildTemplate builds with marks for values; nil when the query cannot
// serve as a template.
func buildTemplate(values map[string]any, build func(values map[string]any) (*dbx.Query, error)) (*ruleTemplate, error) {
	marks := make(map[string]any, len(values))
	for name := range values {
		marks[name] = slotMark + name
	}
	text, params, unbound, err := buildNumbered(marks, build)
	if err != nil || unbound != nil {
		return nil, err
	}
	return newRuleTemplate(text, params, values), nil
}

// buildNumbered builds the query for values with its random names numbered
// (numberedNames); unbound is the query as built when a placeholder has no
// value.
func buildNumbered(values map[string]any, build func(values map[string]any) (*dbx.Query, error)) (text string, params dbx.Params, unbound *dbx.Query, err error) {
	query, err := build(values)
	if err != nil {
		return "", nil, nil, err
	}
	text, params, complete := numberedNames(query.SQL(), query.Params())
	if !complete {
		return "", nil, query, nil
	}
	return text, params, nil, nil
}

// bodyShape splits a request body into the values a template binds (the
// non-empty texts, under "body."+key) and a key for the rest: which keys
// the body has, and every other value as it is. PocketBase writes an empty
// text into a rule's query as a literal, so emptiness is shape.
func bodyShape(body map[string]any, slots map[string]any) string {
	var shape strings.Builder
	for _, key := range slices.Sorted(maps.Keys(body)) {
		shape.WriteString(key)
		if text, ok := body[key].(string); ok && text != "" {
			slots["body."+key] = text
			shape.WriteString("=?\x00")
			continue
		}
		literal, _ := json.Marshal(body[key])
		shape.WriteByte('=')
		shape.Write(literal)
		shape.WriteByte(0)
	}
	return shape.String()
}

// requesterShape is the shape of the requester for rule, as bodyShape is of
// the body: the non-empty texts of the fields the rule names become slots
// under "auth."+field; the rest of those fields, the requester's collection
// and, when the rule reads them, the query, headers, method and context of
// the request are the shape.
func requesterShape(rule string, info *core.RequestInfo, slots map[string]any) string {
	traits := traitsOf(rule)
	var shape strings.Builder
	if traits.readsRequest {
		literal, _ := json.Marshal([]any{info.Query, info.Headers, info.Method, info.Context})
		shape.Write(literal)
	}
	if info.Auth == nil {
		shape.WriteString("guest")
		return shape.String()
	}
	shape.WriteString(info.Auth.Collection().Id)
	for _, field := range traits.authFields {
		shape.WriteByte(0)
		shape.WriteString(field)
		value := info.Auth.Get(field)
		if text, ok := value.(string); ok && text != "" {
			slots["auth."+field] = text
			shape.WriteString("=?")
			continue
		}
		literal, _ := json.Marshal(value)
		shape.WriteByte('=')
		shape.Write(literal)
	}
	return shape.String()
}

// withAuthSlots returns the requester with the slotted texts of its fields
// taken from values, or itself when none are slotted.
func withAuthSlots(auth *core.Record, values map[string]any) *core.Record {
	if auth == nil {
		return nil
	}
	var out *core.Record
	for name, value := range values {
		field, ok := strings.CutPrefix(name, "auth.")
		if !ok {
			continue
		}
		if out == nil {
			out = auth.Clone()
		}
		out.Set(field, value)
		if field == core.FieldNameId {
			out.Id, _ = value.(string)
		}
	}
	if out == nil {
		return auth
	}
	return out
}

// withSlots returns body with its slotted texts taken from values.
func withSlots(body map[string]any, values map[string]any) map[string]any {
	out := maps.Clone(body)
	for key := range out {
		if value, ok := values["body."+key]; ok {
			out[key] = value
		}
	}
	return out
}
