package tests

import (
	"slices"
	"testing"

	"github.com/mitwirken/mitwirken/demo"
	"github.com/mitwirken/mitwirken/hooks"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// newEmptyApp returns a migrated app without fixtures.
func newEmptyApp(t testing.TB) *pbtests.TestApp {
	t.Helper()
	app, err := pbtests.NewTestApp(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	hooks.Register(app, hooks.DefaultConfig())
	t.Cleanup(app.Cleanup)
	return app
}

func TestDemoDataLoadsOnceAndIsConsistent(t *testing.T) {
	app := newEmptyApp(t)
	if err := demo.LoadIfEmpty(app); err != nil {
		t.Fatal(err)
	}
	counts := map[string]int64{}
	for _, c := range []string{"regions", "services", "organizations", "users", "ideas", "votes", "comments", "feedback", "status_changes"} {
		n, err := app.CountRecords(c)
		if err != nil {
			t.Fatal(err)
		}
		counts[c] = n
	}
	for c, atLeast := range map[string]int64{"regions": 60, "services": 25, "organizations": 5, "users": 10, "ideas": 30, "votes": 50, "feedback": 30} {
		if counts[c] < atLeast {
			t.Errorf("%s: got %d, want at least %d", c, counts[c], atLeast)
		}
	}

	if err := demo.LoadIfEmpty(app); err != nil {
		t.Fatal(err)
	}
	again, _ := app.CountRecords("ideas")
	if again != counts["ideas"] {
		t.Errorf("second load: got %d ideas, want %d", again, counts["ideas"])
	}

	// Every counter equals its rows, and every status equals the last history entry.
	var drift []struct {
		Id string `db:"id"`
	}
	err := app.DB().NewQuery(`
		SELECT i.id FROM ideas i
		WHERE i.votes_count != (SELECT COUNT(*) FROM votes v WHERE v.idea = i.id)
		   OR i.comments_count != (SELECT COUNT(*) FROM comments c WHERE c.idea = i.id AND c.state = 'visible')
		   OR i.status != COALESCE((SELECT s.[to] FROM status_changes s WHERE s.idea = i.id ORDER BY s.created DESC, s.rowid DESC LIMIT 1), 'published')`).All(&drift)
	if err != nil {
		t.Fatal(err)
	}
	if len(drift) > 0 {
		t.Errorf("got %d inconsistent ideas, want none: %v", len(drift), drift)
	}
}

// The English interface shows a service's English name beside the official
// German one, so every demo service needs one.
func TestDemoServicesHaveEnglishNames(t *testing.T) {
	app := newEmptyApp(t)
	if err := demo.LoadIfEmpty(app); err != nil {
		t.Fatal(err)
	}
	services, err := app.FindAllRecords("services")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range services {
		if s.GetString("name_en") == "" || s.GetString("name_en") == s.GetString("name") {
			t.Errorf("service %q: got English name %q, want a translation", s.GetString("name"), s.GetString("name_en"))
		}
	}
}

func TestDemoGemeindenListTheirVillages(t *testing.T) {
	app := newEmptyApp(t)
	if err := demo.LoadIfEmpty(app); err != nil {
		t.Fatal(err)
	}
	scenarios := []struct {
		gemeinde, village string
	}{
		{"Gelnhausen", "Hailer"},
		{"Maintal", "Dörnigheim"},
		{"Eltville am Rhein", "Hattenheim"},
		{"Sondershausen", "Jecha"},
	}
	for _, s := range scenarios {
		region, err := app.FindFirstRecordByData("regions", "name", s.gemeinde)
		if err != nil {
			t.Fatal(err)
		}
		var villages []string
		if err := region.UnmarshalJSONField("ortsteile", &villages); err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(villages, s.village) {
			t.Errorf("%s: got villages %v, want %s among them", s.gemeinde, villages, s.village)
		}
	}
	// Villages are listed for Gemeinden only, each in exactly one.
	var duplicates []struct {
		Village string `db:"village"`
	}
	err := app.DB().NewQuery(`SELECT j.value AS village FROM regions r, json_each(r.ortsteile) j
		GROUP BY r.parent, j.value HAVING COUNT(*) > 1`).All(&duplicates)
	if err != nil {
		t.Fatal(err)
	}
	if len(duplicates) > 0 {
		t.Errorf("got villages listed for two Gemeinden of one district: %v", duplicates)
	}
}

// The start log counts what the demo load saved, by kind: it once said
// "regions":3 for three districts with 73 municipalities.
func TestDemoLoadCountsWhatItSaved(t *testing.T) {
	app := newEmptyApp(t)
	var loaded demo.Loaded
	err := app.RunInTransaction(func(txApp core.App) error {
		var err error
		loaded, err = demo.Load(txApp)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	count := func(collection, filter string) int {
		records, err := app.FindAllRecords(collection, dbx.NewExp(filter))
		if err != nil {
			t.Fatal(err)
		}
		return len(records)
	}
	scenarios := []struct {
		name      string
		got, want int
	}{
		{"districts", loaded.Districts, count("regions", "kind = 'landkreis'")},
		{"municipalities", loaded.Municipalities, count("regions", "kind = 'gemeinde'")},
		{"services", loaded.Services, count("services", "1=1")},
		{"organizations", loaded.Organizations, count("organizations", "1=1")},
		{"ideas", loaded.Ideas, count("ideas", "1=1")},
		{"people", loaded.People, count("users", "1=1")},
	}
	for _, s := range scenarios {
		if s.got != s.want || s.got == 0 {
			t.Errorf("%s: got %d, want %d (the stored records)", s.name, s.got, s.want)
		}
	}
	if loaded.Municipalities <= loaded.Districts {
		t.Errorf("got %d municipalities in %d districts, want the Gemeinden counted apart", loaded.Municipalities, loaded.Districts)
	}
}
