package platform

import (
	"encoding/json"
	"strings"
	"testing"

	validation "github.com/pocketbase/ozzo-validation/v4"
)

func TestRedactPersonalDataRemovesIdsEmailsAndTokens(t *testing.T) {
	const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJpZCI6ImFubmEwMDAwMDAwMDAwMCJ9.c2lnbmF0dXJlLWJ5dGVz"
	for _, s := range []struct{ name, in, want string }{
		{"an id in a path", "/api/collections/users/records/anna00000000000", "/api/collections/users/records/[id]"},
		{"an id of letters only", "/api/collections/users/records/abcdefghijklmno", "/api/collections/users/records/[id]"},
		{"an id in an encoded filter", "/api/collections/memberships/records?filter=user%3D%27k3xq9vb2m8a1zp0%27&perPage=100",
			"/api/collections/memberships/records?filter=user='[id]'&perPage=100"},
		{"an id encoded twice", "/x?filter=user%253D%2527k3xq9vb2m8a1zp0%2527", "/x?filter=user='[id]'"},
		{"ids next to each other", "ids=k3xq9vb2m8a1zp0,a1b2c3d4e5f6g7h", "ids=[id],[id]"},
		{"an email", "Referer: https://x.de/?email=anna@demo.mitwirken.de", "Referer: https://x.de/?email=[email]"},
		{"an encoded email", "/api/x?filter=email%3D%27anna.b%2Bx%40example.org%27", "/api/x?filter=email='[email]'"},
		{"a JWT", "Authorization " + jwt, "Authorization [token]"},
		{"a token parameter", "/api/files/c/r/f.png?token=abc.def-ghi", "/api/files/c/r/f.png?token=[token]"},
		{"an OAuth2 code", "/api/oauth2-redirect?code=4%2F0AeaYSHx&state=xyz", "/api/oauth2-redirect?code=[token]&state=[token]"},
		{"a UUID", "device 0f8fad5b-d9cb-469f-a165-70867728950e", "device [id]"},
		{"a user agent stays", "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0.0.0 Safari/537.36",
			"Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0.0.0 Safari/537.36"},
		{"words and shorter or longer runs stay", "GET /api/collections/feedback_stats/records?skipTotal=1&region=abc0123456789012",
			"GET /api/collections/feedback_stats/records?skipTotal=1&region=abc0123456789012"},
		{"an invalid escape stays", "/api/x?q=100%", "/api/x?q=100%"},
	} {
		if got := RedactPersonalData(s.in); got != s.want {
			t.Errorf("%s: got %q, want %q", s.name, got, s.want)
		}
	}
}

func TestRedactValueReachesEveryStringOfALog(t *testing.T) {
	data := map[string]any{
		"url":     "/api/collections/users/records/anna00000000000",
		"status":  404,
		"details": validation.Errors{"anna@demo.mitwirken.de": validation.NewError("x", "no record anna00000000000")},
		"list":    []any{"ben000000000000", 1.5, true, nil},
		"other":   struct{ Email string }{"ben@demo.mitwirken.de"},
	}
	raw, err := json.Marshal(redactValue(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, personal := range []string{"anna00000000000", "ben000000000000", "anna@demo", "ben@demo"} {
		if strings.Contains(string(raw), personal) {
			t.Errorf("got %s, want no %q", raw, personal)
		}
	}
	for _, kept := range []string{`"status":404`, `"no record [id]"`, `1.5,true,null`} {
		if !strings.Contains(string(raw), kept) {
			t.Errorf("got %s, want %s kept", raw, kept)
		}
	}
}
