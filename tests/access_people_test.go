package tests

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// emailOf is the sign-in address of a fixture person.
func emailOf(person string) string {
	return person + "@test.mitwirken.de"
}

// everyoneBut lists the ids and email addresses of all fixture people except
// one, as strings that must not appear in what that person is shown.
func everyoneBut(person string) []string {
	var others []string
	for _, p := range people {
		if p.key != person {
			others = append(others, `"`+p.id+`"`, emailOf(p.key))
		}
	}
	return others
}

func TestUsersAccess(t *testing.T) {
	users := "/api/collections/users/records"
	anna := users + "/" + personId("anna")
	rows := []access{
		{name: "anonymous lists no accounts", url: users, status: 200,
			has: []string{`"items":[]`}, hasNot: []string{"@test.mitwirken.de"}},
		{name: "anonymous cannot view an account", url: anna, status: 404, hasNot: []string{emailOf("anna")}},
		{name: "a person views her own account with her email", as: "anna", url: anna, status: 200,
			has: []string{emailOf("anna"), `"display_name":"anna"`}},
		{name: "the role fields stay hidden even from their owner", as: "mehmet", url: users + "/" + personId("mehmet"), status: 200,
			has: []string{emailOf("mehmet")}, hasNot: []string{"moderator_regions", "staff_regions"}},
		{name: "the superuser lists every account with its role fields", as: "admin", url: users, status: 200,
			has: []string{emailOf("anna"), emailOf("ben"), emailOf("mehmet"), `"moderator_regions":["` + gelnhausen}},

		// Contributions link their author; expanding the link must not open the account.
		{name: "a person expands the author of her own idea to her own account", as: "anna",
			url: "/api/collections/ideas/records/" + ideaPublished + "?expand=author", status: 200,
			has: []string{`"collectionName":"users"`, emailOf("anna")}},
		{name: "another citizen cannot expand the author of an idea", as: "ben",
			url: "/api/collections/ideas/records/" + ideaPublished + "?expand=author", status: 200,
			has: []string{`"author_name":"anna"`}, hasNot: []string{`"collectionName":"users"`, emailOf("anna")}},
		{name: "the moderator cannot expand the authors of comments", as: "mehmet",
			url: "/api/collections/comments/records?expand=author", status: 200,
			has: []string{commentHidden}, hasNot: []string{`"collectionName":"users"`, emailOf("ben")}},
		{name: "staff cannot expand the authors of ideas", as: "stefan",
			url: "/api/collections/ideas/records?expand=author", status: 200,
			has: []string{ideaSubmitted}, hasNot: []string{`"collectionName":"users"`, emailOf("anna")}},
		// A filter is a side channel: it must not confirm a guessed address.
		{name: "another citizen cannot find ideas by their author's email", as: "ben",
			url: "/api/collections/ideas/records?filter=" + url.QueryEscape("author.email='"+emailOf("anna")+"'"), status: 200,
			has: []string{`"items":[]`}},
		{name: "the moderator cannot find an account by its email", as: "mehmet",
			url: users + "?filter=" + url.QueryEscape("email='"+emailOf("anna")+"'"), status: 200,
			has: []string{`"items":[]`}},

		{name: "anonymous signs up", method: http.MethodPost, url: users,
			body:   `{"email":"neu@example.org","password":"password-neu","passwordConfirm":"password-neu","display_name":"Neu"}`,
			status: 200, has: []string{`"display_name":"Neu"`, `"verified":false`}},
		{name: "a sign-up cannot mark itself verified", method: http.MethodPost, url: users,
			body:   `{"email":"neu@example.org","password":"password-neu","passwordConfirm":"password-neu","display_name":"Neu","verified":true}`,
			status: 400, has: []string{`"verified":{"code"`}},

		{name: "a person renames herself", as: "anna", method: http.MethodPatch, url: anna,
			body: `{"display_name":"Anna K."}`, status: 200, has: []string{`"display_name":"Anna K."`}},
		{name: "a person cannot change her email without confirmation", as: "anna", method: http.MethodPatch, url: anna,
			body: `{"email":"anna@example.org"}`, status: 400, has: []string{`"email":{"code"`}},
		{name: "the superuser renames an account", as: "admin", method: http.MethodPatch, url: anna,
			body: `{"display_name":"Anna K."}`, status: 200, has: []string{`"display_name":"Anna K."`}},
		// A person deletes her account with her password (POST /api/me/delete, erasure_test.go), never with a token alone.
		{name: "a person cannot delete her own account without her password", as: "anna", method: http.MethodDelete, url: anna, status: 403},
		{name: "the superuser deletes an account", as: "admin", method: http.MethodDelete, url: anna, status: 204},
	}
	for _, p := range []string{"anna", "ben", "mehmet", "olga", "stefan"} {
		rows = append(rows, access{name: p + " lists only their own account", as: p, url: users, status: 200,
			has: []string{`"` + personId(p) + `"`, emailOf(p)}, hasNot: everyoneBut(p)})
	}
	for _, p := range nonSuperusers {
		if p.key == "anna" {
			continue
		}
		rows = append(rows,
			access{name: p.role + " cannot view another person's account", as: p.key, url: anna, status: 404,
				hasNot: []string{emailOf("anna")}},
			access{name: p.role + " cannot update another person's account", as: p.key, method: http.MethodPatch, url: anna,
				body: `{"display_name":"Übernommen"}`, status: 404, hasNot: []string{emailOf("anna")}},
			access{name: p.role + " cannot delete another person's account", as: p.key, method: http.MethodDelete, url: anna, status: 403},
		)
	}
	run(t, rows)
}

