package tests

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

const endorsements = "/api/collections/endorsements/records"

// Two more public ideas: one for the whole Main-Kinzig-Kreis, where the VdK
// acts through its own region, and one in Hanau, where it acts through the
// district that Hanau belongs to.
const (
	ideaKreis = "ideakreis000001"
	ideaHanau = "ideahanau000001"
)

var (
	addIdeaKreis = withRecord("ideas", ideaKreis, map[string]any{"title": "Pflegestützpunkt im Kreis",
		"body": "Ein Pflegestützpunkt für alle Gemeinden.", "region": mainKinzig, "author": personId("ben"), "status": "published"})
	addIdeaHanau = withRecord("ideas", ideaHanau, map[string]any{"title": "Sitzbänke am Marktplatz",
		"body": "Mehr Bänke zum Ausruhen.", "region": hanau, "author": personId("anna"), "status": "published"})
)

// endorsementBody is the request body of an endorsement by a person for an organization.
func endorsementBody(idea, organization, by string) string {
	return `{"idea":"` + idea + `","organization":"` + organization + `","by":"` + by + `","note":"Wir unterstützen das."}`
}

func TestEndorsementsVisibility(t *testing.T) {
	t.Parallel()
	list := endorsements + "?skipTotal=1&perPage=50"
	one := endorsements + "/" + endorsementVdK
	hidden := withChange("ideas", ideaPublished, map[string]any{"hidden": true})
	run(t, []access{
		{name: "anonymous lists the endorsements of a public idea", url: list, status: 200, has: []string{endorsementVdK, `"organization":"` + vdkMainKinzig + `"`}},
		{name: "anonymous views an endorsement of a public idea", url: one, status: 200, has: []string{endorsementVdK}},
		{name: "a citizen lists the endorsements of a public idea", as: "ben", url: list, status: 200, has: []string{endorsementVdK}},
		{name: "moderator of another region lists the endorsements of a public idea", as: "olga", url: list, status: 200, has: []string{endorsementVdK}},
	})
	var rows []accessCheck
	for _, who := range []struct {
		person string
		sees   bool
	}{
		{"", false}, {"ben", false}, {"olga", false}, {"stefan", false}, {"uwe", false}, {"ingo", false},
		{"mehmet", true}, {"admin", true},
	} {
		// endorsementVdK is the only endorsement of the fixtures, so "not seen" means an empty list.
		name, row := personName(who.person), access{as: who.person, url: list, status: 200, has: []string{`"items":[]`}}
		row.name = name + " does not see the endorsements of a hidden idea"
		if who.sees {
			row.name, row.has = name+" sees the endorsements of a hidden idea", []string{endorsementVdK}
		}
		rows = append(rows, accessCheck{access: row, before: hidden})
	}
	rows = append(rows,
		accessCheck{access: access{name: "anonymous cannot view an endorsement of a hidden idea", url: one, status: 404}, before: hidden},
		accessCheck{access: access{name: "moderator of the region views an endorsement of a hidden idea", as: "mehmet", url: one, status: 200,
			has: []string{endorsementVdK}}, before: hidden},
	)
	runChecks(t, rows)
}

