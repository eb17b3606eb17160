package tests

import (
	"net/http"
	"testing"
)

func TestIdeasAccess(t *testing.T) {
	list := "/api/collections/ideas/records?skipTotal=1&perPage=50"
	run(t, []access{
		{name: "anonymous lists only public ideas", url: list, status: 200,
			has: []string{ideaPublished, ideaKyff}, hasNot: []string{ideaSubmitted, ideaHidden}},
		{name: "anonymous cannot view a submitted idea", url: "/api/collections/ideas/records/" + ideaSubmitted, status: 404},
		{name: "author lists her own submitted and hidden ideas", as: "anna", url: list, status: 200,
			has: []string{ideaPublished, ideaSubmitted, ideaHidden}},
		{name: "another citizen does not see anna's submitted idea", as: "ben", url: list, status: 200,
			has: []string{ideaPublished}, hasNot: []string{ideaSubmitted, ideaHidden}},
		{name: "moderator of the region sees submitted and hidden ideas", as: "mehmet", url: list, status: 200,
			has: []string{ideaSubmitted, ideaHidden, ideaKyff}},
		{name: "moderator of another region does not see them", as: "olga", url: list, status: 200,
			has: []string{ideaPublished}, hasNot: []string{ideaSubmitted, ideaHidden}},
		{name: "staff of the municipality sees submitted ideas", as: "stefan", url: list, status: 200,
			has: []string{ideaSubmitted, ideaHidden}},
		{name: "moderator of an unverified organization has no powers", as: "ingo", url: list, status: 200,
			hasNot: []string{ideaSubmitted, ideaHidden}},
		{name: "superuser sees everything", as: "admin", url: list, status: 200,
			has: []string{ideaSubmitted, ideaHidden}},

		{name: "anonymous cannot create an idea", method: http.MethodPost, url: "/api/collections/ideas/records",
			body: `{"title":"Neue Idee hier","body":"Ein langer Text dazu.","region":"` + gelnhausen + `"}`, status: 400},
		{name: "citizen creates her own idea, published by default", as: "anna", method: http.MethodPost, url: "/api/collections/ideas/records",
			body:   `{"title":"Neue Idee hier","body":"Ein langer Text dazu.","region":"` + gelnhausen + `","author":"` + personId("anna") + `"}`,
			status: 200, has: []string{`"status":"published"`, `"author_name":"anna"`, `"channel":"app"`}},
		{name: "citizen cannot create an idea in another person's name", as: "anna", method: http.MethodPost, url: "/api/collections/ideas/records",
			body: `{"title":"Neue Idee hier","body":"Ein langer Text dazu.","region":"` + gelnhausen + `","author":"` + personId("ben") + `"}`, status: 400},
		{name: "citizen cannot set the status or counters", as: "anna", method: http.MethodPost, url: "/api/collections/ideas/records",
			body: `{"title":"Neue Idee hier","body":"Ein langer Text dazu.","region":"` + gelnhausen + `","author":"` + personId("anna") + `","votes_count":99}`, status: 400},
		{name: "a too short title names the field", as: "anna", method: http.MethodPost, url: "/api/collections/ideas/records",
			body:   `{"title":"Hi","body":"Ein langer Text dazu.","region":"` + gelnhausen + `","author":"` + personId("anna") + `"}`,
			status: 400, has: []string{`"title":{"code":"validation_min_text_constraint"`, "mindestens 5 Zeichen"}},

		{name: "author edits her submitted idea", as: "anna", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaSubmitted,
			body: `{"title":"Bürgerbus per App buchen"}`, status: 200, has: []string{"Bürgerbus per App buchen"}},
		{name: "author cannot edit her published idea", as: "anna", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaPublished,
			body: `{"title":"Geänderter Titel"}`, status: 404},
		{name: "another citizen cannot edit it", as: "ben", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaSubmitted,
			body: `{"title":"Geänderter Titel"}`, status: 404},
		{name: "moderator of the region hides an idea", as: "mehmet", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaPublished,
			body: `{"hidden":true}`, status: 200, has: []string{`"hidden":true`}},
		{name: "moderator cannot rewrite the title", as: "mehmet", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaPublished,
			body: `{"title":"Vom Moderator geändert"}`, status: 404},
		{name: "moderator of another region cannot hide it", as: "olga", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaPublished,
			body: `{"hidden":true}`, status: 404},
		{name: "staff cannot hide ideas", as: "stefan", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaPublished,
			body: `{"hidden":true}`, status: 404},

		{name: "author deletes her submitted idea", as: "anna", method: http.MethodDelete, url: "/api/collections/ideas/records/" + ideaSubmitted, status: 204},
		{name: "author cannot delete her published idea", as: "anna", method: http.MethodDelete, url: "/api/collections/ideas/records/" + ideaPublished, status: 404},
		{name: "anonymous cannot delete", method: http.MethodDelete, url: "/api/collections/ideas/records/" + ideaPublished, status: 404},
	})
}
