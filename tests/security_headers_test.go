package tests

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/mitwirken/mitwirken/hooks"
	"github.com/mitwirken/mitwirken/hooks/platform"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// servedApp is a test app served as `mitwirken serve` serves it: with
// PocketBase's CORS for every origin bound first (apis.Serve does that
// before the serve hooks run), the hooks of cfg and the PWA's files.
func servedApp(cfg hooks.Config) func(testing.TB) *pbtests.TestApp {
	return func(t testing.TB) *pbtests.TestApp {
		app, err := pbtests.NewTestApp(fixtureDir)
		if err != nil {
			t.Fatal(err)
		}
		app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
			Func: func(se *core.ServeEvent) error {
				se.Router.Bind(apis.CORS(apis.DefaultCORSConfig))
				return se.Next()
			},
			Priority: -1000,
		})
		hooks.Register(app, cfg)
		platform.ServePublic(app, fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>Mitwirken</title>")}})
		return app
	}
}

// headerRow is a request and the headers its answer must and must not have.
type headerRow struct {
	name, method, url, origin string
	status                    int
	want                      map[string]string // header -> exact value
	absent                    []string
}

func runHeaderRows(t *testing.T, factory func(testing.TB) *pbtests.TestApp, rows []headerRow) {
	t.Helper()
	for _, row := range rows {
		headers := map[string]string{}
		if row.origin != "" {
			headers["Origin"] = row.origin
			headers["Access-Control-Request-Method"] = http.MethodPost
		}
		scenario := pbtests.ApiScenario{
			Name: row.name, Method: orGet(row.method), URL: row.url, Headers: headers,
			ExpectedStatus: row.status, TestAppFactory: factory,
			AfterTestFunc: func(t testing.TB, _ *pbtests.TestApp, res *http.Response) {
				for name, want := range row.want {
					if got := res.Header.Get(name); got != want {
						t.Errorf("%s: got %q, want %q", name, got, want)
					}
				}
				for _, name := range row.absent {
					if got := res.Header.Get(name); got != "" {
						t.Errorf("%s: got %q, want none", name, got)
					}
				}
			},
		}
		if row.status != http.StatusNoContent {
			scenario.NotExpectedContent = []string{"__never_in_a_response__"}
		}
		scenario.Test(t)
	}
}

func TestSecurityHeadersOnThePwaAndTheApi(t *testing.T) {
	strict := map[string]string{
		"Content-Security-Policy": platform.ContentSecurityPolicy,
		"Referrer-Policy":         "no-referrer",
		"Permissions-Policy":      platform.PermissionsPolicy,
		"X-Content-Type-Options":  "nosniff",
		"X-Frame-Options":         "DENY",
	}
	runHeaderRows(t, servedApp(hooks.DefaultConfig()), []headerRow{
		{name: "the start page", url: "/", status: 200, want: strict},
		{name: "a client-side route", url: "/ideas/abc", status: 200, want: strict},
		{name: "an API list", url: "/api/collections/ideas/records", status: 200, want: strict},
		{name: "an API error", url: "/api/collections/nothing/records", status: 404, want: strict},
		{name: "an unknown API path", url: "/api/x", status: 404, want: strict},
	})
	for _, header := range []string{"script-src 'self';", "style-src 'self';", "connect-src 'self';", "frame-ancestors 'none'",
		"base-uri 'self'", "form-action 'self'", "object-src 'none'", "default-src 'self'"} {
		if !strings.Contains(platform.ContentSecurityPolicy, header) {
			t.Errorf("the policy %q lacks %q", platform.ContentSecurityPolicy, header)
		}
	}
	if strings.Contains(platform.ContentSecurityPolicy, "unsafe") {
		t.Errorf("the policy %q allows something unsafe", platform.ContentSecurityPolicy)
	}
}

func TestCorsAllowsOnlyTheOwnAndTheConfiguredOrigins(t *testing.T) {
	const portal = "https://portal.example-kreis.de"
	configured := hooks.DefaultConfig()
	configured.AllowedOrigins = []string{portal}
	// The scenarios' requests go to example.com, which is the platform's own host here.
	own := "http://example.com"
	allowed := func(origin string) map[string]string { return map[string]string{"Access-Control-Allow-Origin": origin} }
	refused := []string{"Access-Control-Allow-Origin", "Access-Control-Allow-Methods"}
	t.Run("by default", func(t *testing.T) {
		runHeaderRows(t, servedApp(hooks.DefaultConfig()), []headerRow{
			{name: "the own origin reads the API", url: "/api/collections/ideas/records", origin: own, status: 200, want: allowed(own)},
			{name: "the own origin passes the preflight", method: http.MethodOptions, url: "/api/collections/votes/records", origin: own,
				status: 204, want: allowed(own)},
			{name: "a foreign origin gets no CORS headers", url: "/api/collections/ideas/records", origin: "https://evil.example",
				status: 200, absent: refused},
			{name: "a foreign origin fails the preflight", method: http.MethodOptions, url: "/api/collections/votes/records",
				origin: "https://evil.example", status: 204, absent: refused},
			{name: "a configurable origin is foreign until configured", url: "/api/collections/ideas/records", origin: portal,
				status: 200, absent: refused},
		})
	})
	t.Run("with --allowedOrigins", func(t *testing.T) {
		runHeaderRows(t, servedApp(configured), []headerRow{
			{name: "the allowed origin reads the API", url: "/api/collections/ideas/records", origin: portal, status: 200, want: allowed(portal)},
			{name: "the allowed origin passes the preflight", method: http.MethodOptions, url: "/api/collections/votes/records",
				origin: portal, status: 204, want: allowed(portal)},
			{name: "the own origin still reads the API", url: "/api/collections/ideas/records", origin: own, status: 200, want: allowed(own)},
			{name: "another origin is still refused", url: "/api/collections/ideas/records", origin: "https://evil.example",
				status: 200, absent: refused},
		})
	})
}

// The page's own stylesheet is inline (ui/index.html): the policy allows
// exactly that style, by its hash, on every answer, and still nothing unsafe.
func TestThePolicyAllowsThePagesOwnStyleAlone(t *testing.T) {
	const style = "body{color:#1a1a1a}main{margin:0 auto}"
	sum := sha256.Sum256([]byte(style))
	want := strings.Replace(platform.ContentSecurityPolicy, "style-src 'self';",
		"style-src 'self' 'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"';", 1)
	if want == platform.ContentSecurityPolicy || strings.Contains(want, "unsafe") {
		t.Fatalf("unexpected policy %q", want)
	}
	factory := func(t testing.TB) *pbtests.TestApp {
		app := newTestApp(t)
		platform.ServePublic(app, fstest.MapFS{"index.html": {Data: []byte(
			"<!doctype html><html><head><title>Mitwirken</title><style>" + style + "</style></head><body><main><h1>Mitwirken</h1><noscript></noscript></main></body></html>")}})
		return app
	}
	runHeaderRows(t, factory, []headerRow{
		{name: "the start page", url: "/", status: 200, want: map[string]string{"Content-Security-Policy": want}},
		{name: "a municipality's link", url: "/m/06435011", status: 200, want: map[string]string{"Content-Security-Policy": want}},
		{name: "a client-side route", url: "/ideas/abc", status: 200, want: map[string]string{"Content-Security-Policy": want}},
		{name: "the API", url: "/api/collections/ideas/records", status: 200, want: map[string]string{"Content-Security-Policy": want}},
	})
}
