package tests

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/pocketbase/dbx"
)

// jsonBody encodes v as a request body.
func jsonBody(v any) io.Reader {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return strings.NewReader(string(raw))
}

func stringBody(s string) io.Reader { return strings.NewReader(s) }

// dbxHash builds an equality filter from column/value pairs.
func dbxHash(pairs ...string) dbx.HashExp {
	exp := dbx.HashExp{}
	for i := 0; i+1 < len(pairs); i += 2 {
		exp[pairs[i]] = pairs[i+1]
	}
	return exp
}
