package tests

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// The shared fixtures have one moderator per district and the staff of one
// municipality. Scenarios about appeals and shared solutions need a second
// one of each: Marta, a second moderator of the VdK Main-Kinzig, who may
// decide an appeal against Mehmet's decision; and Hanna, staff of the Stadt
// Hanau, who may adopt Gelnhausen's solutions.
const (
	stadtHanau = "stadthanau00000" // verified kommune for Hanau
	steinau    = "steinau00000000" // a municipality of Main-Kinzig without any ideas
)

var colleagues = []struct {
	key, id, home string
	org, role     string
}{
	{"marta", "marta0000000000", hanau, vdkMainKinzig, "moderator"},
	{"hanna", "hanna0000000000", hanau, stadtHanau, "staff"},
}

// colleagueTokenKey is fixed, so that a token minted once with the fixtures
// (mintTokens) is valid in every test app.
func colleagueTokenKey(key string) string {
	return "colleague-token-key-of-" + key + "-for-tests-only"
}

// userIdOf returns the user id of a fixture person or a colleague.
func userIdOf(key string) string {
	for _, c := range colleagues {
		if c.key == key {
			return c.id
		}
	}
	return personId(key)
}

// addColleagues saves Stadt Hanau, Steinau and the colleagues with their
// memberships; hooks/accounts/roles.go derives their powers from the memberships.
func addColleagues(t testing.TB, app core.App) {
	t.Helper()
	b := &builder{app: app}
	b.add("regions", steinau, map[string]any{"name": "Steinau an der Straße", "kind": "gemeinde", "ags": "06435025", "parent": mainKinzig})
	b.add("organizations", stadtHanau, map[string]any{"name": "Stadt Hanau", "kind": "kommune", "verified": true, "regions": []string{hanau}})
	if b.err != nil {
		t.Fatal(b.err)
	}
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	// Colleagues sign in only with minted tokens; reusing a fixture person's
	// password hash spares every test app a bcrypt run.
	uwe, err := app.FindRecordById("users", personId("uwe"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range colleagues {
		u := core.NewRecord(users)
		u.Id = c.id
		u.SetEmail(c.key + "@test.mitwirken.de")
		u.SetRaw(core.FieldNamePassword, &core.PasswordFieldValue{Hash: uwe.GetRaw(core.FieldNamePassword).(*core.PasswordFieldValue).Hash})
		u.SetTokenKey(colleagueTokenKey(c.key))
		u.SetVerified(true)
		u.Set("display_name", c.key)
		u.Set("home_region", c.home)
		if err := app.Save(u); err != nil {
			t.Fatalf("saving %s: %v", c.key, err)
		}
		b.add("memberships", "", map[string]any{"user": c.id, "organization": c.org, "role": c.role})
	}
	if b.err != nil {
		t.Fatal(b.err)
	}
}

// newColleaguesApp is a fresh fixture app that also holds the colleagues.
func newColleaguesApp(t testing.TB) *pbtests.TestApp {
	app := newTestApp(t)
	addColleagues(t, app)
	return app
}

// runColleagueChecks runs the rows as runChecks does, on apps that also hold
// the colleagues, who may act in the rows too.
func runColleagueChecks(t *testing.T, rows []accessCheck) {
	t.Helper()
	runChecksOn(t, newColleaguesApp, rows)
}

// apiSession sends requests one after another to one app, for scenarios in
// which each step builds on the one before (an appeal filed, then decided).
type apiSession struct {
	t   testing.TB
	app *pbtests.TestApp
	mux http.Handler
}

func newApiSession(t testing.TB, app *pbtests.TestApp) *apiSession {
	return &apiSession{t: t, app: app, mux: newMux(t, app)}
}

// send makes one request as person ("" is anonymous) with a body given as
// JSON text or as a value to encode, and returns the status and the decoded
// JSON reply (nil when there is none).
func (s *apiSession) send(person, method, url string, body any) (int, map[string]any) {
	s.t.Helper()
	text, isText := body.(string)
	if !isText && body != nil {
		text = jsonText(body)
	}
	res := serveRequest(s.mux, method, url, authTokenOf(person), text)
	var reply map[string]any
	if res.Body.Len() > 0 {
		if err := json.Unmarshal(res.Body.Bytes(), &reply); err != nil {
			s.t.Fatalf("%s %s: got %q, want JSON: %v", method, url, res.Body, err)
		}
	}
	return res.Code, reply
}

// must makes a request that has to succeed with want and returns the reply.
func (s *apiSession) must(want int, person, method, url string, body any) map[string]any {
	s.t.Helper()
	status, reply := s.send(person, method, url, body)
	if status != want {
		s.t.Fatalf("%s %s as %q: got status %d %v, want %d", method, url, person, status, reply, want)
	}
	return reply
}
