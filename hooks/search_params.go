package hooks

import (
	"errors"
	"net/url"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"
	validation "github.com/pocketbase/ozzo-validation/v4"
)

// searchParams are the query parameters of GET /api/ideas/search.
type searchParams struct {
	Query  string `param:"q" validate:"required,min=3,max=500"`
	Region string `param:"region" validate:"omitempty,len=15,alphanum,lowercase"`
	Page   int    `param:"page" validate:"min=1,max=50"`
}

// similarParams are the query parameters of GET /api/ideas/similar.
type similarParams struct {
	Text   string `param:"text" validate:"required,min=3,max=500"`
	Region string `param:"region" validate:"omitempty,len=15,alphanum,lowercase"`
	Limit  int    `param:"limit" validate:"min=1,max=10"`
}

// newParamValidator returns a validator that names fields by their query
// parameter, so that errors point at "q" rather than "Query".
func newParamValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(field reflect.StructField) string {
		return field.Tag.Get("param")
	})
	return v
}

func readSearchParams(v *validator.Validate, query url.Values) (searchParams, error) {
	errs := validation.Errors{}
	p := searchParams{
		Query:  strings.TrimSpace(query.Get("q")),
		Region: query.Get("region"),
		Page:   intParam(query, "page", 1, errs),
	}
	return p, queryParamErrors(errs, v.Struct(p))
}

func readSimilarParams(v *validator.Validate, query url.Values) (similarParams, error) {
	errs := validation.Errors{}
	p := similarParams{
		Text:   strings.TrimSpace(query.Get("text")),
		Region: query.Get("region"),
		Limit:  intParam(query, "limit", 5, errs),
	}
	return p, queryParamErrors(errs, v.Struct(p))
}

// intParam reads an optional integer parameter; a value that is not a whole
// number is recorded in errs and read as fallback.
func intParam(query url.Values, name string, fallback int, errs validation.Errors) int {
	raw := query.Get(name)
	if raw == "" {
		return fallback
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		errs[name] = validation.NewError("validation_invalid_value", "Must be a whole number.")
		return fallback
	}
	return n
}

// queryParamErrors adds the validator's verdict to errs in PocketBase's
// error shape, one error per parameter, reusing PocketBase's codes so that
// hooks/i18n.go translates them. It returns nil when nothing is wrong.
func queryParamErrors(errs validation.Errors, err error) error {
	var fieldErrors validator.ValidationErrors
	if err != nil && !errors.As(err, &fieldErrors) {
		return err // a programming error, such as an unknown tag
	}
	for _, fe := range fieldErrors {
		if _, seen := errs[fe.Field()]; !seen {
			errs[fe.Field()] = queryParamError(fe)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func queryParamError(fe validator.FieldError) validation.Error {
	text := fe.Kind() == reflect.String
	switch {
	case fe.Tag() == "required":
		return validation.NewError("validation_required", "Cannot be blank.")
	case fe.Tag() == "min" && text:
		return validation.NewError("validation_min_text_constraint", "Must be at least {{.min}} character(s).").
			SetParams(map[string]any{"min": fe.Param()})
	case fe.Tag() == "max" && text:
		return validation.NewError("validation_max_text_constraint", "Must be no more than {{.max}} character(s).").
			SetParams(map[string]any{"max": fe.Param()})
	case fe.Tag() == "min":
		return validation.NewError("validation_min_number_constraint", "Must be greater or equal than {{.min}}.").
			SetParams(map[string]any{"min": fe.Param()})
	case fe.Tag() == "max":
		return validation.NewError("validation_max_number_constraint", "Must be less or equal than {{.max}}.").
			SetParams(map[string]any{"max": fe.Param()})
	}
	return validation.NewError("validation_invalid_format", "Invalid value format.")
}
