package tests

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"slices"
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

// The labelled pairs come in two sets: the tuning set, which the similarity
// measure and its synonym table were tuned on, and the held-out set, written
// before any tuning and only measured on, never edited to suit the measure.
const (
	tuningPairs  = "testdata/similar_pairs.json"
	heldOutPairs = "testdata/similar_pairs_heldout.json"
)

func loadSimilarPairs(t testing.TB, file string) []similarPair {
	t.Helper()
	data, err := os.ReadFile(file)
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
	var found foundIdeas
	if err := json.Unmarshal(serveOK(t, server, http.MethodGet, path+"?"+params.Encode(), "", ""), &found); err != nil {
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

// duplicateFinding counts, over labelled pairs, how often the published idea
// of a pair is among the three suggestions for its draft.
type duplicateFinding struct {
	pairs, shown, shownDuplicates, duplicates int
}

func (f duplicateFinding) precision() float64 {
	return float64(f.shownDuplicates) / float64(max(f.shown, 1))
}

func (f duplicateFinding) recall() float64 {
	return float64(f.shownDuplicates) / float64(max(f.duplicates, 1))
}

func (f duplicateFinding) String() string {
	return fmt.Sprintf("precision@3 %.2f (%d/%d), recall@3 %.2f (%d/%d)",
		f.precision(), f.shownDuplicates, f.shown, f.recall(), f.shownDuplicates, f.duplicates)
}

// findDuplicatesOfPairs seeds a fresh app with the pairs of file and asks
// the similar route for each draft.
func findDuplicatesOfPairs(t *testing.T, file string) duplicateFinding {
	app := newTestApp(t)
	pairs := loadSimilarPairs(t, file)
	seedSimilarPairs(t, app, pairs)
	server := searchServer(t, app)

	f := duplicateFinding{pairs: len(pairs)}
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
			f.duplicates++
		}
		if inTop {
			f.shown++
			if pair.Duplicate {
				f.shownDuplicates++
			}
		}
		if inTop != pair.Duplicate {
			t.Logf("%s pair %d (duplicate %v): %q -> %v", file, i, pair.Duplicate, pair.A.Title, found.Items)
		}
	}
	return f
}

func TestSimilarIdeasFindDuplicatesOfLabelledPairs(t *testing.T) {
	for _, set := range []struct {
		name, file              string
		minPrecision, minRecall float64
	}{
		{"tuning", tuningPairs, 0.85, 0.85},
		{"held-out", heldOutPairs, 0.9, 0.8},
	} {
		f := findDuplicatesOfPairs(t, set.file)
		summary := fmt.Sprintf("similar ideas over %d labelled pairs (%s): %s", f.pairs, set.name, f)
		t.Log(summary)
		fmt.Printf("%s\n", summary)
		if f.precision() < set.minPrecision {
			t.Errorf("%s precision@3: got %.2f, want at least %.2f", set.name, f.precision(), set.minPrecision)
		}
		if f.recall() < set.minRecall {
			t.Errorf("%s recall@3: got %.2f, want at least %.2f", set.name, f.recall(), set.minRecall)
		}
	}
}

func BenchmarkSimilar(b *testing.B) {
	app := newTestApp(b)
	pairs := loadSimilarPairs(b, tuningPairs)
	seedSimilarPairs(b, app, pairs)
	server := searchServer(b, app)
	params := url.Values{"text": {draftText(pairs[0].A)}, "region": {gelnhausen}}
	b.ResetTimer()
	for b.Loop() {
		getFound(b, server, "/api/ideas/similar", params)
	}
}
