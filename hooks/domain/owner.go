package domain

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"
)

// OwnerFields names, per collection whose records belong to people, the
// fields that name those people: who wrote it (author, user, reporter) and,
// for an entry made on someone's behalf, the volunteer who entered it
// (entered_by). An owner may read their record whatever its state; the read
// rules in migrations grant it with OwnedByRule, and the change log should
// address a private record to every owner named here.
var OwnerFields = map[string][]string{
	"ideas":         {"author", "entered_by"},
	"feedback":      {"author", "entered_by"},
	"comments":      {"author"},
	"votes":         {"user"},
	"reports":       {"reporter"},
	"notifications": {"user"},
}

// IsOwnedBy reports whether userId is one of the owners of record.
func IsOwnedBy(record *core.Record, userId string) bool {
	if userId == "" {
		return false
	}
	return slices.ContainsFunc(OwnerFields[record.Collection().Name], func(field string) bool {
		return record.GetString(field) == userId
	})
}

// OwnedByRule is the API rule condition "the signed-in person is named in
// field". It needs its guard: a guest's @request.auth.id is empty, and so is
// the field of an entry made on paper or whose owner deleted the account.
func OwnedByRule(field string) string {
	return "(@request.auth.id != '' && " + field + " = @request.auth.id)"
}
