package tests

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// Ideas of the search scenarios, all public in Gelnhausen unless named otherwise.
const (
	ideaStreetLight = "searchlight0001" // "Straßenlaterne ..."
	ideaForm        = "searchform00001" // "Formular ..."
	ideaOffice      = "searchoffice001" // "Bürgerbüro ..."
	ideaOfficeHanau = "searchhanau0001" // "Bürgerbüro ...", in Hanau, same district
	ideaMerged      = "searchmerged001" // a merged duplicate of ideaOffice
	ideaDeclined    = "searchdecline01" // a declined duplicate of ideaOffice
	ideaImplemented = "searchimplemen1" // an implemented duplicate of ideaOffice
)

// newSearchApp is a fixture app with the ideas of the search scenarios.
func newSearchApp(t testing.TB) *pbtests.TestApp {
	app := newTestApp(t)
	office := ideaText{"Termine im Bürgerbüro online buchen", "Termine im Bürgerbüro sollte man online buchen können."}
	saveIdea(t, app, ideaStreetLight, ideaText{"Straßenlaterne in der Hauptstraße defekt", "Die Laterne vor Nummer 12 ist seit Wochen aus."}, gelnhausen, "published")
	saveIdea(t, app, ideaForm, ideaText{"Ein einfacheres Formular für den Bauantrag", "Das Formular hat zu viele Seiten."}, gelnhausen, "published")
	saveIdea(t, app, ideaOffice, office, gelnhausen, "published")
	saveIdea(t, app, ideaOfficeHanau, office, hanau, "in_review")
	saveIdea(t, app, ideaMerged, office, gelnhausen, "merged")
	saveIdea(t, app, ideaDeclined, office, gelnhausen, "declined")
	saveIdea(t, app, ideaImplemented, office, gelnhausen, "implemented")
	return app
}

func TestSearchRoutes(t *testing.T) {
	for _, s := range []pbtests.ApiScenario{
		{
			Name: "anonymous search: strasse finds Straße", URL: "/api/ideas/search?q=strasse",
			ExpectedStatus: 200, ExpectedContent: []string{ideaStreetLight, `"page":1`, `"perPage":20`, `"hasMore":false`},
		},
		{
			Name: "search folds umlauts and case: BUERGERBUERO finds Bürgerbüro", URL: "/api/ideas/search?q=BUERGERBUERO",
			ExpectedStatus: 200, ExpectedContent: []string{ideaOffice, ideaOfficeHanau},
		},
		{
			Name: "search meets word forms: Formulare finds Formular", URL: "/api/ideas/search?q=Formulare",
			ExpectedStatus: 200, ExpectedContent: []string{ideaForm}, NotExpectedContent: []string{ideaStreetLight},
		},
		{
			Name: "search needs all words", URL: "/api/ideas/search?q=Formular+Laterne",
			ExpectedStatus: 200, ExpectedContent: []string{`"items":[]`},
		},
		{
			Name: "search answers ideas as the REST API exports them", URL: "/api/ideas/search?q=Laterne",
			ExpectedStatus: 200, ExpectedContent: []string{`"collectionName":"ideas"`, `"author_name":"anna"`, `"score":`},
		},
		{
			Name: "search in a municipality excludes its neighbour", URL: "/api/ideas/search?q=buergerbuero&region=" + hanau,
			ExpectedStatus: 200, ExpectedContent: []string{ideaOfficeHanau}, NotExpectedContent: []string{ideaOffice + `"`},
		},
		{
			Name: "search in a district includes its municipalities", URL: "/api/ideas/search?q=buergerbuero&region=" + mainKinzig,
			ExpectedStatus: 200, ExpectedContent: []string{ideaOffice, ideaOfficeHanau},
		},
		{
			Name: "search in another district finds none of them", URL: "/api/ideas/search?q=buergerbuero&region=" + kyffhaeuser,
			ExpectedStatus: 200, ExpectedContent: []string{`"items":[]`},
		},
		{
			Name: "search finds merged and declined ideas too", URL: "/api/ideas/search?q=buergerbuero",
			ExpectedStatus: 200, ExpectedContent: []string{ideaMerged, ideaDeclined},
		},
		{
			Name: "similar offers open and implemented ideas of the district", URL: "/api/ideas/similar?text=Termin+im+Buergerbuero+online&region=" + gelnhausen,
			ExpectedStatus: 200, ExpectedContent: []string{ideaOffice, ideaOfficeHanau, ideaImplemented, `"score":`},
			NotExpectedContent: []string{ideaMerged, ideaDeclined},
		},
		{
			Name: "similar honours the limit", URL: "/api/ideas/similar?text=Termin+im+Buergerbuero+online&limit=1",
			ExpectedStatus: 200, ExpectedContent: []string{`"items":[{`}, NotExpectedContent: []string{`},{`},
		},
		{
			Name: "similar with only stopwords finds nothing", URL: "/api/ideas/similar?text=und+die+der",
			ExpectedStatus: 200, ExpectedContent: []string{`"items":[]`},
		},
	} {
		s.Method = http.MethodGet
		s.TestAppFactory = newSearchApp
		s.Test(t)
	}
}

