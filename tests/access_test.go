package tests

import (
	"net/http"
	"strings"
	"testing"

	pbtests "github.com/pocketbase/pocketbase/tests"
)

// access is one row of an access-rule matrix: who does what, and what they get.
type access struct {
	name   string
	as     string // fixture person, "" for anonymous
	method string
	url    string
	body   string // JSON
	status int
	has    []string // substrings the response must contain
	hasNot []string // substrings it must not contain
}

// run turns the rows into PocketBase API scenarios against fresh fixture apps.
func run(t *testing.T, rows []access) {
	t.Helper()
	for _, row := range rows {
		method := row.method
		if method == "" {
			method = http.MethodGet
		}
		scenario := pbtests.ApiScenario{
			Name:               row.name,
			Method:             method,
			URL:                row.url,
			Headers:            as(row.as),
			ExpectedStatus:     row.status,
			ExpectedContent:    row.has,
			NotExpectedContent: row.hasNot,
			TestAppFactory:     newTestApp,
		}
		if row.body != "" {
			scenario.Body = strings.NewReader(row.body)
			if scenario.Headers == nil {
				scenario.Headers = map[string]string{}
			}
			scenario.Headers["Content-Type"] = "application/json"
		}
		if len(scenario.ExpectedContent) == 0 && len(scenario.NotExpectedContent) == 0 {
			// ApiScenario demands an expectation for a non-empty body; the status is what this row asserts.
			scenario.NotExpectedContent = []string{"__never_in_a_response__"}
		}
		scenario.Test(t)
	}
}