// TestAccountsCannotGrantThemselvesPowers checks the stored record, because the
// response hides exactly the fields that matter here.
func TestAccountsCannotGrantThemselvesPowers(t *testing.T) {
	signUp := func(extra string) string {
		return `{"email":"neu@example.org","password":"password-neu","passwordConfirm":"password-neu","display_name":"Neu",` + extra + `}`
	}
	stored := func(t testing.TB, app *pbtests.TestApp, email string) *core.Record {
		t.Helper()
		record, err := app.FindAuthRecordByEmail("users", email)
		if err != nil {
			t.Fatalf("account %s: %v", email, err)
		}
		return record
	}
	noPowers := func(email string) func(testing.TB, *pbtests.TestApp, *http.Response) {
		return func(t testing.TB, app *pbtests.TestApp, _ *http.Response) {
			record := stored(t, app, email)
			for _, field := range []string{"moderator_regions", "staff_regions"} {
				if got := record.GetStringSlice(field); len(got) != 0 {
					t.Errorf("%s: got %v, want none", field, got)
				}
			}
		}
	}
	emailHidden := func(email string) func(testing.TB, *pbtests.TestApp, *http.Response) {
		return func(t testing.TB, app *pbtests.TestApp, _ *http.Response) {
			if stored(t, app, email).EmailVisibility() {
				t.Errorf("emailVisibility of %s: got true, want false", email)
			}
		}
	}
	scenarios := []pbtests.ApiScenario{
		{
			Name:   "a sign-up cannot set moderator_regions or staff_regions",
			Method: http.MethodPost, URL: "/api/collections/users/records",
			Body:           strings.NewReader(signUp(`"moderator_regions":["` + gelnhausen + `"],"staff_regions":["` + gelnhausen + `"]`)),
			ExpectedStatus: 200, ExpectedContent: []string{`"display_name":"Neu"`},
			NotExpectedContent: []string{"moderator_regions", gelnhausen},
			AfterTestFunc:      noPowers("neu@example.org"),
		},
		{
			Name:   "a sign-up sending emailVisibility true is stored with a hidden email",
			Method: http.MethodPost, URL: "/api/collections/users/records",
			Body:           strings.NewReader(signUp(`"emailVisibility":true`)),
			ExpectedStatus: 200, ExpectedContent: []string{`"emailVisibility":false`},
			NotExpectedContent: []string{"neu@example.org"},
			AfterTestFunc:      emailHidden("neu@example.org"),
		},
		{
			Name:   "a citizen cannot give herself moderator_regions or staff_regions",
			Method: http.MethodPatch, URL: "/api/collections/users/records/" + personId("anna"), Headers: as("anna"),
			Body:           strings.NewReader(`{"moderator_regions":["` + gelnhausen + `"],"staff_regions":["` + gelnhausen + `"]}`),
			ExpectedStatus: 200, ExpectedContent: []string{emailOf("anna")}, NotExpectedContent: []string{"moderator_regions"},
			AfterTestFunc: noPowers(emailOf("anna")),
		},
		{
			Name:   "a citizen cannot make her email visible to others",
			Method: http.MethodPatch, URL: "/api/collections/users/records/" + personId("anna"), Headers: as("anna"),
			Body:           strings.NewReader(`{"emailVisibility":true}`),
			ExpectedStatus: 200, ExpectedContent: []string{`"emailVisibility":false`},
			AfterTestFunc: emailHidden(emailOf("anna")),
		},
	}
	for _, scenario := range scenarios {
		scenario.TestAppFactory = newTestApp
		scenario.Test(t)
	}
}

