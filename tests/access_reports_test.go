package tests

import (
	"net/http"
	"testing"
)

const reports = "/api/collections/reports/records"

// More reports, added where a scenario needs them: Ben reports Anna's idea in
// Gelnhausen, and Anna reports Ben's idea in the Kyffhäuserkreis.
const (
	reportBenIdea  = "reportbenidea01"
	reportAnnaKyff = "reportannakyff1"
)

var (
	addReportBenIdea = withRecord("reports", reportBenIdea, map[string]any{"reporter": personId("ben"), "idea": ideaPublished, "reason": "spam"})
	addReportKyff    = withRecord("reports", reportAnnaKyff, map[string]any{"reporter": personId("anna"), "idea": ideaKyff, "reason": "other"})
)

// reportBody is the request body of a report of an idea or a comment (or both, or neither).
func reportBody(reporter, idea, comment string) string {
	body := `{"reporter":"` + reporter + `","reason":"offensive"`
	if idea != "" {
		body += `,"idea":"` + idea + `"`
	}
	if comment != "" {
		body += `,"comment":"` + comment + `"`
	}
	return body + "}"
}

func TestReportsVisibility(t *testing.T) {
	t.Parallel()
	list := reports + "?skipTotal=1&perPage=50"
	both := all(addReportBenIdea, addReportKyff)
	runChecks(t, []accessCheck{
		{access: access{name: "the reporter sees her own reports", as: "anna", url: list, status: 200,
			has: []string{reportAnna, reportAnnaKyff}, hasNot: []string{reportBenIdea}}, before: both},
		{access: access{name: "another citizen sees only his own report", as: "ben", url: list, status: 200,
			has: []string{reportBenIdea}, hasNot: []string{reportAnna, reportAnnaKyff}}, before: both},
		{access: access{name: "anonymous sees no reports", url: list, status: 200,
			has: []string{`"items":[]`}}, before: both},
		{access: access{name: "moderator of the region sees reports of comments and ideas there", as: "mehmet", url: list, status: 200,
			has: []string{reportAnna, reportBenIdea}, hasNot: []string{reportAnnaKyff}}, before: both},
		{access: access{name: "moderator of another region sees only the reports of her region", as: "olga", url: list, status: 200,
			has: []string{reportAnnaKyff}, hasNot: []string{reportAnna, reportBenIdea}}, before: both},
		{access: access{name: "staff of the municipality sees no reports", as: "stefan", url: list, status: 200,
			has: []string{`"items":[]`}}, before: both},
		{access: access{name: "a plain member sees no reports", as: "uwe", url: list, status: 200,
			has: []string{`"items":[]`}}, before: both},
		{access: access{name: "a moderator of an unverified organization sees no reports", as: "ingo", url: list, status: 200,
			has: []string{`"items":[]`}}, before: both},
		{access: access{name: "superuser sees every report", as: "admin", url: list, status: 200,
			has: []string{reportAnna, reportBenIdea, reportAnnaKyff}}, before: both},
	})
	one := reports + "/" + reportAnna
	run(t, []access{
		{name: "the reporter views her report", as: "anna", url: one, status: 200, has: []string{`"comment":"` + commentBen + `"`}},
		{name: "the author of the reported comment cannot view the report", as: "ben", url: one, status: 404},
		{name: "anonymous cannot view a report", url: one, status: 404},
		{name: "moderator of the region views the report", as: "mehmet", url: one, status: 200, has: []string{reportAnna}},
		{name: "moderator of another region cannot view the report", as: "olga", url: one, status: 404},
		{name: "staff cannot view the report", as: "stefan", url: one, status: 404},
	})
}

