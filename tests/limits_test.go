package tests

import (
	"net/http"
	"strings"
	"testing"
)

func TestRateLimitsAreOnByDefault(t *testing.T) {
	app := newTestApp(t)
	server := newServer(t, app)
	// *:create allows 60 creates per 10 s from one address.
	var last int
	for i := range 61 {
		last = call(t, server.Client(), http.MethodPost, server.URL+"/api/collections/comments/records", authTokenOf("anna"),
			map[string]string{"idea": ideaPublished, "author": personId("anna"), "body": "Kommentar " + fmtCitizen(i)}, nil)
		if i < 60 && last != 200 {
			t.Fatalf("create %d: got %d, want 200", i+1, last)
		}
	}
	if last != http.StatusTooManyRequests {
		t.Errorf("create 61: got %d, want 429", last)
	}
	// Reading is not limited by the create rule.
	if got := call(t, server.Client(), http.MethodGet, server.URL+"/api/collections/ideas/records?skipTotal=1", "", nil, nil); got != 200 {
		t.Errorf("list after the create limit: got %d, want 200", got)
	}
}

func TestOversizedBodiesAreRefused(t *testing.T) {
	app := newTestApp(t)
	server := newServer(t, app)
	huge := strings.Repeat("a", 300<<10)
	got := call(t, server.Client(), http.MethodPost, server.URL+"/api/collections/ideas/records", authTokenOf("anna"),
		map[string]string{"title": "Zu lang", "body": huge, "region": gelnhausen, "author": personId("anna")}, nil)
	if got != http.StatusRequestEntityTooLarge {
		t.Errorf("got %d, want 413", got)
	}
	if n, _ := app.CountRecords("ideas"); n != 4 {
		t.Errorf("ideas stored: got %d, want the 4 fixtures", n)
	}
}

func TestTextIsStoredAsPlainText(t *testing.T) {
	run(t, []access{
		{name: "markup is kept as text and returned JSON-escaped, never as HTML", as: "anna", method: http.MethodPost,
			url:    "/api/collections/comments/records",
			body:   `{"idea":"` + ideaPublished + `","author":"` + personId("anna") + `","body":"<script>alert(1)</script>"}`,
			status: 200, has: []string{`"body":"\u003cscript\u003ealert(1)\u003c/script\u003e"`}},
	})
}
