package domain

import (
	"errors"
	"reflect"
	"slices"
	"strings"

	"github.com/go-playground/validator/v10"
	validation "github.com/pocketbase/ozzo-validation/v4"
)

// payloads validates the payloads and query parameters of custom routes. Fields
// are named by their `json` or `param` tag, so errors point at what the client sent.
var payloads = func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(field reflect.StructField) string {
		if field.Anonymous {
			return embedded
		}
		for _, tag := range []string{"json", "param"} {
			if name, _, _ := strings.Cut(field.Tag.Get(tag), ","); name != "" && name != "-" {
				return name
			}
		}
		return field.Name
	})
	return v
}()

// embedded names an embedded struct in an error's path, which fieldPath
// drops: its fields are the outer struct's in JSON, and an error must name
// them so ("channel", not "entryArgs.channel"; FuzzDecodePush found it).
const embedded = "~embedded"

// choices are the values of the tags added by RegisterChoice, as oneof's parameter.
var choices = map[string]string{}

// RegisterChoice adds a validate tag that accepts exactly values and answers
// like oneof: for lists whose home is a Go table (the mutation kinds), so
// that no tag repeats them. Call it from an init function.
func RegisterChoice(tag string, values []string) {
	choices[tag] = strings.Join(values, " ")
	_ = payloads.RegisterValidation(tag, func(field validator.FieldLevel) bool {
		return slices.Contains(values, field.Field().String())
	})
}

// ValidateStruct checks v with its `validate` tags and answers in PocketBase's
// error shape, keyed by the field path below v (e.g. "mutations.3.type"), with
// PocketBase's own codes so that hooks/i18n/i18n.go translates them.
func ValidateStruct(v any) validation.Errors {
	err := payloads.Struct(v)
	if err == nil {
		return nil
	}
	var fieldErrors validator.ValidationErrors
	if !errors.As(err, &fieldErrors) {
		return validation.Errors{"body": validation.NewError("validation_invalid_value", "Invalid value.")}
	}
	out := validation.Errors{}
	for _, fe := range fieldErrors {
		path := fieldPath(fe.Namespace())
		if _, seen := out[path]; !seen {
			out[path] = validatorError(fe)
		}
	}
	return out
}

// fieldPath turns "pushRequest.mutations[3].type" into "mutations.3.type".
func fieldPath(namespace string) string {
	_, path, _ := strings.Cut(namespace, ".")
	path = strings.ReplaceAll(path, embedded+".", "")
	return strings.ReplaceAll(strings.ReplaceAll(path, "[", "."), "]", "")
}

func validatorError(fe validator.FieldError) validation.Error {
	text := fe.Kind() == reflect.String
	switch tag := fe.Tag(); {
	case tag == "required" || tag == "required_without":
		return validation.NewError("validation_required", "Cannot be blank.")
	case (tag == "min" || tag == "gte") && text:
		return validation.NewError("validation_min_text_constraint", "Must be at least {{.min}} character(s).").
			SetParams(map[string]any{"min": fe.Param()})
	case (tag == "max" || tag == "lte") && text:
		return validation.NewError("validation_max_text_constraint", "Must be no more than {{.max}} character(s).").
			SetParams(map[string]any{"max": fe.Param()})
	case fe.Kind() == reflect.Slice && (tag == "max" || tag == "lte"):
		return validation.NewError("validation_too_many_values", "Select no more than {{.maxSelect}}.").
			SetParams(map[string]any{"maxSelect": fe.Param()})
	case tag == "min" || tag == "gte":
		return validation.NewError("validation_min_number_constraint", "Must be greater or equal than {{.min}}.").
			SetParams(map[string]any{"min": fe.Param()})
	case tag == "max" || tag == "lte":
		return validation.NewError("validation_max_number_constraint", "Must be less or equal than {{.max}}.").
			SetParams(map[string]any{"max": fe.Param()})
	case tag == "oneof":
		return validation.NewError("validation_invalid_value", "Must be one of: {{.values}}.").
			SetParams(map[string]any{"values": fe.Param()})
	case choices[tag] != "":
		return validation.NewError("validation_invalid_value", "Must be one of: {{.values}}.").
			SetParams(map[string]any{"values": choices[tag]})
	case tag == "uuid" || tag == "uuid4":
		return validation.NewError("validation_invalid_uuid", "Must be a UUID.")
	}
	return validation.NewError("validation_invalid_format", "Invalid value format.")
}
