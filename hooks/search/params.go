package search

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
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

func readSearchParams(query url.Values) (searchParams, error) {
	errs := validation.Errors{}
	p := searchParams{
		Query:  strings.TrimSpace(query.Get("q")),
		Region: query.Get("region"),
		Page:   intParam(query, "page", 1, errs),
	}
	return p, paramErrors(errs, p)
}

func readSimilarParams(query url.Values) (similarParams, error) {
	errs := validation.Errors{}
	p := similarParams{
		Text:   strings.TrimSpace(query.Get("text")),
		Region: query.Get("region"),
		Limit:  intParam(query, "limit", 5, errs),
	}
	return p, paramErrors(errs, p)
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

// paramErrors adds the validator's verdict on p to errs, one error per
// parameter; it returns nil when nothing is wrong.
func paramErrors(errs validation.Errors, p any) error {
	for field, err := range domain.ValidateStruct(p) {
		if _, seen := errs[field]; !seen {
			errs[field] = err
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}
