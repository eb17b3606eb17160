package tests

import (
	"net/http"
	"testing"
	"testing/fstest"

	"github.com/mitwirken/mitwirken/hooks/platform"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

func TestPublicFilesAndUnknownApiPaths(t *testing.T) {
	public := fstest.MapFS{
		"index.html":         {Data: []byte("<!doctype html><title>Mitwirken</title>")},
		"sw.js":              {Data: []byte("self.addEventListener('fetch', () => {})")},
		"assets/app-1a2b.js": {Data: []byte("console.log('app')")},
	}
	factory := func(t testing.TB) *pbtests.TestApp {
		app := newTestApp(t)
		platform.ServePublic(app, public)
		return app
	}
	for _, s := range []struct {
		name, method, url string
		status            int
		has               []string
		cacheControl      string
	}{
		{"index is served and revalidated", http.MethodGet, "/", 200, []string{"<title>Mitwirken</title>"}, "no-cache"},
		{"client-side routes fall back to index", http.MethodGet, "/ideen/abc", 200, []string{"<title>Mitwirken</title>"}, "no-cache"},
		{"the service worker is revalidated", http.MethodGet, "/sw.js", 200, []string{"addEventListener"}, "no-cache"},
		{"hashed assets are immutable", http.MethodGet, "/assets/app-1a2b.js", 200, []string{"console.log"}, "public, max-age=31536000, immutable"},
		{"unknown api path answers a JSON 404", http.MethodGet, "/api/x", 404, []string{`"status":404`}, ""},
		{"unknown nested api path answers a JSON 404", http.MethodPost, "/api/does/not/exist", 404, []string{`"status":404`}, ""},
		{"health still answers", http.MethodGet, "/api/health", 200, []string{`"code":200`}, ""},
	} {
		cacheControl := s.cacheControl
		scenario := pbtests.ApiScenario{
			Name: s.name, Method: s.method, URL: s.url,
			ExpectedStatus: s.status, ExpectedContent: s.has, TestAppFactory: factory,
			AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, res *http.Response) {
				if got := res.Header.Get("Cache-Control"); cacheControl != "" && got != cacheControl {
					t.Errorf("Cache-Control: got %q, want %q", got, cacheControl)
				}
				if cacheControl == "" && res.Header.Get("Content-Type") != "application/json" {
					t.Errorf("Content-Type: got %q, want application/json", res.Header.Get("Content-Type"))
				}
			},
		}
		scenario.Test(t)
	}
}