func TestSearchNeverShowsWhatTheViewRuleHides(t *testing.T) {
	// The fixtures' hidden and submitted ideas are not indexed at all; not even
	// their author, a moderator or a superuser finds them through search.
	rows := []access{}
	for _, person := range []string{"", "anna", "mehmet", "admin"} {
		rows = append(rows,
			access{name: "hidden idea not found as " + person, as: person, url: "/api/ideas/search?q=Versteckte+Idee",
				status: 200, hasNot: []string{ideaHidden}},
			access{name: "submitted idea not found as " + person, as: person, url: "/api/ideas/search?q=Buergerbus",
				status: 200, hasNot: []string{ideaSubmitted}},
			access{name: "submitted idea not suggested as " + person, as: person,
				url: "/api/ideas/similar?text=B%C3%BCrgerbus+digital+buchen", status: 200, hasNot: []string{ideaSubmitted}},
			access{name: "public idea found as " + person, as: person, url: "/api/ideas/search?q=Wohngeld",
				status: 200, has: []string{ideaPublished}},
		)
	}
	run(t, rows)

	// Even a stale index entry does not leak: the route checks the view rule.
	s := pbtests.ApiScenario{
		Name: "a stale index entry of a hidden idea is not shown", Method: http.MethodGet,
		URL: "/api/ideas/search?q=Versteckte", ExpectedStatus: 200, NotExpectedContent: []string{ideaHidden},
		TestAppFactory: func(t testing.TB) *pbtests.TestApp {
			app := newTestApp(t)
			_, err := app.DB().NewQuery("INSERT INTO ideas_search (idea, region, terms) VALUES ({:id}, {:region}, 'versteckt')").
				Bind(map[string]any{"id": ideaHidden, "region": gelnhausen}).Execute()
			if err != nil {
				t.Fatal(err)
			}
			return app
		},
	}
	s.Test(t)
}

func TestSimilarStaysInTheDistrict(t *testing.T) {
	run(t, []access{
		{name: "a Kyffhäuser idea is not suggested for Gelnhausen",
			url:    "/api/ideas/similar?text=WLAN+im+Dorfgemeinschaftshaus&region=" + gelnhausen,
			status: 200, hasNot: []string{ideaKyff}},
		{name: "a Kyffhäuser idea is suggested for Sondershausen",
			url:    "/api/ideas/similar?text=WLAN+im+Dorfgemeinschaftshaus&region=" + sondershausen,
			status: 200, has: []string{ideaKyff}},
		{name: "a Kyffhäuser idea is suggested for its district",
			url:    "/api/ideas/similar?text=WLAN+im+Dorfgemeinschaftshaus&region=" + kyffhaeuser,
			status: 200, has: []string{ideaKyff}},
		{name: "a Gelnhausen idea is suggested for Hanau, in the same district",
			url:    "/api/ideas/similar?text=Wohngeld+in+Leichter+Sprache&region=" + hanau,
			status: 200, has: []string{ideaPublished}},
	})
}

func TestSearchRefusesBadParameters(t *testing.T) {
	run(t, []access{
		{name: "search without q", url: "/api/ideas/search", status: 400,
			has: []string{`"q":{"code":"validation_required"`}},
		{name: "search with a short q, in German", url: "/api/ideas/search?q=ab", status: 400,
			has: []string{`"q":{"code":"validation_min_text_constraint"`, "Bitte mindestens 3 Zeichen eingeben."}},
		{name: "search with only stopwords", url: "/api/ideas/search?q=und+die+der", status: 400,
			has: []string{`"q":{"code":"search_terms_required"`}},
		{name: "search with page 0", url: "/api/ideas/search?q=Wohngeld&page=0", status: 400,
			has: []string{`"page":{"code":"validation_min_number_constraint"`, "Der Wert muss mindestens 1 sein."}},
		{name: "search with a region that is no id", url: "/api/ideas/search?q=Wohngeld&region=Gelnhausen", status: 400,
			has: []string{`"region":{"code":"validation_invalid_format"`}},
		{name: "similar without text", url: "/api/ideas/similar?limit=3", status: 400,
			has: []string{`"text":{"code":"validation_required"`}},
		{name: "similar with too long a text", url: "/api/ideas/similar?text=" + strings.Repeat("Wohngeld+", 60), status: 400,
			has: []string{`"text":{"code":"validation_max_text_constraint"`}},
		{name: "similar with limit 11", url: "/api/ideas/similar?text=Wohngeld&limit=11", status: 400,
			has: []string{`"limit":{"code":"validation_max_number_constraint"`}},
		{name: "similar with a query string beyond any valid request", url: "/api/ideas/similar?text=Wohngeld&x=" + strings.Repeat("x", 5000),
			status: 414},
		{name: "similar with a body, which it never needs", url: "/api/ideas/similar?text=Wohngeld",
			body: `{"padding":"` + strings.Repeat("x", 2000) + `"}`, status: 413},
	})
	english := pbtests.ApiScenario{
		Name: "search with only stopwords, in English", Method: http.MethodGet, URL: "/api/ideas/search?q=und+die+der",
		Headers: map[string]string{"Accept-Language": "en"}, ExpectedStatus: 400,
		ExpectedContent: []string{`"q":{"code":"search_terms_required","message":"Enter at least one meaningful search word."`},
		TestAppFactory:  newTestApp,
	}
	english.Test(t)
}

