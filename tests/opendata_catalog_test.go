package tests

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mitwirken/mitwirken/hooks/insight"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// dcatRequired are the properties a harvester rejects a catalogue without,
// by class: the mandatory properties of DCAT-AP 2.0 that DCAT-AP.de 2.0
// takes over (Catalog: dct:title, dct:description, dct:publisher,
// dcat:dataset; Dataset: dct:title, dct:description; Distribution:
// dcat:accessURL) and the German conventions that the GovData validator
// checks as violations, in GovDataOfficial/DCAT-AP.de-SHACL-Validation,
// validator/resources/v2.0/shapes/dcat-ap-konventionen.ttl: K12/K13
// dcatde:contributorID on every dataset, K36 dct:publisher on every
// dataset, K31 dct:license and K32 dct:format on every distribution, and
// K01 an email or URL on every contact point. See
// https://www.dcat-ap.de/def/dcatde/2.0/spec/ and .../2.0/implRules/.
var dcatRequired = map[string][]string{
	"dcat:Catalog":       {"dct:title", "dct:description", "dct:publisher", "dcat:dataset"},
	"dcat:Dataset":       {"dct:title", "dct:description", "dcatde:contributorID", "dct:publisher"},
	"dcat:Distribution":  {"dcat:accessURL", "dct:license", "dct:format"},
	"vcard:Organization": {"vcard:hasEmail"},
}

// dcatVocabularies are the IRI prefixes a property's value must have
// (K12/13 contributors, K31 licences, K32 EU file types, the political
// geocoding level).
var dcatVocabularies = map[string]string{
	"dcatde:contributorID":              "http://dcat-ap.de/def/contributors/",
	"dct:license":                       "http://dcat-ap.de/def/licenses/",
	"dct:format":                        "http://publications.europa.eu/resource/authority/file-type/",
	"dcatde:politicalGeocodingLevelURI": "http://dcat-ap.de/def/politicalGeocoding/Level/",
	"dcatde:politicalGeocodingURI":      "http://dcat-ap.de/def/politicalGeocoding/",
}

// dcatViolations walks a JSON-LD node and says which required property is
// missing or which value is outside its vocabulary.
func dcatViolations(n map[string]any) []string {
	var out []string
	kind, _ := n["@type"].(string)
	for _, property := range dcatRequired[kind] {
		if v, ok := n[property]; !ok || v == "" || v == nil {
			out = append(out, kind+" lacks "+property)
		}
	}
	for property, value := range n {
		for _, child := range asList(value) {
			object, ok := child.(map[string]any)
			if !ok {
				continue
			}
			if prefix, ok := dcatVocabularies[property]; ok {
				if id, _ := object["@id"].(string); !strings.HasPrefix(id, prefix) {
					out = append(out, kind+" "+property+" "+id+" is not in "+prefix)
				}
			}
			out = append(out, dcatViolations(object)...)
		}
	}
	return out
}

func asList(v any) []any {
	if list, ok := v.([]any); ok {
		return list
	}
	return []any{v}
}

// get asks mux for path with the headers.
func get(mux http.Handler, path string, headers map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	res := httptest.NewRecorder()
	mux.ServeHTTP(res, req)
	return res
}

func TestOpendataCatalogHasTheDCATAPdeRequiredProperties(t *testing.T) {
	rebuiltAt := time.Now().UTC().Truncate(time.Second)
	for _, c := range []struct {
		name    string
		app     func(testing.TB) *pbtests.TestApp
		missing []string
	}{
		{"configured by the operator: nothing missing", opendataApp, nil},
		{"without a GovData contributor id: the datasets lack it", newTestApp,
			[]string{"dcat:Dataset lacks dcatde:contributorID"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := c.app(t)
			withRaters(4)(t, app)
			feedbackGivenAt(lastMonth())(t, app)
			mux := newMux(t, app)
			if err := insight.Rebuild(app, 5, rebuiltAt); err != nil {
				t.Fatal(err)
			}
			res := get(mux, "/api/opendata/catalog", nil)
			if res.Code != http.StatusOK || res.Header().Get("Content-Type") != "application/ld+json" {
				t.Fatalf("got %d %s, want 200 application/ld+json", res.Code, res.Header().Get("Content-Type"))
			}
			var catalog map[string]any
			if err := json.Unmarshal(res.Body.Bytes(), &catalog); err != nil {
				t.Fatal(err)
			}
			violations := dcatViolations(catalog)
			slices.Sort(violations)
			violations = slices.Compact(violations)
			if !slices.Equal(violations, c.missing) {
				t.Errorf("got violations %q, want %q", violations, c.missing)
			}
			body := res.Body.String()
			for _, want := range []string{
				`"@id": "http://dcat-ap.de/def/licenses/dl-by-de/2.0"`,
				`"@value": "` + rebuiltAt.Format(time.RFC3339) + `"`, // dct:modified: the rebuild
				`"dcat:startDate": {`, `"@value": "` + lastMonth().Format("2006-01") + `-01"`,
				`"@id": "http://dcat-ap.de/def/politicalGeocoding/districtKey/06435"`,
				`"@id": "http://dcat-ap.de/def/politicalGeocoding/Level/district"`,
				`"@id": "https://www.iana.org/assignments/media-types/text/csv"`,
			} {
				if !strings.Contains(body, want) {
					t.Errorf("the catalogue lacks %s:\n%s", want, body)
				}
			}
			// Every distribution's URL answers the file.
			for _, dataset := range catalog["dcat:dataset"].([]any) {
				for _, d := range dataset.(map[string]any)["dcat:distribution"].([]any) {
					access := d.(map[string]any)["dcat:accessURL"].(map[string]any)["@id"].(string)
					u, err := url.Parse(access)
					if err != nil || u.Scheme == "" {
						t.Fatalf("accessURL %q is not absolute", access)
					}
					if got := get(mux, u.Path, nil); got.Code != http.StatusOK {
						t.Errorf("%s: got %d, want 200", u.Path, got.Code)
					}
				}
			}
		})
	}
}

