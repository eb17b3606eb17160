package tests

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// newServer serves app over real HTTP on 127.0.0.1, for tests that need
// concurrent clients or real connections. Every client shares one address
// here, so load tests turn rate limits off first.
func newServer(t testing.TB, app *pbtests.TestApp) *httptest.Server {
	t.Helper()
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	var server *httptest.Server
	event := &core.ServeEvent{App: app, Router: router}
	err = app.OnServe().Trigger(event, func(e *core.ServeEvent) error {
		mux, err := e.Router.BuildMux()
		if err != nil {
			return err
		}
		server = httptest.NewServer(mux)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(server.Close)
	return server
}

// call sends a JSON request with an optional token and decodes the JSON reply into out.
func call(t testing.TB, client *http.Client, method, url, token string, body any, out any) int {
	t.Helper()
	var reader io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		reader = bytes.NewReader(raw)
	}
	req, err := http.NewRequest(method, url, reader)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", token)
	}
	res, err := client.Do(req)
	if err != nil {
		t.Error(err)
		return 0
	}
	defer res.Body.Close()
	if out != nil {
		if err := json.NewDecoder(res.Body).Decode(out); err != nil && err != io.EOF {
			t.Error(err)
		}
	}
	return res.StatusCode
}

// addCitizens creates n citizens quickly (no password, so no bcrypt) and
// returns their ids and tokens.
func addCitizens(t testing.TB, app core.App, n int) (ids, tokens []string) {
	t.Helper()
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		u := core.NewRecord(users)
		u.SetEmail(fmtCitizen(i) + "@test.mitwirken.de")
		u.Set("display_name", fmtCitizen(i))
		if err := app.SaveNoValidate(u); err != nil {
			t.Fatal(err)
		}
		token, err := u.NewAuthToken()
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, u.Id)
		tokens = append(tokens, token)
	}
	return ids, tokens
}

func fmtCitizen(i int) string {
	return "citizen" + string(rune('a'+i/100%26)) + string(rune('a'+i/10%10)) + string(rune('a'+i%10))
}
