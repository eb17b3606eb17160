package migrations

import "strings"

// PrivateOwners names, for each private collection, every field that makes a
// person an owner of a record. It is the one home of "who keeps a private
// record": the collections' read rules grant their owners (ownedByRequester),
// and the change log (hooks/sync/log.go) sends a record to the devices of
// each of its owners. A record with two owners, such as a rating a volunteer
// entered with its author, reaches both. Changing the list is a new
// migration that rebuilds the rules from it.
var PrivateOwners = map[string][]string{
	"votes":         {"user"},
	"feedback":      {"author", "entered_by"},
	"reports":       {"reporter"},
	"notifications": {"user"},
}

// ownedByRequester is the rule clause "the requester owns the record". The
// guard matters: a guest's @request.auth.id is empty, and so is an owner
// field left empty (a paper entry has no author).
func ownedByRequester(collection string) string {
	clauses := make([]string, len(PrivateOwners[collection]))
	for i, field := range PrivateOwners[collection] {
		clauses[i] = field + " = @request.auth.id"
	}
	return "(@request.auth.id != '' && (" + strings.Join(clauses, " || ") + "))"
}
