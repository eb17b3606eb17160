package migrations

import (
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
)

// ownedByRequester is the rule clause "the requester owns the record", for
// every owner field of the collection in domain.OwnerFields, the one list
// that the change log (hooks/sync/log.go) also addresses private records by:
// a rating a volunteer entered with its author reaches and is readable by
// both. Changing the list is a new migration that rebuilds the rules.
func ownedByRequester(collection string) string {
	clauses := make([]string, len(domain.OwnerFields[collection]))
	for i, field := range domain.OwnerFields[collection] {
		clauses[i] = field + " = @request.auth.id"
	}
	// The guard matters: a guest's @request.auth.id is empty, and so is an
	// owner field left empty (a paper entry has no author).
	return "(@request.auth.id != '' && (" + strings.Join(clauses, " || ") + "))"
}
