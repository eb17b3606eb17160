package tests

import (
	"net/http"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/mitwirken/mitwirken/hooks"
	"github.com/mitwirken/mitwirken/hooks/platform"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

const metricsToken = "scrape-secret-for-tests"

// metricsApp is a test app with the metrics switched on by token ("" is off),
// serving the PWA as the server does, whose fallback answers unknown paths.
func metricsApp(t testing.TB, token string) *pbtests.TestApp {
	app, err := pbtests.NewTestApp(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := hooks.DefaultConfig()
	cfg.MetricsToken = token
	hooks.Register(app, cfg)
	platform.ServePublic(app, fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>Mitwirken</title>")}})
	t.Cleanup(app.Cleanup)
	return app
}

func TestMetricsAnswerOnlyTheConfiguredToken(t *testing.T) {
	on := func(t testing.TB) *pbtests.TestApp { return metricsApp(t, metricsToken) }
	off := func(t testing.TB) *pbtests.TestApp { return metricsApp(t, "") }
	scenarios := []pbtests.ApiScenario{
		{Name: "without the flag /metrics is a JSON 404, not the PWA", TestAppFactory: off,
			Headers: map[string]string{"Authorization": "Bearer "}, ExpectedStatus: 404, ExpectedContent: []string{`"status":404`}},
		{Name: "a missing token is refused", TestAppFactory: on,
			ExpectedStatus: 401, ExpectedContent: []string{`"status":401`}},
		{Name: "a wrong token is refused", TestAppFactory: on, Headers: map[string]string{"Authorization": "Bearer " + metricsToken + "x"},
			ExpectedStatus: 401, ExpectedContent: []string{`"status":401`}},
		{Name: "the token without Bearer is refused", TestAppFactory: on, Headers: map[string]string{"Authorization": metricsToken},
			ExpectedStatus: 401, ExpectedContent: []string{`"status":401`}},
		{Name: "a person's auth token is no metrics token", TestAppFactory: on, Headers: as("admin"),
			ExpectedStatus: 401, ExpectedContent: []string{`"status":401`}},
		{Name: "the configured token reads the exposition", TestAppFactory: on, Headers: map[string]string{"Authorization": "Bearer " + metricsToken},
			ExpectedStatus: 200, ExpectedContent: []string{"mitwirken_realtime_clients 0", `mitwirken_database_file_bytes{file="data.db"}`,
				"mitwirken_sync_rate_limited_total 0", "mitwirken_sqlite_page_pool_pages 4096", "mitwirken_sqlite_page_pool_pages_in_use ",
				"mitwirken_sqlite_page_pool_overflow_bytes "}},
	}
	for _, s := range scenarios {
		s.Method, s.URL = http.MethodGet, "/metrics"
		s.Test(t)
	}
}

// scrape reads the exposition as Prometheus would.
func scrape(t testing.TB, d *syncDevice) string {
	t.Helper()
	status, body := d.send(http.MethodGet, "/metrics", nil, map[string]string{"Authorization": "Bearer " + metricsToken})
	if status != http.StatusOK {
		t.Fatalf("scrape: got %d %s, want 200", status, body)
	}
	return string(body)
}

func TestMetricsCountSyncWithoutAnyIdInALabel(t *testing.T) {
	app := metricsApp(t, metricsToken)
	server := newServer(t, app)
	anna := newDevice(t, server, "anna")

	if status, reply := anna.push(ideaMutations(anna, 2, 0)...); status != 200 || len(reply.Results) != 2 {
		t.Fatalf("push: got %d %+v, want 200 with 2 results", status, reply)
	}
	anna.pull("cursor=0&limit=5&region=" + gelnhausen)
	for _, path := range []string{
		"/api/collections/ideas/records/" + ideaPublished,
		"/api/collections/comments/records?filter=" + "idea%3D%27" + ideaPublished + "%27",
		"/api/collections/users/records/" + personId("anna"),
		"/api/collections/ideas/records/nosuchidea00000", // 404
	} {
		anna.send(http.MethodGet, path, nil, nil)
	}
	text := scrape(t, anna)

	for _, want := range []string{
		`mitwirken_sync_mutations_total{result="applied",type="idea.create"} 2`,
		"mitwirken_sync_pull_pages_total 1",
		`mitwirken_http_requests_total{code="200",route="POST /api/sync/push"} 1`,
		`mitwirken_http_requests_total{code="200",route="GET /api/collections/{collection}/records/{id}"}`,
		`mitwirken_http_requests_total{code="404",route="GET /api/collections/{collection}/records/{id}"} 1`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("exposition: got no %q in\n%s", want, metricsOnly(text))
		}
	}
	if strings.Contains(text, "mitwirken_sync_pull_bytes_total 0\n") {
		t.Errorf("pull bytes: got 0, want the page's size")
	}
	for _, id := range allRecordIds(t, app) {
		if strings.Contains(text, id) {
			t.Errorf("exposition: got the record id %q, want route patterns only", id)
		}
	}
}

// metricsOnly keeps Mitwirken's own lines, for a readable failure.
func metricsOnly(text string) string {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "mitwirken_") {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

// allRecordIds is every id stored in every table of the app.
func allRecordIds(t testing.TB, app core.App) []string {
	t.Helper()
	collections, err := app.FindAllCollections(core.CollectionTypeBase, core.CollectionTypeAuth)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range collections {
		var some []string
		if err := app.DB().Select("id").From(c.Name).Column(&some); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, some...)
	}
	if len(ids) < 20 {
		t.Fatalf("got %d ids, want the fixtures' ids", len(ids))
	}
	return ids
}
