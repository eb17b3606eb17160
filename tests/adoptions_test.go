package tests

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// Staff share an implemented idea of their municipality as a solution; the
// staff of another municipality adopt it, which creates a linked idea there.

const adoptions = "/api/collections/adoptions/records"

var (
	// implemented puts Anna's Gelnhausen idea at the end of its lifecycle.
	implemented = withChange("ideas", ideaPublished, map[string]any{"status": "implemented"})
	// shared makes it a solution that other municipalities may adopt.
	shared = withChange("ideas", ideaPublished, map[string]any{"status": "implemented", "shared_solution": true})
)

// refusedAdoption is a row in which the rule refuses to adopt the shared solution, and nothing is adopted.
func refusedAdoption(name, as, body string) accessCheck {
	return accessCheck{access: access{name: name, as: as, method: http.MethodPost, url: adoptions, body: body, status: 400,
		has: []string{refusedByRule}}, before: shared, after: nothingAdopted}
}

func TestStaffShareImplementedSolutions(t *testing.T) {
	t.Parallel()
	idea := "/api/collections/ideas/records/" + ideaPublished
	share := `{"shared_solution":true}`
	notShared := wantOne("ideas", map[string]any{"id": ideaPublished, "shared_solution": false})
	rows := []accessCheck{
		{access: access{name: "staff of the municipality share its implemented idea", as: "stefan", method: http.MethodPatch, url: idea,
			body: share, status: 200, has: []string{`"shared_solution":true`}},
			before: implemented, after: wantOne("ideas", map[string]any{"id": ideaPublished, "shared_solution": true, "status": "implemented"})},
		{access: access{name: "staff cannot share an idea that is not implemented yet", as: "stefan", method: http.MethodPatch, url: idea,
			body: share, status: 404}, before: withChange("ideas", ideaPublished, map[string]any{"status": "in_progress"}), after: notShared},
		{access: access{name: "staff cannot share a published idea", as: "stefan", method: http.MethodPatch, url: idea,
			body: share, status: 404}, after: notShared},
		{access: access{name: "staff cannot change anything else while sharing", as: "stefan", method: http.MethodPatch, url: idea,
			body: `{"shared_solution":true,"title":"Leichte Sprache im Wohngeldantrag"}`, status: 404}, before: implemented, after: notShared},
	}
	rows = append(rows, asEach([]string{"hanna", "mehmet", "marta", "anna", "ben", "uwe", ""},
		accessCheck{access: access{name: "cannot share a solution of Gelnhausen", method: http.MethodPatch, url: idea, body: share, status: 404},
			before: implemented, after: notShared})...)
	runColleagueChecks(t, rows)
}

// adoptionBody is an adoption of Anna's idea into region by a person for an organization.
func adoptionBody(region, organization, by string) string {
	return jsonText(map[string]any{"origin": ideaPublished, "region": region, "organization": organization, "by": userIdOf(by)})
}

// nothingAdopted checks that a refused adoption left neither a record nor a linked idea.
var nothingAdopted = all(wantNone("adoptions", map[string]any{"origin": ideaPublished}),
	wantNone("ideas", map[string]any{"adopted_from": ideaPublished}))