func TestReportsCreateAccess(t *testing.T) {
	t.Parallel()
	anna, ben := personId("anna"), personId("ben")
	targetRequired := []string{`"idea":{"code":"report_target_required"`, "Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar."}
	runChecks(t, []accessCheck{
		{access: access{name: "a citizen reports an idea in her own name", as: "anna", method: http.MethodPost, url: reports,
			body: reportBody(anna, ideaKyff, ""), status: 200, has: []string{`"reporter":"` + anna + `"`}},
			after: wantOne("reports", map[string]any{"reporter": anna, "idea": ideaKyff, "comment": ""})},
		{access: access{name: "a citizen reports a comment in his own name", as: "uwe", method: http.MethodPost, url: reports,
			body: reportBody(personId("uwe"), "", commentBen), status: 200},
			after: wantOne("reports", map[string]any{"reporter": personId("uwe"), "idea": "", "comment": commentBen})},
		{access: access{name: "a report with an id chosen offline is stored under that id", as: "ben", method: http.MethodPost, url: reports,
			body: `{"id":"0b6c7a52-4f0e-4d8e-9d8e-6f3c2a1b9e77","reporter":"` + ben + `","idea":"` + ideaPublished + `","reason":"spam"}`, status: 200},
			after: wantOne("reports", map[string]any{"id": "0b6c7a52-4f0e-4d8e-9d8e-6f3c2a1b9e77", "reporter": ben})},

		{access: access{name: "a citizen cannot report in another person's name", as: "anna", method: http.MethodPost, url: reports,
			body: reportBody(ben, ideaKyff, ""), status: 400},
			after: wantNone("reports", map[string]any{"idea": ideaKyff})},
		{access: access{name: "anonymous cannot report", method: http.MethodPost, url: reports,
			body: reportBody("", ideaKyff, ""), status: 400},
			after: wantNone("reports", map[string]any{"idea": ideaKyff})},
		{access: access{name: "a citizen cannot file a report as already dismissed", as: "anna", method: http.MethodPost, url: reports,
			body: `{"reporter":"` + anna + `","idea":"` + ideaKyff + `","reason":"spam","dismissed":true}`, status: 400},
			after: wantNone("reports", map[string]any{"idea": ideaKyff})},
		{access: access{name: "a report needs a target", as: "ben", method: http.MethodPost, url: reports,
			body: reportBody(ben, "", ""), status: 400, has: targetRequired},
			after: wantNone("reports", map[string]any{"reporter": ben})},
		{access: access{name: "a report names only one target", as: "ben", method: http.MethodPost, url: reports,
			body: reportBody(ben, ideaPublished, commentBen), status: 400, has: targetRequired},
			after: wantNone("reports", map[string]any{"reporter": ben})},
		{access: access{name: "the missing target is explained in English on request", as: "ben", method: http.MethodPost, url: reports,
			body: reportBody(ben, "", ""), status: 400, has: []string{`"idea":{"code":"report_target_required"`, "Report exactly one item: an idea or a comment."}},
			lang: "en"},
		{access: access{name: "the same person cannot report the same comment twice", as: "anna", method: http.MethodPost, url: reports,
			body: reportBody(anna, "", commentBen), status: 400, has: []string{`"code":"validation_not_unique"`}},
			after: wantMatching("reports", map[string]any{"reporter": anna, "comment": commentBen}, 1)},
		{access: access{name: "the same person cannot report the same idea twice", as: "anna", method: http.MethodPost, url: reports,
			body: reportBody(anna, ideaKyff, ""), status: 400, has: []string{`"code":"validation_not_unique"`}},
			before: addReportKyff,
			after:  wantMatching("reports", map[string]any{"reporter": anna, "idea": ideaKyff}, 1)},
		{access: access{name: "another person may report the same comment", as: "ben", method: http.MethodPost, url: reports,
			body: reportBody(ben, "", commentBen), status: 200},
			after: wantMatching("reports", map[string]any{"comment": commentBen}, 2)},
	})
}

func TestReportsAreNotEdited(t *testing.T) {
	t.Parallel()
	one := reports + "/" + reportAnna
	kept := wantOne("reports", map[string]any{"id": reportAnna, "reason": "off_topic"})
	rows := cannotEditOrDelete("a report", one, `{"reason":"spam"}`, 404, 403, kept)
	rows = append(rows,
		accessCheck{access: access{name: "superuser edits a report", as: "admin", method: http.MethodPatch, url: one,
			body: `{"reason":"spam"}`, status: 200, has: []string{`"reason":"spam"`}},
			after: wantOne("reports", map[string]any{"id": reportAnna, "reason": "spam"})},
		accessCheck{access: access{name: "superuser deletes a report", as: "admin", method: http.MethodDelete, url: one, status: 204},
			after: wantNone("reports", map[string]any{"id": reportAnna})},
	)
	runChecks(t, rows)
}
