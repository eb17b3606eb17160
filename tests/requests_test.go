package tests

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/pocketbase/dbx"
)

// jsonText encodes v as JSON text, for request bodies.
func jsonText(v any) string {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(raw)
}

// jsonBody encodes v as a request body.
func jsonBody(v any) io.Reader { return strings.NewReader(jsonText(v)) }

func stringBody(s string) io.Reader { return strings.NewReader(s) }

// dbxHash builds an equality filter from column/value pairs.
func dbxHash(pairs ...string) dbx.HashExp {
	exp := dbx.HashExp{}
	for i := 0; i+1 < len(pairs); i += 2 {
		exp[pairs[i]] = pairs[i+1]
	}
	return exp
}
