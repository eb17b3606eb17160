package tests

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// newMux builds the app's router as PocketBase's serve command does, with
// every custom route bound. Build it once per app: each new router binds
// PocketBase's UI routes to the app's serve hook again, and a second set of
// them would collide.
func newMux(t testing.TB, app core.App) http.Handler {
	t.Helper()
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	var mux http.Handler
	err = app.OnServe().Trigger(&core.ServeEvent{App: app, Router: router}, func(e *core.ServeEvent) error {
		built, err := e.Router.BuildMux()
		mux = built
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return mux
}

// newServer serves app over real HTTP on 127.0.0.1, for tests that need
// concurrent clients or real connections. Every client shares one address
// here, so load tests turn rate limits off first.
func newServer(t testing.TB, app *pbtests.TestApp) *httptest.Server {
	t.Helper()
	server := httptest.NewServer(newMux(t, app))
	t.Cleanup(server.Close)
	return server
}

// serveRequest serves one request on mux in process, with a JSON body ("" for
// none) and a token ("" for anonymous).
func serveRequest(mux http.Handler, method, url, token, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", token)
	}
	res := httptest.NewRecorder()
	mux.ServeHTTP(res, req)
	return res
}

// serveOK is serveRequest for a request that has to answer 200; it returns the body.
func serveOK(t testing.TB, mux http.Handler, method, url, token, body string) []byte {
	t.Helper()
	res := serveRequest(mux, method, url, token, body)
	if res.Code != http.StatusOK {
		t.Fatalf("%s %s: got %d, want 200: %s", method, url, res.Code, res.Body)
	}
	return res.Body.Bytes()
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

// readDecoded reads a response body as the client sees it, unpacking gzip,
// and returns it with its size on the wire.
func readDecoded(t testing.TB, res *http.Response) ([]byte, int) {
	t.Helper()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	size := len(raw)
	if res.Header.Get("Content-Encoding") == "gzip" {
		unzipped, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if raw, err = io.ReadAll(unzipped); err != nil {
			t.Fatal(err)
		}
	}
	return raw, size
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
