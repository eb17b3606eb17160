package tests

import (
	"testing"
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
	runChecks(t, checksOf(rows))
}

// checksOf turns plain rows into checks that prepare and inspect nothing.
func checksOf(rows []access) []accessCheck {
	checks := make([]accessCheck, len(rows))
	for i, row := range rows {
		checks[i] = accessCheck{access: row}
	}
	return checks
}
