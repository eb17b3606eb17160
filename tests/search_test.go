package tests

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// ideaText is the title and body of an idea in the labelled pairs.
type ideaText struct {
	Title string `json:"title"`
	Body  string `json:"body"`
}

// similarPair is one labelled pair: a is the draft someone is about to
// submit, b an idea already published; duplicate says whether b is the same idea.
type similarPair struct {
	A         ideaText `json:"a"`
	B         ideaText `json:"b"`
	Duplicate bool     `json:"duplicate"`
}

func loadSimilarPairs(t testing.TB) []similarPair {
	t.Helper()
	data, err := os.ReadFile("testdata/similar_pairs.json")
	if err != nil {
		t.Fatal(err)
	}
	var pairs []similarPair
	if err := json.Unmarshal(data, &pairs); err != nil {
		t.Fatal(err)
	}
	return pairs
}

// fillerIdeas are unrelated ideas in Gelnhausen, so that the pairs' ideas are
// not alone in the index and term weights are realistic.
var fillerIdeas = []ideaText{
	{"Blühwiesen an den Ortseingängen", "Statt Rasen sollten an den Ortseingängen Blühwiesen für Bienen angelegt werden."},
	{"Neuer Spielplatz am Sportheim", "Der Spielplatz am Sportheim ist in die Jahre gekommen und braucht neue Geräte."},
	{"Bänke am Wanderweg zur Burg", "Auf dem Wanderweg zur Burg fehlen Sitzbänke zum Ausruhen."},
	{"Radweg nach Hanau", "Zwischen Gelnhausen und Hanau fehlt ein sicherer Radweg entlang der Landstraße."},
	{"Jugendraum im alten Feuerwehrhaus", "Die Jugendlichen im Ort brauchen einen Treffpunkt, das alte Feuerwehrhaus steht leer."},
	{"Tempo 30 vor dem Kindergarten", "Vor dem Kindergarten fahren viele Autos zu schnell; bitte Tempo 30 einführen."},
	{"Obstbäume an der Streuobstwiese nachpflanzen", "Auf der Streuobstwiese sind viele alte Bäume abgestorben."},
	{"Dorfladen mit Selbstbedienung", "Ein kleiner Laden mit regionalen Produkten, der rund um die Uhr geöffnet ist."},
	{"Weihnachtsmarkt auf dem Kirchplatz", "Der Weihnachtsmarkt sollte wieder auf dem Kirchplatz stattfinden."},
	{"Mehr Mülleimer im Park", "Im Park liegen überall Verpackungen, weil es zu wenige Mülleimer gibt."},
}

// pairIdeaId is the fixed id of the published "b" idea of pair i.
func pairIdeaId(i int) string { return fmt.Sprintf("pairb%010d", i) }

// seedSimilarPairs publishes every "b" idea of the pairs and the fillers in
// Gelnhausen, and a copy of every "a" draft in Sondershausen, which a search
// scoped to Gelnhausen must never suggest.
func seedSimilarPairs(t testing.TB, app core.App, pairs []similarPair) {
	t.Helper()
	for i, pair := range pairs {
		saveIdea(t, app, pairIdeaId(i), pair.B, gelnhausen, "published")
		saveIdea(t, app, fmt.Sprintf("paira%010d", i), pair.A, sondershausen, "published")
	}
	for i, filler := range fillerIdeas {
		saveIdea(t, app, fmt.Sprintf("filler%09d", i), filler, gelnhausen, "published")
	}
}

// saveIdea saves an idea directly, bypassing API rules but not hooks.
func saveIdea(t testing.TB, app core.App, id string, text ideaText, region, status string) *core.Record {
	t.Helper()
	ideas, err := app.FindCollectionByNameOrId("ideas")
	if err != nil {
		t.Fatal(err)
	}
	author := personId("anna")
	if region == sondershausen {
		author = personId("ben")
	}
	idea := core.NewRecord(ideas)
	idea.Id = id
	idea.Load(map[string]any{"title": text.Title, "body": text.Body, "region": region, "author": author, "status": status})
	if err := app.Save(idea); err != nil {
		t.Fatalf("saving idea %s: %v", id, err)
	}
	return idea
}

