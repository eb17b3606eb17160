package search

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/mitwirken/mitwirken/hooks/domain"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

func TestSearchTermsMeetAcrossSpellings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		forms []string
		want  string
	}{
		{"umlauts folded, any case", []string{"Bürgerbüro", "Buergerbuero", "BÜRGERBÜRO", "bürgerbüros"}, "burgerburo"},
		{"ß and ss", []string{"Straße", "Strasse", "STRASSE", "Straßen"}, "stras"},
		{"plural endings", []string{"Formular", "Formulare", "Formularen"}, "formular"},
		{"umlaut in the plural", []string{"Antrag", "Anträge", "Anträgen", "antraege"}, "antrag"},
		{"noun and verb", []string{"Anmeldung", "Anmeldungen", "anmelden"}, "anmeld"},
		{"-heit and -keit", []string{"Möglichkeiten", "möglich"}, "moglich"},
		{"female plural", []string{"Bürgerinnen", "Bürger", "Bürgern"}, "burg"},
		{"double s", []string{"Bus", "Busse", "Bussen"}, "bus"},
		{"repeated stripping", []string{"Papier", "Papiere"}, "papi"},
		{"short words stay whole", []string{"Amt", "Ämter", "Ämtern"}, "amt"},
		{"other accents dropped", []string{"Café", "Cafe"}, "caf"},
		{"decomposed umlaut", []string{"Gebu\u0308hr", "Gebühren"}, "gebuhr"},
	} {
		for _, form := range c.forms {
			got := Terms(form)
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("%s: Terms(%q) got %v, want [%s]", c.name, form, got, c.want)
			}
		}
	}
}

func TestSearchTermsDropStopwordsAndPunctuation(t *testing.T) {
	t.Parallel()
	got := Terms("Bitte: den Online-Antrag (für die Kita) auch per E-Mail!")
	want := []string{"onli", "antrag", "kita", "per", "mail"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := Terms("und die, der; das!"); len(got) != 0 {
		t.Errorf("only stopwords: got %v, want none", got)
	}
	// "seit" stems like the "Seite" of "Webseite": a complaint "seit Wochen"
	// must not read as one about the website.
	for _, term := range Terms("Geht seit Wochen nicht") {
		if slices.Contains(Terms("Webseite"), term) {
			t.Errorf("%q is a term of both %q and %q", term, "seit Wochen", "Webseite")
		}
	}
}

func TestReduceUmlautsKeepsQu(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"quell": "quell", "antraeg": "antrag", "hoer": "hor", "fuehr": "fuhr", "stras": "stras"} {
		if got := reduceUmlauts(in); got != want {
			t.Errorf("reduceUmlauts(%q): got %q, want %q", in, got, want)
		}
	}
}

func TestMatchExpressionsQuoteDistinctTerms(t *testing.T) {
	t.Parallel()
	if got, want := matchAll([]string{"termi", "bus", "termi"}), `"termi"* AND "bus"`; got != want {
		t.Errorf("matchAll: got %s, want %s", got, want)
	}
	if got, want := matchAny([]string{"termi", "bus", "termi"}), `"termi" OR "bus"`; got != want {
		t.Errorf("matchAny: got %s, want %s", got, want)
	}
	many := strings.Fields(strings.Repeat("a b c d e f g h i j ", 3) + "x1 x2 x3 x4 x5 x6 x7 x8 x9 y1 y2 y3 y4 y5 y6 y7 y8 y9 z1 z2 z3 z4 z5 z6 z7 z8 z9 w1 w2 w3 w4")
	if got := len(distinctTerms(many)); got != maxQueryTerms {
		t.Errorf("distinctTerms of %d words: got %d terms, want %d", len(many), got, maxQueryTerms)
	}
}

func TestSimilarityIsWeightedOverlap(t *testing.T) {
	t.Parallel()
	weights := map[string]float64{"rare": 3, "common": 0.5}
	for _, c := range []struct {
		name string
		a, b []string
		want float64
	}{
		{"identical", []string{"rare", "common"}, []string{"common", "rare", "rare"}, 1},
		{"disjoint", []string{"rare"}, []string{"common"}, 0},
		{"a rare shared term counts much", []string{"rare", "common"}, []string{"rare", "other"}, 6.0 / 7.5},
		{"a common shared term counts little", []string{"rare", "common"}, []string{"common", "other"}, 1.0 / 5},
		{"nothing", nil, nil, 0},
	} {
		if got := similarity(c.a, c.b, weights); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("%s: got %.3f, want %.3f", c.name, got, c.want)
		}
	}
}

