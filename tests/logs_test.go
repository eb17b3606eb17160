package tests

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/logger"
)

// The request logs in auxiliary.db name no person: not in the URL, not in the
// referer or user agent, not in any other field.
func TestRequestLogsKeepNoIdEmailOrToken(t *testing.T) {
	anna, annaEmail, annaToken := personId("anna"), "anna@test.mitwirken.de", authTokenOf("anna")
	filter := "?filter=user%3D%27" + anna + "%27%20%7C%7C%20email%3D%27anna%40test.mitwirken.de%27"
	for _, s := range []struct {
		name, url string
		status    int
	}{
		{"her own account by id", "/api/collections/users/records/" + anna, 200},
		{"her memberships filtered by her id and email", "/api/collections/memberships/records" + filter, 400},
		{"a failing request with her id", "/api/collections/users/records/" + anna + "/nothing", 404},
	} {
		scenario := pbtests.ApiScenario{
			Name: s.name, Method: http.MethodGet, URL: s.url, ExpectedStatus: s.status,
			Headers: map[string]string{
				"Authorization": annaToken,
				"Referer":       "http://127.0.0.1/account?user=" + anna + "&email=" + annaEmail,
				"User-Agent":    "TestBrowser/1.0 (" + annaEmail + "; " + annaToken + ")",
			},
			NotExpectedContent: []string{"__never_in_a_response__"},
			TestAppFactory:     newTestApp,
			BeforeTestFunc: func(t testing.TB, app *pbtests.TestApp, _ *core.ServeEvent) {
				app.Settings().Logs.MaxDays = 3 // the test app keeps no logs; the platform keeps them for 3 days
			},
			AfterTestFunc: func(t testing.TB, app *pbtests.TestApp, _ *http.Response) {
				stored := storedLogs(t, app, "/api/collections/")
				for _, personal := range []string{anna, annaEmail, annaToken} {
					if strings.Contains(stored, personal) {
						t.Errorf("the logs hold %q:\n%s", personal, stored)
					}
				}
				if !strings.Contains(stored, "/api/collections/") || !strings.Contains(stored, "TestBrowser/1.0") {
					t.Errorf("got logs %q, want the request with its redacted url and user agent", stored)
				}
			},
		}
		scenario.Test(t)
	}
}

// storedLogs writes the logs the request left (the logger writes them from a
// goroutine) into _logs and returns every stored message and field as text,
// once one of them contains want.
func storedLogs(t testing.TB, app core.App, want string) string {
	t.Helper()
	batch, ok := app.Logger().Handler().(*logger.BatchHandler)
	if !ok {
		t.Fatalf("got log handler %T, want PocketBase's batch handler", app.Logger().Handler())
	}
	var text strings.Builder
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if err := batch.WriteAll(context.Background()); err != nil {
			t.Fatal(err)
		}
		var rows []struct {
			Message string `db:"message"`
			Data    string `db:"data"`
		}
		if err := app.AuxDB().NewQuery("SELECT message, data FROM _logs").All(&rows); err != nil {
			t.Fatal(err)
		}
		text.Reset()
		for _, row := range rows {
			text.WriteString(row.Message + " " + row.Data + "\n")
		}
		if strings.Contains(text.String(), want) {
			break
		}
	}
	return text.String()
}