// searchServer returns the app's router as an HTTP handler, with the serve
// hooks run, for tests that send many requests to one app.
func searchServer(t testing.TB, app *pbtests.TestApp) http.Handler {
	t.Helper()
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	serve := &core.ServeEvent{App: app, Router: router}
	var mux http.Handler
	err = app.OnServe().Trigger(serve, func(e *core.ServeEvent) error {
		var err error
		mux, err = e.Router.BuildMux()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return mux
}

// foundIdeas is the answer of the search routes, reduced to what tests check.
type foundIdeas struct {
	Items []struct {
		Id     string  `json:"id"`
		Region string  `json:"region"`
		Score  float64 `json:"score"`
	} `json:"items"`
	HasMore bool `json:"hasMore"`
}

func (f foundIdeas) ids() []string {
	ids := make([]string, len(f.Items))
	for i, item := range f.Items {
		ids[i] = item.Id
	}
	return ids
}

// getFound sends a GET request and decodes a successful answer.
func getFound(t testing.TB, server http.Handler, path string, params url.Values) foundIdeas {
	t.Helper()
	recorder := httptest.NewRecorder()
	server.ServeHTTP(recorder, httptest.NewRequest(http.MethodGet, path+"?"+params.Encode(), nil))
	if recorder.Code != http.StatusOK {
		t.Fatalf("GET %s?%s: got status %d, want 200: %s", path, params.Encode(), recorder.Code, recorder.Body)
	}
	var found foundIdeas
	if err := json.Unmarshal(recorder.Body.Bytes(), &found); err != nil {
		t.Fatal(err)
	}
	return found
}

// draftText is what the PWA sends while someone writes an idea.
func draftText(idea ideaText) string {
	text := idea.Title + ". " + idea.Body
	if len([]rune(text)) > 500 {
		text = string([]rune(text)[:500])
	}
	return text
}

func TestSimilarIdeasFindDuplicatesOfLabelledPairs(t *testing.T) {
	app := newTestApp(t)
	pairs := loadSimilarPairs(t)
	seedSimilarPairs(t, app, pairs)
	server := searchServer(t, app)

	var shown, shownDuplicates, duplicates int
	for i, pair := range pairs {
		found := getFound(t, server, "/api/ideas/similar", url.Values{
			"text": {draftText(pair.A)}, "region": {gelnhausen}, "limit": {"3"},
		})
		for _, item := range found.Items {
			if item.Region == sondershausen {
				t.Errorf("pair %d: suggested %s from Sondershausen for Gelnhausen", i, item.Id)
			}
		}
		inTop := slices.Contains(found.ids(), pairIdeaId(i))
		if pair.Duplicate {
			duplicates++
		}
		if inTop {
			shown++
			if pair.Duplicate {
				shownDuplicates++
			}
		}
		if inTop != pair.Duplicate {
			t.Logf("pair %d (duplicate %v): %q -> %v", i, pair.Duplicate, pair.A.Title, found.Items)
		}
	}
	precision := float64(shownDuplicates) / float64(max(shown, 1))
	recall := float64(shownDuplicates) / float64(max(duplicates, 1))
	summary := fmt.Sprintf("similar ideas over %d labelled pairs: precision@3 %.2f (%d/%d), recall@3 %.2f (%d/%d)",
		len(pairs), precision, shownDuplicates, shown, recall, shownDuplicates, duplicates)
	t.Log(summary)
	fmt.Printf("%s\n", summary)
	if precision < 0.7 {
		t.Errorf("precision@3: got %.2f, want at least 0.70", precision)
	}
	if recall < 0.7 {
		t.Errorf("recall@3: got %.2f, want at least 0.70", recall)
	}
}

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
	})
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

// found reports whether a search for q finds the idea.
func found(t *testing.T, server http.Handler, q, id string) bool {
	t.Helper()
	return slices.Contains(getFound(t, server, "/api/ideas/search", url.Values{"q": {q}}).ids(), id)
}

func TestSearchIndexFollowsTheIdea(t *testing.T) {
	app := newTestApp(t)
	server := searchServer(t, app)
	idea := saveIdea(t, app, "followed0000001", ideaText{"Sperrmüll online anmelden", "Per Formular im Internet."}, gelnhausen, "submitted")
	if found(t, server, "Sperrmüll", idea.Id) {
		t.Error("a submitted idea is found")
	}

	publish := mustRecord(t, app, "status_changes")
	publish.Load(map[string]any{"idea": idea.Id, "to": "published", "actor": personId("mehmet"), "organization": vdkMainKinzig})
	if err := app.Save(publish); err != nil {
		t.Fatal(err)
	}
	if !found(t, server, "Sperrmuell", idea.Id) {
		t.Error("a newly published idea is not found")
	}

	idea = mustFind(t, app, idea.Id)
	idea.Set("hidden", true)
	if err := app.Save(idea); err != nil {
		t.Fatal(err)
	}
	if found(t, server, "Sperrmüll", idea.Id) {
		t.Error("a hidden idea is found")
	}

	idea.Set("hidden", false)
	idea.Set("title", "Sperrmüll und Grünschnitt online anmelden")
	if err := app.Save(idea); err != nil {
		t.Fatal(err)
	}
	if !found(t, server, "Grünschnitt", idea.Id) || !found(t, server, "Sperrmüll", idea.Id) {
		t.Error("a restored idea with a new title is not found by its words")
	}

	if err := app.Delete(mustFind(t, app, idea.Id)); err != nil {
		t.Fatal(err)
	}
	if found(t, server, "Sperrmüll", idea.Id) {
		t.Error("a deleted idea is found")
	}
}

func TestSearchIndexIsRebuiltOnServeWhenOutOfStep(t *testing.T) {
	app := newTestApp(t)
	if _, err := app.DB().NewQuery("DELETE FROM ideas_search").Execute(); err != nil {
		t.Fatal(err)
	}
	server := searchServer(t, app) // runs the serve hooks
	if !found(t, server, "Wohngeld", ideaPublished) {
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

func mustRecord(t testing.TB, app core.App, collection string) *core.Record {
	t.Helper()
	c, err := app.FindCollectionByNameOrId(collection)
	if err != nil {
		t.Fatal(err)
	}
	return core.NewRecord(c)
}

func mustFind(t testing.TB, app core.App, id string) *core.Record {
	t.Helper()
	r, err := app.FindRecordById("ideas", id)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func BenchmarkSimilar(b *testing.B) {
	app := newTestApp(b)
	pairs := loadSimilarPairs(b)
	seedSimilarPairs(b, app, pairs)
	if os.Getenv("XOPT") != "" {
		app.DB().NewQuery("INSERT INTO ideas_search(ideas_search) VALUES('optimize')").Execute()
	}
	server := searchServer(b, app)
	params := url.Values{"text": {draftText(pairs[0].A)}, "region": {gelnhausen}}
	b.ResetTimer()
	for b.Loop() {
		getFound(b, server, "/api/ideas/similar", params)
	}
}