// membershipId looks up the id of a person's fixture membership; the fixtures
// give memberships generated ids, which every copy of the fixtures shares.
func membershipId(t *testing.T, person string) string {
	t.Helper()
	record, err := newTestApp(t).FindFirstRecordByData("memberships", "user", personId(person))
	if err != nil {
		t.Fatalf("membership of %s: %v", person, err)
	}
	return record.Id
}

func TestMembershipsAccess(t *testing.T) {
	memberships := "/api/collections/memberships/records"
	mehmets := memberships + "/" + membershipId(t, "mehmet")
	uwes := memberships + "/" + membershipId(t, "uwe")
	ofUser := func(person string) string { return `"user":"` + personId(person) + `"` }
	promote := `{"user":"` + personId("anna") + `","organization":"` + vdkMainKinzig + `","role":"moderator"}`

	rows := []access{
		{name: "anonymous lists no memberships", url: memberships, status: 200, has: []string{`"items":[]`}},
		{name: "a citizen without memberships lists none", as: "anna", url: memberships, status: 200, has: []string{`"items":[]`}},
		{name: "the moderator lists only his own membership", as: "mehmet", url: memberships, status: 200,
			has: []string{ofUser("mehmet")}, hasNot: []string{ofUser("uwe"), ofUser("olga"), ofUser("stefan"), ofUser("ingo")}},
		{name: "a plain member does not see the other memberships of his organization", as: "uwe", url: memberships, status: 200,
			has: []string{ofUser("uwe")}, hasNot: []string{ofUser("mehmet")}},
		{name: "a moderator of another region lists only her own membership", as: "olga", url: memberships, status: 200,
			has: []string{ofUser("olga")}, hasNot: []string{ofUser("mehmet"), ofUser("stefan")}},
		{name: "staff lists only his own membership", as: "stefan", url: memberships, status: 200,
			has: []string{ofUser("stefan")}, hasNot: []string{ofUser("mehmet"), ofUser("olga")}},
		{name: "the superuser lists every membership", as: "admin", url: memberships, status: 200,
			has: []string{ofUser("mehmet"), ofUser("olga"), ofUser("stefan"), ofUser("uwe"), ofUser("ingo")}},

		{name: "the moderator views his own membership", as: "mehmet", url: mehmets, status: 200, has: []string{`"role":"moderator"`}},
		{name: "a member of the same organization cannot view it", as: "uwe", url: mehmets, status: 404},
		{name: "the superuser views a membership", as: "admin", url: mehmets, status: 200, has: []string{ofUser("mehmet")}},

		{name: "a citizen cannot make herself moderator", as: "anna", method: http.MethodPost, url: memberships,
			body: promote, status: 403, hasNot: []string{`"role"`}},
		{name: "a plain member cannot promote himself to moderator", as: "uwe", method: http.MethodPatch, url: uwes,
			body: `{"role":"moderator"}`, status: 403, hasNot: []string{`"role"`}},
		{name: "a plain member cannot leave by deleting his membership", as: "uwe", method: http.MethodDelete, url: uwes, status: 403},
		{name: "the superuser appoints a moderator", as: "admin", method: http.MethodPost, url: memberships,
			body: promote, status: 200, has: []string{ofUser("anna"), `"role":"moderator"`}},
		{name: "the superuser changes a role", as: "admin", method: http.MethodPatch, url: uwes,
			body: `{"role":"staff"}`, status: 200, has: []string{`"role":"staff"`}},
		{name: "the superuser deletes a membership", as: "admin", method: http.MethodDelete, url: uwes, status: 204},
	}
	for _, p := range nonSuperusers {
		if p.key != "mehmet" {
			rows = append(rows, access{name: p.role + " cannot view the moderator's membership", as: p.key, url: mehmets, status: 404})
		}
		rows = append(rows,
			access{name: p.role + " cannot appoint a moderator", as: p.key, method: http.MethodPost, url: memberships,
				body: promote, status: 403, hasNot: []string{`"role"`}},
			access{name: p.role + " cannot change a role", as: p.key, method: http.MethodPatch, url: uwes,
				body: `{"role":"moderator"}`, status: 403, hasNot: []string{`"role"`}},
			access{name: p.role + " cannot delete a membership", as: p.key, method: http.MethodDelete, url: uwes, status: 403},
		)
	}
	run(t, rows)
}