func TestOpendataIsCachedUntilTheNextRebuildAndGzipped(t *testing.T) {
	app := opendataApp(t)
	withRaters(4)(t, app)
	feedbackGivenAt(lastMonth())(t, app)
	mux := newMux(t, app)
	first := time.Now().UTC().Truncate(time.Second)
	if err := insight.Rebuild(app, 5, first); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/opendata/feedback.csv", "/api/opendata/ideas.json", "/api/opendata/catalog"} {
		res := get(mux, path, nil)
		etag, modified := res.Header().Get("ETag"), res.Header().Get("Last-Modified")
		if res.Code != http.StatusOK || etag == "" || modified != first.Format(http.TimeFormat) {
			t.Fatalf("%s: got %d, ETag %q, Last-Modified %q; want 200 with the rebuild's", path, res.Code, etag, modified)
		}
		if got := get(mux, path, map[string]string{"If-None-Match": etag}); got.Code != http.StatusNotModified || got.Body.Len() != 0 {
			t.Errorf("%s with its ETag: got %d and %d bytes, want 304 and none", path, got.Code, got.Body.Len())
		}
		if got := get(mux, path, map[string]string{"If-Modified-Since": modified}); got.Code != http.StatusNotModified {
			t.Errorf("%s unchanged since: got %d, want 304", path, got.Code)
		}
		zipped := get(mux, path, map[string]string{"Accept-Encoding": "gzip"})
		if zipped.Header().Get("Content-Encoding") != "gzip" {
			t.Fatalf("%s: got Content-Encoding %q, want gzip", path, zipped.Header().Get("Content-Encoding"))
		}
		reader, err := gzip.NewReader(zipped.Body)
		if err != nil {
			t.Fatal(err)
		}
		if plain, _ := io.ReadAll(reader); string(plain) != res.Body.String() {
			t.Errorf("%s: the gzipped body differs from the plain one", path)
		}
	}
	old := get(mux, "/api/opendata/feedback.csv", nil).Header().Get("ETag")
	if err := insight.Rebuild(app, 5, first.AddDate(0, 0, 1)); err != nil {
		t.Fatal(err)
	}
	if got := get(mux, "/api/opendata/feedback.csv", map[string]string{"If-None-Match": old}); got.Code != http.StatusOK ||
		got.Header().Get("ETag") == old {
		t.Errorf("after the next rebuild: got %d with ETag %q, want 200 with a new one", got.Code, got.Header().Get("ETag"))
	}
}

func TestOpendataHoldsNoPeopleAndNoFreeText(t *testing.T) {
	app := opendataApp(t)
	withRaters(5)(t, app)
	feedbackGivenAt(lastMonth())(t, app)
	ideasCreatedAt(lastMonth())(t, app)
	mux := newMux(t, app)
	rebuilt(t, app)
	var forbidden []string
	for _, p := range people {
		forbidden = append(forbidden, p.id, p.key+"@test.mitwirken.de")
	}
	for _, r := range raters {
		forbidden = append(forbidden, r.id)
	}
	forbidden = append(forbidden, feedbackAnna, ideaPublished, ideaHidden, commentBen, statusChange1,
		"Wohngeld in Leichter Sprache", "Der Antrag ist schwer", "Bürgerbus", "Versteckte Idee", "WLAN im Dorf", "Offenes WLAN",
		"Gute Idee", "Unpassend", `"people"`, "people,")
	for _, path := range []string{"catalog", "feedback.csv", "feedback.json", "ideas.csv", "ideas.json", "responses.csv", "responses.json"} {
		res := get(mux, "/api/opendata/"+path, nil)
		if res.Code != http.StatusOK {
			t.Fatalf("%s: got %d, want 200", path, res.Code)
		}
		for _, f := range forbidden {
			if strings.Contains(res.Body.String(), f) {
				t.Errorf("%s holds %q", path, f)
			}
		}
	}
	if !strings.Contains(get(mux, "/api/opendata/feedback.csv", nil).Body.String(), "gelnhausen00000") {
		t.Error("the scan saw no feedback row at all, so it proves nothing")
	}
}