func TestMostSimilarDropsWeakMatchesAndRanks(t *testing.T) {
	t.Parallel()
	query := []string{"rufbus", "app", "buch"}
	hits := []searchHit{
		{Idea: "weak", Rank: -9, Terms: "app kalend mull tonn abfall"},
		{Idea: "close", Rank: -5, Terms: "rufbus onli buch"},
		{Idea: "same", Rank: -4, Terms: "rufbus app buch"},
	}
	weights := map[string]float64{"app": 0.3} // in many ideas
	got := mostSimilar(query, hits, weights, 5)
	var ids []string
	for _, hit := range got {
		ids = append(ids, hit.Idea)
	}
	if want := []string{"same", "close"}; !slices.Equal(ids, want) {
		t.Errorf("got %v, want %v", ids, want)
	}
	if got[0].Score != 1 {
		t.Errorf("score of an identical idea: got %v, want 1", got[0].Score)
	}
	if got := mostSimilar(query, hits, weights, 1); len(got) != 1 {
		t.Errorf("limit 1: got %d hits", len(got))
	}
}

func TestInverseDocumentFrequencyFavoursRareTerms(t *testing.T) {
	t.Parallel()
	rare, common := inverseDocumentFrequency(1, 100), inverseDocumentFrequency(60, 100)
	if rare <= common || common <= 0 {
		t.Errorf("got rare %.2f, common %.2f; want rare > common > 0", rare, common)
	}
}

func newIdea(data map[string]any) domain.Idea {
	r := core.NewRecord(core.NewBaseCollection("ideas"))
	r.Load(data)
	return domain.Idea{Record: r}
}

func TestSearchEntryChangedOnlyForIndexedFields(t *testing.T) {
	t.Parallel()
	base := map[string]any{"id": "idea00000000001", "title": "Rufbus", "body": "per App", "region": "r", "status": "published"}
	with := func(key string, value any) domain.Idea {
		data := map[string]any{}
		for k, v := range base {
			data[k] = v
		}
		data[key] = value
		return newIdea(data)
	}
	before := newIdea(base)
	for _, c := range []struct {
		name  string
		after domain.Idea
		want  bool
	}{
		{"a vote changes nothing indexed", with("votes_count", 5), false},
		{"a status change between public states", with("status", "in_review"), false},
		{"hiding", with("hidden", true), true},
		{"a new title", with("title", "Rufbus digital"), true},
		{"a new body", with("body", "per Telefon"), true},
		{"another region", with("region", "s"), true},
	} {
		if got := searchEntryChanged(before, c.after); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestIdeaIsSuggestedAsDuplicate(t *testing.T) {
	t.Parallel()
	for status, want := range map[string]bool{
		domain.StatusSubmitted: false, domain.StatusPublished: true, domain.StatusInReview: true, domain.StatusAccepted: true,
		domain.StatusInProgress: true, domain.StatusImplemented: true, domain.StatusDeclined: false, domain.StatusMerged: false,
	} {
		if got := newIdea(map[string]any{"status": status}).IsSuggestedAsDuplicate(); got != want {
			t.Errorf("status %s: got %v, want %v", status, got, want)
		}
	}
	if newIdea(map[string]any{"status": domain.StatusPublished, "hidden": true}).IsSuggestedAsDuplicate() {
		t.Error("a hidden idea is suggested")
	}
}

func TestSearchParamsNameTheFieldAtFault(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, query, field, code string
	}{
		{"missing q", "", "q", "validation_required"},
		{"short q", "q=ab", "q", "validation_min_text_constraint"},
		{"long q", "q=" + strings.Repeat("x", 501), "q", "validation_max_text_constraint"},
		{"region not an id", "q=rufbus&region=Gelnhausen", "region", "validation_invalid_format"},
		{"page zero", "q=rufbus&page=0", "page", "validation_min_number_constraint"},
		{"page not a number", "q=rufbus&page=zwei", "page", "validation_invalid_value"},
		{"page not a number and no q", "page=zwei", "q", "validation_required"},
	} {
		query, _ := url.ParseQuery(c.query)
		_, err := readSearchParams(query)
		errs, ok := err.(validation.Errors)
		if !ok {
			t.Errorf("%s: got %v, want field errors", c.name, err)
			continue
		}
		fieldErr, ok := errs[c.field].(validation.Error)
		if !ok || fieldErr.Code() != c.code {
			t.Errorf("%s: got %v, want %s on %s", c.name, errs, c.code, c.field)
		}
	}
	p, err := readSearchParams(url.Values{"q": {"  Rufbus  "}, "region": {"gelnhausen00000"}})
	if err != nil || p.Page != 1 || p.Query != "Rufbus" {
		t.Errorf("valid: got %+v, %v; want page 1 and a trimmed query", p, err)
	}
}

func TestSimilarParamsBoundTheLimit(t *testing.T) {
	t.Parallel()
	for limit, wantErr := range map[string]bool{"": false, "1": false, "10": false, "0": true, "11": true} {
		p, err := readSimilarParams(url.Values{"text": {"Rufbus per App"}, "limit": {limit}})
		if (err != nil) != wantErr {
			t.Errorf("limit %q: got %v, want error %v", limit, err, wantErr)
		}
		if limit == "" && p.Limit != 5 {
			t.Errorf("default limit: got %d, want 5", p.Limit)
		}
	}
}
