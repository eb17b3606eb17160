package tests

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/mitwirken/mitwirken/hooks/platform"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// The shell as ui/build.mjs writes it, cut to what the link's page changes.
const linkShell = `<!doctype html><html lang="de"><head><title>Mitwirken</title>
<link rel="preload" href="/api/collections/regions/records?perPage=1000&amp;sort=name" as="fetch" crossorigin>
<script type="module" src="/assets/main-1a2b.js"></script>
</head><body><main><h1>Mitwirken</h1><p>Hier gestalten …</p>
<noscript><p>Bitte schalten Sie JavaScript ein.</p></noscript></main></body></html>`

const chooserPreload = `<link rel="preload" href="/api/collections/regions/records`

// chooserForm is the start of the chooser the server draws for a first visit.
const chooserForm = `<section id="first-visit-chooser">` + "\n<h2>Wählen Sie Ihre Gemeinde</h2>\n" + `<form class="stack" method="get" action="/m">`

// A municipality's link answers the shell naming the municipality, with its
// newest public ideas as cards and as data for the app; anything else is
// the plain shell with its chooser.
func TestMunicipalityLinkPages(t *testing.T) {
	factory := func(t testing.TB) *pbtests.TestApp {
		app := newTestApp(t)
		platform.ServePublic(app, fstest.MapFS{"index.html": {Data: []byte(linkShell)}})
		return app
	}
	named := `<meta name="mitwirken-municipality" content="{&#34;ags&#34;:&#34;06435011&#34;,&#34;id&#34;:&#34;gelnhausen00000&#34;,` +
		`&#34;name&#34;:&#34;Gelnhausen&#34;,&#34;parent&#34;:&#34;mainkinzig00000&#34;}">`
	data := `<meta name="mitwirken-first-ideas" content="[{&#34;id&#34;:&#34;ideapublished01&#34;,&#34;title&#34;:&#34;Wohngeld in Leichter Sprache&#34;,` +
		`&#34;status&#34;:&#34;published&#34;,&#34;region&#34;:&#34;gelnhausen00000&#34;,&#34;votes_count&#34;:1,&#34;comments_count&#34;:1,`
	card := `<article class="idea-card"><h3 class="idea-title"><a href="/ideas/ideapublished01">Wohngeld in Leichter Sprache</a></h3>` +
		`<p class="meta"><span>Gelnhausen</span></p></article>`
	// Not public (pre-moderation, hidden) or not of the district.
	others := []string{"Bürgerbus digital buchen", ideaSubmitted, "Versteckte Idee", ideaHidden, "WLAN im Dorfgemeinschaftshaus", ideaKyff}
	plain := []string{"mitwirken-municipality", "mitwirken-first-ideas", "idea-card"}
	for _, s := range []struct {
		name, url string
		status    int
		has, not  []string
	}{
		{"a municipality's AGS names it, with its newest public ideas", "/m/06435011", 200,
			[]string{"<title>Mitwirken in Gelnhausen</title>", "<h1>Mitwirken in Gelnhausen</h1>", named, data,
				"<h2>Neue Ideen</h2>", card, `<script type="module" src="/assets/main-1a2b.js">`},
			append([]string{chooserPreload}, others...)},
		{"a municipality's record id names it too (a Verbund has no AGS)", "/m/" + gelnhausen, 200,
			[]string{named, data, card}, append([]string{chooserPreload}, others...)},
		{"a municipality in another district shows its own ideas", "/m/16065067", 200,
			[]string{"<h1>Mitwirken in Sondershausen</h1>", `<a href="/ideas/` + ideaKyff + `">WLAN im Dorfgemeinschaftshaus</a>`},
			[]string{ideaPublished, ideaSubmitted, ideaHidden}},
		{"a municipality without public ideas: no cards, and an empty list for the app", "/m/06435014", 200,
			[]string{"<h1>Mitwirken in Hanau</h1>", `<meta name="mitwirken-first-ideas" content="[]">`}, []string{"idea-card", "Neue Ideen"}},
		{"a district is no municipality: the shell with its chooser", "/m/06435", 404,
			[]string{"<title>Mitwirken</title>", chooserPreload, chooserForm}, plain},
		{"an unknown AGS: the shell with its chooser", "/m/99999999", 404,
			[]string{"<title>Mitwirken</title>", chooserPreload, chooserForm}, plain},
		{"an unknown id: the shell with its chooser", "/m/nosuchregion00", 404,
			[]string{chooserPreload, chooserForm}, plain},
		{"the start page: the shell with the chooser's form, every municipality by district", "/", 200,
			[]string{"<title>Mitwirken</title>", chooserPreload, chooserForm, `<h2>Wählen Sie Ihre Gemeinde</h2>`,
				`<select id="first-visit-region" name="gemeinde" required aria-describedby="first-visit-region-hint">`,
				`<optgroup label="Kyffhäuserkreis"><option value="` + sondershausen + `">Sondershausen</option></optgroup>`,
				`<optgroup label="Main-Kinzig-Kreis"><option value="` + gelnhausen + `">Gelnhausen</option><option value="` + hanau + `">Hanau</option></optgroup>`,
				`<button type="submit">Gemeinde übernehmen</button>`},
			plain},
		{"the chooser's answer names the municipality by its id, as its link does", "/m?gemeinde=" + gelnhausen, 200,
			[]string{"<h1>Mitwirken in Gelnhausen</h1>", named, data, card}, append([]string{chooserPreload, chooserForm}, others...)},
		{"the chooser's answer takes an AGS too", "/m?gemeinde=06435011", 200,
			[]string{"<h1>Mitwirken in Gelnhausen</h1>", named}, []string{chooserForm}},
		{"the chooser's answer without a choice: the chooser again", "/m", 404,
			[]string{chooserForm}, plain},
		{"the chooser's answer naming a district: the chooser again", "/m?gemeinde=" + mainKinzig, 404,
			[]string{chooserForm}, plain},
	} {
		scenario := pbtests.ApiScenario{
			Name: s.name, Method: http.MethodGet, URL: s.url, TestAppFactory: factory,
			ExpectedStatus: s.status, ExpectedContent: s.has, NotExpectedContent: s.not,
			AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, res *http.Response) {
				if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, "text/html") {
					t.Errorf("Content-Type: got %q, want text/html", got)
				}
				if got := res.Header.Get("Cache-Control"); got != "no-cache" {
					t.Errorf("Cache-Control: got %q, want no-cache", got)
				}
			},
		}
		scenario.Test(t)
	}
}

// The chooser lists the municipalities in German order, as the app's does
// (localeCompare "de"): an umlaut sorts with its vowel, not after "Z".
func TestTheServersChooserListsInGermanOrder(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	platform.ServePublic(app, fstest.MapFS{"index.html": {Data: []byte(linkShell)}})
	regions := mustCollection(t, app, "regions")
	for _, name := range []string{"Zeitlofs", "Ortenberg", "Öhringen", "<Neu & Alt>"} {
		record := core.NewRecord(regions)
		record.Load(map[string]any{"name": name, "kind": "gemeinde", "parent": mainKinzig})
		if err := app.Save(record); err != nil {
			t.Fatal(err)
		}
	}
	server := newServer(t, app)
	res, err := server.Client().Get(server.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	page := string(body)
	// Punctuation sorts before letters, as in localeCompare; the name is escaped.
	order := []string{">&lt;Neu &amp; Alt&gt;<", ">Gelnhausen<", ">Hanau<", ">Öhringen<", ">Ortenberg<", ">Zeitlofs<"}
	last := -1
	for _, name := range order {
		at := strings.Index(page, name)
		if at < 0 || at < last {
			t.Fatalf("%s is missing or out of order; want %v in\n%s", name, order, page)
		}
		last = at
	}
}
