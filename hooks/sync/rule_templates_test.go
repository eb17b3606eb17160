package sync

import (
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The records of a collection share their create rule's template, in a
// transaction or not, and each is decided by its own values: another target,
// another owner's target, an empty text (another shape) and a missing
// target, in turn. A change of a collection empties the cache.
func TestTemplatesDecideEachRecordByItsValues(t *testing.T) {
	app, err := pbtests.NewTestApp()
	if err != nil {
		t.Fatal(err)
	}
	defer app.Cleanup()
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	targets := core.NewBaseCollection("template_targets")
	targets.Fields.Add(&core.BoolField{Name: "public"}, &core.RelationField{Name: "owner", CollectionId: users.Id, MaxSelect: 1})
	if err := app.Save(targets); err != nil {
		t.Fatal(err)
	}
	notes := core.NewBaseCollection("template_notes")
	notes.Fields.Add(&core.RelationField{Name: "target", CollectionId: targets.Id, MaxSelect: 1}, &core.TextField{Name: "title"})
	notes.CreateRule = types.Pointer(`@request.auth.id != "" && @request.body.title != "" && ` +
		`(@request.body.target.public = true || @request.body.target.owner = @request.auth.id)`)
	if err := app.Save(notes); err != nil {
		t.Fatal(err)
	}
	person := func(email string) *core.Record {
		r := core.NewRecord(users)
		r.SetEmail(email)
		if err := app.SaveNoValidate(r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	me, other := person("me@example.com"), person("other@example.com")
	target := func(public bool, owner string) string {
		r := core.NewRecord(targets)
		r.Set("public", public)
		r.Set("owner", owner)
		if err := app.Save(r); err != nil {
			t.Fatal(err)
		}
		return r.Id
	}
	open, mine, theirs := target(true, other.Id), target(false, me.Id), target(false, other.Id)
	cases := []struct {
		target, title string
		want          bool
	}{
		{open, "Eins", true}, {theirs, "Zwei", false}, {mine, "Drei", true}, {theirs, "Vier", false},
		{open, "", false}, {mine, "Fünf", true}, {"missing", "Sechs", false}, {open, "Sieben", true},
	}
	decide := func(app core.App, target, title string) bool {
		record := core.NewRecord(notes)
		record.Load(map[string]any{"target": target, "title": title})
		info := &core.RequestInfo{Auth: me, Body: map[string]any{"target": target, "title": title}}
		ok, err := createRuleAllows(app, record, info)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	verifyTemplates = false // decided by the template alone; compared with fresh builds below
	defer func() { verifyTemplates = true }()
	for i, c := range cases {
		err := app.RunInTransaction(func(txApp core.App) error {
			if got := decide(txApp, c.target, c.title); got != c.want {
				t.Errorf("case %d in a transaction: got %v, want %v", i, got, c.want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := decide(app, c.target, c.title); got != c.want {
			t.Errorf("case %d again, outside a transaction: got %v, want %v", i, got, c.want)
		}
	}
	templatesOfNotes := func() (n int) {
		cache, _ := templatesOf(app)
		cache.mu.Lock()
		defer cache.mu.Unlock()
		for key, template := range cache.byKey {
			if strings.Contains(key, notes.Id) && template != nil && len(template.slots) > 0 {
				n++
			}
		}
		return n
	}
	if n := templatesOfNotes(); n != 2 { // a non-empty title and an empty one
		t.Errorf("got %d templates with slots for the notes' rule, want 2", n)
	}

	// A change of a collection that the rule joins empties the cache: the
	// owner becomes a multiple relation, which PocketBase queries otherwise.
	targets.Fields.GetByName("owner").(*core.RelationField).MaxSelect = 5
	if err := app.Save(targets); err != nil {
		t.Fatal(err)
	}
	if n := templatesOfNotes(); n != 0 {
		t.Errorf("after a change of a joined collection, got %d templates, want 0", n)
	}
	// The queries built now are those of the changed collection: each use
	// is compared with a fresh build, which panics on a difference.
	notes, _ = app.FindCachedCollectionByNameOrId("template_notes")
	verifyTemplates = true
	for _, c := range cases {
		decide(app, c.target, c.title)
	}
}

// A template is refused when a stand-in value comes out in the text, or
// changed, or under a name that was not given; otherwise each param that
// carried a stand-in becomes a slot.
func TestNewRuleTemplate(t *testing.T) {
	names := map[string]any{"body.idea": "x"}
	if newRuleTemplate("SELECT '"+slotMark+"body.idea'", dbx.Params{}, names) != nil {
		t.Error("a stand-in in the text made a template")
	}
	if newRuleTemplate("SELECT {:n0}", dbx.Params{"n0": strings.ToUpper(slotMark + "body.idea")}, names) != nil {
		t.Error("a changed stand-in made a template")
	}
	if newRuleTemplate("SELECT {:n0}", dbx.Params{"n0": slotMark + "body.other"}, names) != nil {
		t.Error("a stand-in of an unknown name made a template")
	}
	template := newRuleTemplate("SELECT {:n0}, {:n1}", dbx.Params{"n0": slotMark + "body.idea", "n1": "users"}, names)
	if template == nil {
		t.Fatal("got no template")
	}
	if got := template.fill(map[string]any{"body.idea": "idea1"}); got["n0"] != "idea1" || got["n1"] != "users" {
		t.Errorf("filled %v", got)
	}
}

// Emptiness and non-text values are shape; non-empty texts are slots.
func TestBodyShape(t *testing.T) {
	shape := func(body map[string]any) string { return bodyShape(body, map[string]any{}) }
	if shape(map[string]any{"title": "a"}) != shape(map[string]any{"title": "b"}) {
		t.Error("two texts have different shapes")
	}
	if shape(map[string]any{"title": "a"}) == shape(map[string]any{"title": ""}) {
		t.Error("a text and an empty text have the same shape")
	}
	if shape(map[string]any{"stars": 4.0}) == shape(map[string]any{"stars": 5.0}) {
		t.Error("two numbers have the same shape")
	}
	if shape(map[string]any{"title": "a"}) == shape(map[string]any{"title": "a", "channel": "app"}) {
		t.Error("bodies with other keys have the same shape")
	}
}

// Rules whose values PocketBase transforms while building are never templated.
func TestTemplateUnsafeRules(t *testing.T) {
	for rule, unsafe := range map[string]bool{
		`@request.body.title:length > 3`:                      true,
		`@request.body.tags:each ?= 'a'`:                      true,
		`@request.auth.display_name:lower = 'anna'`:           true,
		`@request.body.channel:isset = false`:                 false,
		`@request.auth.id != "" && author = @request.auth.id`: false,
	} {
		if got := templateUnsafe.MatchString(rule); got != unsafe {
			t.Errorf("%s: unsafe %v, want %v", rule, got, unsafe)
		}
	}
}