func TestAdoptingASharedSolution(t *testing.T) {
	t.Parallel()
	hanna := userIdOf("hanna")
	adoptedInHanau := func(t testing.TB, app core.App) {
		t.Helper()
		adoption, err := app.FindFirstRecordByData("adoptions", "origin", ideaPublished)
		if err != nil {
			t.Fatal(err)
		}
		wantOne("ideas", map[string]any{"id": adoption.GetString("idea"), "adopted_from": ideaPublished, "region": hanau,
			"status": "published", "title": "Wohngeld in Leichter Sprache", "author": hanna})(t, app)
	}
	runColleagueChecks(t, []accessCheck{
		{access: access{name: "staff of another municipality adopt a shared solution as a linked idea of their own", as: "hanna",
			method: http.MethodPost, url: adoptions, body: adoptionBody(hanau, stadtHanau, "hanna"), status: 200,
			has: []string{`"origin":"` + ideaPublished + `"`, `"region":"` + hanau + `"`}},
			before: shared,
			after: all(wantOne("adoptions", map[string]any{"origin": ideaPublished, "region": hanau, "organization": stadtHanau, "by": hanna}),
				adoptedInHanau)},
		{access: access{name: "a municipality adopts a solution only once", as: "hanna", method: http.MethodPost, url: adoptions,
			body: adoptionBody(hanau, stadtHanau, "hanna"), status: 400, has: []string{`"code":"validation_not_unique"`}},
			before: all(shared, withRecord("adoptions", "adoptionhanau01", map[string]any{"origin": ideaPublished, "region": hanau,
				"organization": stadtHanau, "by": hanna})),
			after: all(wantOne("adoptions", map[string]any{"origin": ideaPublished}), wantOne("ideas", map[string]any{"adopted_from": ideaPublished}))},

		{access: access{name: "a solution that is not shared cannot be adopted", as: "hanna", method: http.MethodPost, url: adoptions,
			body: adoptionBody(hanau, stadtHanau, "hanna"), status: 400, has: []string{refusedByRule}}, before: implemented, after: nothingAdopted},
		{access: access{name: "an idea that is not implemented cannot be adopted, even when marked shared", as: "hanna", method: http.MethodPost,
			url: adoptions, body: adoptionBody(hanau, stadtHanau, "hanna"), status: 400, has: []string{refusedByRule}},
			before: withChange("ideas", ideaPublished, map[string]any{"shared_solution": true}), after: nothingAdopted},
		refusedAdoption("staff cannot adopt into a municipality they do not serve", "hanna", adoptionBody(steinau, stadtHanau, "hanna")),
		refusedAdoption("staff cannot adopt for a municipality they are not staff of", "stefan", adoptionBody(hanau, stadtHanau, "stefan")),
		refusedAdoption("staff cannot adopt into another municipality for their own", "stefan", adoptionBody(hanau, stadtGelnhausen, "stefan")),
		refusedAdoption("a municipality cannot adopt its own solution", "stefan", adoptionBody(gelnhausen, stadtGelnhausen, "stefan")),
		refusedAdoption("a moderator of a Verband cannot adopt, even where he moderates", "mehmet", adoptionBody(hanau, vdkMainKinzig, "mehmet")),
		refusedAdoption("a citizen cannot adopt", "anna", adoptionBody(hanau, stadtHanau, "anna")),
		refusedAdoption("anonymous cannot adopt", "", adoptionBody(hanau, stadtHanau, "hanna")),
		refusedAdoption("staff cannot adopt in another person's name", "hanna", adoptionBody(hanau, stadtHanau, "stefan")),
		{access: access{name: "staff cannot name the linked idea themselves", as: "hanna", method: http.MethodPost, url: adoptions,
			body: `{"origin":"` + ideaPublished + `","region":"` + hanau + `","organization":"` + stadtHanau + `","by":"` + hanna +
				`","idea":"` + ideaKyff + `"}`, status: 400, has: []string{refusedByRule}}, before: shared, after: nothingAdopted},
	})
}

// The origin and its adoption find each other through the public API.
func TestAnAdoptedSolutionIsLinkedBothWays(t *testing.T) {
	t.Parallel()
	app := newColleaguesApp(t)
	shared(t, app)
	s := newApiSession(t, app)
	adoption := s.must(200, "hanna", http.MethodPost, adoptions, adoptionBody(hanau, stadtHanau, "hanna"))
	linked, _ := adoption["idea"].(string)
	if linked == "" {
		t.Fatalf("adoption: got %v, want the linked idea", adoption)
	}
	if idea := s.must(200, "", http.MethodGet, "/api/collections/ideas/records/"+linked, nil); idea["adopted_from"] != ideaPublished {
		t.Errorf("linked idea: got adopted_from %v, want %s", idea["adopted_from"], ideaPublished)
	}
	filter := url.QueryEscape("adopted_from = '" + ideaPublished + "'")
	found := s.must(200, "", http.MethodGet, "/api/collections/ideas/records?skipTotal=1&filter="+filter, nil)
	if items, _ := found["items"].([]any); len(items) != 1 || items[0].(map[string]any)["id"] != linked {
		t.Errorf("ideas adopted from the origin: got %v, want only %s", found["items"], linked)
	}
	byOrigin := s.must(200, "", http.MethodGet, adoptions+"?skipTotal=1&filter="+url.QueryEscape("origin = '"+ideaPublished+"'"), nil)
	if items, _ := byOrigin["items"].([]any); len(items) != 1 || items[0].(map[string]any)["idea"] != linked {
		t.Errorf("adoptions of the origin: got %v, want one naming %s", byOrigin["items"], linked)
	}
}
