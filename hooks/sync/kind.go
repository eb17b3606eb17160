//go:generate go test -run TestGeneratedFilesFollowTheTableOfKinds -update

package sync

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/migrations"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// mutationKind is one kind of change a device may push. The table of them
// (kinds.go) is the one home of the mutation types: push dispatches through
// it, the validator accepts its names, and docs/sync.md's table is written
// from it (kinds_generated_test.go), which the PWA's build reads in turn.
type mutationKind struct {
	Type       string
	Collection string
	// Op is what an applied mutation did to its record: create, update or
	// delete. The PWA settles an answer by it (ui/src/sync/push.js).
	Op string
	// Owners are the fields the kind sets to the person who pushes it.
	Owners []string
	// Rest is the REST call it does the same as, for the docs.
	Rest string
	// Example is args the kind accepts (naming the test fixtures), which
	// seed the fuzzers (push_fuzz_test.go).
	Example string
	// Args are the args' fields, read from the args struct, for the docs;
	// the PWA's build leaves them out (it builds its args itself, and every
	// byte of the kinds is on the start page's critical path).
	Args []mutationArg

	// decode reads args strictly into the kind's args struct and validates
	// them, without a database: the part of apply a device can get wrong
	// alone, which FuzzDecodePush runs on its own.
	decode func(raw json.RawMessage) (any, validation.Errors)
	apply  func(txApp core.App, e *core.RequestEvent, m mutation) mutationResult
}

// mutationArg is one field of a kind's args.
type mutationArg struct {
	Name     string
	Required bool
	// bounds are its validate tag's min and max, which repeat the schema's.
	bounds map[string]int
}

// kindWithArgs completes a table entry with its apply function, which gets
// the args decoded strictly into A and validated by A's tags.
func kindWithArgs[A any](kind mutationKind, apply func(txApp core.App, e *core.RequestEvent, m mutation, a A) mutationResult) mutationKind {
	kind.Args = argsOf(reflect.TypeFor[A]())
	decode := func(raw json.RawMessage) (A, validation.Errors) {
		var a A
		errs := decodeArgs(raw, &a)
		return a, errs
	}
	kind.decode = func(raw json.RawMessage) (any, validation.Errors) { return decode(raw) }
	kind.apply = func(txApp core.App, e *core.RequestEvent, m mutation) mutationResult {
		a, errs := decode(m.Args)
		if errs != nil {
			return invalid(m, errs)
		}
		return apply(txApp, e, m, a)
	}
	return kind
}

// argsOf lists the JSON fields of an args struct, embedded structs inlined.
func argsOf(t reflect.Type) []mutationArg {
	var args []mutationArg
	for field := range t.Fields() {
		if field.Anonymous {
			args = append(args, argsOf(field.Type)...)
			continue
		}
		name, _, _ := strings.Cut(field.Tag.Get("json"), ",")
		rules := strings.Split(field.Tag.Get("validate"), ",")
		arg := mutationArg{Name: name, Required: rules[0] == "required", bounds: map[string]int{}}
		for _, rule := range rules {
			if key, value, ok := strings.Cut(rule, "="); ok && (key == "min" || key == "max") {
				arg.bounds[key], _ = strconv.Atoi(value)
			}
		}
		args = append(args, arg)
	}
	return args
}

// mutationKindTag is the validate tag of a mutation's type: one of the table's.
const mutationKindTag = "mutation_kind"

// kindOf finds the kind of a type; ok is false for a type not in the table.
func kindOf(typ string) (mutationKind, bool) {
	for _, kind := range mutationKinds {
		if kind.Type == typ {
			return kind, true
		}
	}
	return mutationKind{}, false
}

func init() {
	names := make([]string, len(mutationKinds))
	for i, kind := range mutationKinds {
		names[i] = kind.Type
	}
	domain.RegisterChoice(mutationKindTag, names)
	// A barrier is one of the schema's (the feedback barriers select field).
	domain.RegisterChoice("barrier", migrations.Barriers)
}

// applyMutation performs one mutation inside txApp with exactly the authority of the
// REST API: the same collection rules, validations and hooks.
func applyMutation(txApp core.App, e *core.RequestEvent, m mutation) mutationResult {
	kind, ok := kindOf(m.Type)
	if !ok {
		return rejection(m, "validation_invalid_value", "Unknown mutation type.", nil)
	}
	return kind.apply(txApp, e, m)
}
