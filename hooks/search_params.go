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
	p := searchParams{Query: strings.TrimSpace(query.Get("q")), Region: query.Get("region")}
	page, err := intParam(query, "page", 1)
	if err != nil {
		return p, err
	}
	p.Page = page
	return p, queryParamErrors(v.Struct(p))
}

func readSimilarParams(v *validator.Validate, query url.Values) (similarParams, error) {
	p := similarParams{Text: strings.TrimSpace(query.Get("text")), Region: query.Get("region")}
	limit, err := intParam(query, "limit", 5)
	if err != nil {
		return p, err
	}
	p.Limit = limit
	return p, queryParamErrors(v.Struct(p))
}

// intParam reads an optional integer parameter.
func intParam(query url.Values, name string, fallback int) (int, error) {
	raw := query.Get(name)
	if raw == "" {
		return fallback, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		return 0, validation.Errors{name: validation.NewError("validation_invalid_value", "Must be a whole number.")}
	}
	return n, nil
}

// queryParamErrors translates the validator's verdict into PocketBase's error
// shape, reusing PocketBase's codes so that hooks/i18n.go translates them.
func queryParamErrors(err error) error {
	var fieldErrors validator.ValidationErrors
	if !errors.As(err, &fieldErrors) {
		return err
	}
	errs := validation.Errors{}
	for _, fe := range fieldErrors {
		if _, seen := errs[fe.Field()]; !seen {
			errs[fe.Field()] = queryParamError(fe)
		}
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
