package tests

import (
	"net/http"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/mitwirken/mitwirken/hooks/platform"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// The shell as ui/build.mjs writes it, cut to what the link's page changes.
const linkShell = `<!doctype html><html lang="de"><head><title>Mitwirken</title>
<link rel="preload" href="/api/collections/regions/records?perPage=1000&amp;sort=name" as="fetch" crossorigin>
<script type="module" src="/assets/main-1a2b.js"></script>
</head><body><main><h1>Mitwirken</h1></main></body></html>`

const chooserPreload = `<link rel="preload" href="/api/collections/regions/records`

func TestMunicipalityLinkPages(t *testing.T) {
	factory := func(t testing.TB) *pbtests.TestApp {
		app := newTestApp(t)
		platform.ServePublic(app, fstest.MapFS{"index.html": {Data: []byte(linkShell)}})
		return app
	}
	firstIdeas := `<link rel="preload" id="first-ideas" href="/api/collections/ideas/records?` +
		`expand=region&amp;fields=id%2Ctitle%2Cstatus%2Cregion%2Cvotes_count%2Ccomments_count%2Ccreated%2Cexpand.region.name&amp;` +
		`filter=region%3D%27gelnhausen00000%27%7C%7Cregion%3D%27mainkinzig00000%27&amp;perPage=3&amp;skipTotal=1&amp;sort=-created" as="fetch" crossorigin>`
	named := `<meta name="mitwirken-municipality" content="{&#34;ags&#34;:&#34;06435011&#34;,&#34;id&#34;:&#34;gelnhausen00000&#34;,` +
		`&#34;name&#34;:&#34;Gelnhausen&#34;,&#34;parent&#34;:&#34;mainkinzig00000&#34;}">`
	for _, s := range []struct {
		name, url string
		status    int
		has, not  []string
	}{
		{"a municipality's AGS names it, and its newest ideas load with the app", "/m/06435011", 200,
			[]string{"<title>Mitwirken in Gelnhausen</title>", "<h1>Mitwirken in Gelnhausen</h1>", named, firstIdeas, `<script type="module" src="/assets/main-1a2b.js">`},
			[]string{chooserPreload}},
		{"a municipality's record id names it too (a Verbund has no AGS)", "/m/" + gelnhausen, 200,
			[]string{named, firstIdeas}, []string{chooserPreload}},
		{"a district is no municipality: the shell with its chooser", "/m/06435", 404,
			[]string{"<title>Mitwirken</title>", chooserPreload}, []string{"mitwirken-municipality", "first-ideas"}},
		{"an unknown AGS: the shell with its chooser", "/m/99999999", 404,
			[]string{"<title>Mitwirken</title>", chooserPreload}, []string{"mitwirken-municipality", "first-ideas"}},
		{"an unknown id: the shell with its chooser", "/m/nosuchregion00", 404,
			[]string{chooserPreload}, []string{"mitwirken-municipality"}},
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

// The preloaded request is an anonymous list: the ideas' rule lets only the
// public ideas of the municipality and its district through.
func TestMunicipalityLinkFirstIdeasArePublic(t *testing.T) {
	for _, s := range []struct {
		name, place string
		has, not    []string
	}{
		{"Gelnhausen: its published idea, with the name of its place", gelnhausen,
			[]string{`"id":"` + ideaPublished + `"`, `"expand":{"region":{"name":"Gelnhausen"}}`},
			[]string{ideaSubmitted, ideaHidden, ideaKyff, `"body"`}},
		{"Sondershausen: not Gelnhausen's", sondershausen,
			[]string{`"id":"` + ideaKyff + `"`}, []string{ideaPublished, ideaSubmitted, ideaHidden}},
	} {
		app := newTestApp(t)
		url := platform.FirstIdeasURL(mustFind(t, app, "regions", s.place))
		app.Cleanup()
		scenario := pbtests.ApiScenario{
			Name: s.name, Method: http.MethodGet, URL: url, TestAppFactory: newTestApp,
			ExpectedStatus: 200, ExpectedContent: s.has, NotExpectedContent: s.not,
		}
		scenario.Test(t)
	}
}