func TestEndorsementsCreateAccess(t *testing.T) {
	t.Parallel()
	mehmet, olga := personId("mehmet"), personId("olga")
	noneFor := func(idea string) func(testing.TB, core.App) {
		return wantNone("endorsements", map[string]any{"idea": idea})
	}
	onlyTheFixture := wantMatching("endorsements", map[string]any{"idea": ideaPublished}, 1)
	runChecks(t, []accessCheck{
		{access: access{name: "moderator endorses a district-wide idea for his verified organization", as: "mehmet", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKreis, vdkMainKinzig, mehmet), status: 200, has: []string{`"by":"` + mehmet + `"`}},
			before: addIdeaKreis,
			after:  wantOne("endorsements", map[string]any{"idea": ideaKreis, "organization": vdkMainKinzig, "by": mehmet})},
		{access: access{name: "moderator endorses an idea of a municipality in his district", as: "mehmet", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaHanau, vdkMainKinzig, mehmet), status: 200},
			before: addIdeaHanau,
			after:  wantOne("endorsements", map[string]any{"idea": ideaHanau, "organization": vdkMainKinzig, "by": mehmet})},
		{access: access{name: "moderator of another region endorses an idea in her own region", as: "olga", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKyff, awoKyffhaeuser, olga), status: 200},
			after: wantOne("endorsements", map[string]any{"idea": ideaKyff, "organization": awoKyffhaeuser, "by": olga})},

		{access: access{name: "moderator of another region cannot endorse a Main-Kinzig idea for her organization", as: "olga", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKreis, awoKyffhaeuser, olga), status: 400},
			before: addIdeaKreis, after: noneFor(ideaKreis)},
		{access: access{name: "moderator cannot endorse an idea outside his organization's regions", as: "mehmet", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKyff, vdkMainKinzig, mehmet), status: 400},
			after: noneFor(ideaKyff)},
		{access: access{name: "nobody endorses for an organization they do not belong to", as: "olga", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKreis, vdkMainKinzig, olga), status: 400},
			before: addIdeaKreis, after: noneFor(ideaKreis)},
		{access: access{name: "a plain member cannot endorse", as: "uwe", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKreis, vdkMainKinzig, personId("uwe")), status: 400},
			before: addIdeaKreis, after: noneFor(ideaKreis)},
		{access: access{name: "a moderator elsewhere cannot endorse for an organization where he is a plain member", as: "uwe", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKreis, vdkMainKinzig, personId("uwe")), status: 400},
			before: all(addIdeaKreis, withRecord("memberships", "uweawomoderator", map[string]any{
				"user": personId("uwe"), "organization": awoKyffhaeuser, "role": "moderator"})),
			after: noneFor(ideaKreis)},
		{access: access{name: "staff of a municipality cannot endorse", as: "stefan", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaPublished, stadtGelnhausen, personId("stefan")), status: 400},
			after: wantNone("endorsements", map[string]any{"idea": ideaPublished, "organization": stadtGelnhausen})},
		{access: access{name: "a moderator of an unverified organization cannot endorse", as: "ingo", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKreis, unverifiedInit, personId("ingo")), status: 400},
			before: addIdeaKreis, after: noneFor(ideaKreis)},
		{access: access{name: "a citizen cannot endorse", as: "anna", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKreis, vdkMainKinzig, personId("anna")), status: 400},
			before: addIdeaKreis, after: noneFor(ideaKreis)},
		{access: access{name: "anonymous cannot endorse", method: http.MethodPost,
			url: endorsements, body: `{"idea":"` + ideaKreis + `","organization":"` + vdkMainKinzig + `"}`, status: 400},
			before: addIdeaKreis, after: noneFor(ideaKreis)},
		{access: access{name: "a moderator cannot endorse in another person's name", as: "mehmet", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaKreis, vdkMainKinzig, personId("uwe")), status: 400},
			before: addIdeaKreis, after: noneFor(ideaKreis)},
		{access: access{name: "an organization endorses an idea only once", as: "mehmet", method: http.MethodPost,
			url: endorsements, body: endorsementBody(ideaPublished, vdkMainKinzig, mehmet), status: 400,
			has: []string{`"organization":{"code":"validation_not_unique"`, "Diesen Eintrag gibt es schon."}},
			after: onlyTheFixture},
	})
}

func TestEndorsementsWithdrawal(t *testing.T) {
	t.Parallel()
	one := endorsements + "/" + endorsementVdK
	kept := wantOne("endorsements", map[string]any{"id": endorsementVdK, "note": ""})
	withdrawn := wantNone("endorsements", map[string]any{"id": endorsementVdK})
	rows := []accessCheck{
		{access: access{name: "moderator of the organization withdraws its endorsement", as: "mehmet", method: http.MethodDelete, url: one, status: 204},
			after: withdrawn},
		{access: access{name: "superuser removes an endorsement", as: "admin", method: http.MethodDelete, url: one, status: 204},
			after: withdrawn},
		{access: access{name: "a moderator elsewhere cannot withdraw for an organization where he is a plain member", as: "uwe",
			method: http.MethodDelete, url: one, status: 404},
			before: withRecord("memberships", "uweawomoderator", map[string]any{"user": personId("uwe"), "organization": awoKyffhaeuser, "role": "moderator"}),
			after:  kept},
		{access: access{name: "moderator of the organization cannot rewrite the endorsement", as: "mehmet", method: http.MethodPatch, url: one,
			body: `{"note":"Geändert."}`, status: 403}, after: kept},
	}
	rows = append(rows, asEach([]string{"", "anna", "ben", "uwe", "olga", "stefan", "ingo"},
		accessCheck{access: access{name: "cannot withdraw the organization's endorsement", method: http.MethodDelete, url: one, status: 404},
			after: kept})...)
	runChecks(t, rows)
}