func TestSearchPagesWithoutTotal(t *testing.T) {
	app := newTestApp(t)
	for i := range 25 {
		saveIdea(t, app, fmt.Sprintf("page%011d", i), ideaText{fmt.Sprintf("Mitfahrbank Nummer %d", i), "Eine Mitfahrbank mehr im Ort."}, gelnhausen, "published")
	}
	server := searchServer(t, app)
	first := getFound(t, server, "/api/ideas/search", url.Values{"q": {"Mitfahrbänke"}})
	second := getFound(t, server, "/api/ideas/search", url.Values{"q": {"Mitfahrbänke"}, "page": {"2"}})
	if len(first.Items) != 20 || !first.HasMore {
		t.Errorf("page 1: got %d items, hasMore %v; want 20, true", len(first.Items), first.HasMore)
	}
	if len(second.Items) != 5 || second.HasMore {
		t.Errorf("page 2: got %d items, hasMore %v; want 5, false", len(second.Items), second.HasMore)
	}
	for _, id := range second.ids() {
		if slices.Contains(first.ids(), id) {
			t.Errorf("idea %s is on both pages", id)
		}
	}
}

// searchFinds reports whether a search for q finds the idea.
func searchFinds(t *testing.T, server http.Handler, q, id string) bool {
	t.Helper()
	return slices.Contains(getFound(t, server, "/api/ideas/search", url.Values{"q": {q}}).ids(), id)
}

func TestSearchIndexFollowsTheIdea(t *testing.T) {
	app := newTestApp(t)
	server := searchServer(t, app)
	idea := saveIdea(t, app, "followed0000001", ideaText{"Sperrmüll online anmelden", "Per Formular im Internet."}, gelnhausen, "submitted")
	if searchFinds(t, server, "Sperrmüll", idea.Id) {
		t.Error("a submitted idea is found")
	}

	publish := emptyRecord(t, app, "status_changes")
	publish.Load(map[string]any{"idea": idea.Id, "to": "published", "actor": personId("mehmet"), "organization": vdkMainKinzig})
	if err := app.Save(publish); err != nil {
		t.Fatal(err)
	}
	if !searchFinds(t, server, "Sperrmuell", idea.Id) {
		t.Error("a newly published idea is not found")
	}

	idea = mustFind(t, app, "ideas", idea.Id)
	idea.Set("hidden", true)
	if err := app.Save(idea); err != nil {
		t.Fatal(err)
	}
	if searchFinds(t, server, "Sperrmüll", idea.Id) {
		t.Error("a hidden idea is found")
	}

	idea.Set("hidden", false)
	idea.Set("title", "Sperrmüll und Grünschnitt online anmelden")
	if err := app.Save(idea); err != nil {
		t.Fatal(err)
	}
	if !searchFinds(t, server, "Grünschnitt", idea.Id) || !searchFinds(t, server, "Sperrmüll", idea.Id) {
		t.Error("a restored idea with a new title is not found by its words")
	}

	if err := app.Delete(mustFind(t, app, "ideas", idea.Id)); err != nil {
		t.Fatal(err)
	}
	if searchFinds(t, server, "Sperrmüll", idea.Id) {
		t.Error("a deleted idea is found")
	}
}

func TestSearchIndexIsRebuiltOnServeWhenOutOfStep(t *testing.T) {
	app := newTestApp(t)
	if _, err := app.DB().NewQuery("DELETE FROM ideas_search").Execute(); err != nil {
		t.Fatal(err)
	}
	server := searchServer(t, app) // runs the serve hooks
	if !searchFinds(t, server, "Wohngeld", ideaPublished) {
		t.Error("the index was not rebuilt on serve")
	}
	var indexed, public int
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM ideas_search").Row(&indexed); err != nil {
		t.Fatal(err)
	}
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM ideas WHERE status != 'submitted' AND hidden = FALSE").Row(&public); err != nil {
		t.Fatal(err)
	}
	if indexed != public {
		t.Errorf("after rebuild: got %d indexed, want %d public ideas", indexed, public)
	}
}

func emptyRecord(t testing.TB, app core.App, collection string) *core.Record {
	t.Helper()
	c, err := app.FindCollectionByNameOrId(collection)
	if err != nil {
		t.Fatal(err)
	}
	return core.NewRecord(c)
}
