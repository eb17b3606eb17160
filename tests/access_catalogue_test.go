package tests

import (
	"net/http"
	"testing"
)

// nonSuperusers are the fixture people who hold no superuser powers, with the
// role a scenario name gives them. Catalogue edits are refused to all of them.
var nonSuperusers = []struct{ key, role string }{
	{"", "anonymous"},
	{"anna", "a citizen"},
	{"ben", "a citizen of another region"},
	{"mehmet", "the moderator of the region"},
	{"olga", "a moderator of another region"},
	{"stefan", "staff of the municipality"},
}

// catalogueEntry describes one catalogue collection for the shared matrix:
// a fixture record to read, change and delete, and a valid new record.
type catalogueEntry struct {
	collection, singular string
	id, name             string // a fixture record and its name
	deletable            string // a fixture record that nothing requires
	create, update       string // valid JSON bodies
}

// catalogueRows is the matrix every catalogue collection obeys: anyone reads
// it, only the superuser writes it, and everyone else gets 403 before any write.
func catalogueRows(c catalogueEntry) []access {
	records := "/api/collections/" + c.collection + "/records"
	rows := []access{
		{name: "anonymous lists " + c.collection, url: records, status: 200, has: []string{c.id, c.name}},
		{name: "anonymous views a " + c.singular, url: records + "/" + c.id, status: 200, has: []string{c.name}},
		{name: "a citizen lists " + c.collection, as: "anna", url: records, status: 200, has: []string{c.id}},
		{name: "a citizen views a " + c.singular, as: "anna", url: records + "/" + c.id, status: 200, has: []string{c.name}},
		{name: "the superuser creates a " + c.singular, as: "admin", method: http.MethodPost, url: records,
			body: c.create, status: 200, has: []string{`"collectionName":"` + c.collection + `"`}},
		{name: "the superuser updates a " + c.singular, as: "admin", method: http.MethodPatch, url: records + "/" + c.id,
			body: c.update, status: 200, has: []string{`"id":"` + c.id + `"`}},
		{name: "the superuser deletes a " + c.singular, as: "admin", method: http.MethodDelete, url: records + "/" + c.deletable, status: 204},
	}
	for _, p := range nonSuperusers {
		rows = append(rows,
			access{name: p.role + " cannot create a " + c.singular, as: p.key, method: http.MethodPost, url: records,
				body: c.create, status: 403, hasNot: []string{`"collectionName"`}},
			access{name: p.role + " cannot update a " + c.singular, as: p.key, method: http.MethodPatch, url: records + "/" + c.id,
				body: c.update, status: 403, hasNot: []string{`"collectionName"`}},
			access{name: p.role + " cannot delete a " + c.singular, as: p.key, method: http.MethodDelete, url: records + "/" + c.deletable,
				status: 403},
		)
	}
	return rows
}

// The catalogue (regions, services, organizations): everyone reads it, only
// the superuser changes it.
func TestCatalogueAccess(t *testing.T) {
	for _, entry := range []catalogueEntry{{
		collection: "regions", singular: "region",
		id: gelnhausen, name: "Gelnhausen",
		deletable: hanau,
		create:    `{"name":"Linsengericht","kind":"gemeinde","ags":"06435017","parent":"` + mainKinzig + `"}`,
		update:    `{"name":"Barbarossastadt Gelnhausen"}`,
	}, {
		collection: "services", singular: "service",
		id: wohngeld, name: "Wohngeld",
		deletable: wohngeld,
		create:    `{"name":"Elterngeld","topic":"familie_kind","regions":["` + mainKinzig + `"]}`,
		update:    `{"summary":"Zuschuss zur Miete für Haushalte mit wenig Einkommen."}`,
	}, {
		collection: "organizations", singular: "organization",
		id: vdkMainKinzig, name: "VdK Kreisverband Main-Kinzig",
		deletable: unverifiedInit,
		create:    `{"name":"Caritas Main-Kinzig","kind":"verband","regions":["` + mainKinzig + `"]}`,
		update:    `{"name":"VdK Main-Kinzig e.V."}`,
	}} {
		t.Run(entry.collection, func(t *testing.T) { run(t, catalogueRows(entry)) })
	}
}

func TestOrganizationsAreVerifiedByTheSuperuser(t *testing.T) {
	run(t, []access{
		// verified is what grants moderator powers, so it is the field that matters most.
		{name: "the moderator of an unverified organization cannot verify it", as: "ingo", method: http.MethodPatch,
			url: "/api/collections/organizations/records/" + unverifiedInit, body: `{"verified":true}`, status: 403},
		{name: "the superuser verifies an organization", as: "admin", method: http.MethodPatch,
			url: "/api/collections/organizations/records/" + unverifiedInit, body: `{"verified":true}`, status: 200,
			has: []string{`"verified":true`}},
	})
}
