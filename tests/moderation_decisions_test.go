package tests

import (
	"net/http"
	"testing"
)

// Mehmet's own comment on Anna's idea, and Anna's report of it.
const (
	commentMehmet      = "commentmehmet01"
	reportOfMehmetsOwn = "reportmehmetown"
)

var addMehmetsReportedComment = all(
	withRecord("comments", commentMehmet, map[string]any{"idea": ideaPublished, "author": personId("mehmet"), "body": "Meine Meinung."}),
	withRecord("reports", reportOfMehmetsOwn, map[string]any{"reporter": personId("anna"), "comment": commentMehmet, "reason": "offensive"}),
)

// mehmetsSubmittedIdea makes Mehmet the author of the idea awaiting pre-moderation in his region.
var mehmetsSubmittedIdea = withChange("ideas", ideaSubmitted, map[string]any{"author": personId("mehmet")})

// A report is answered without hiding by dismissing it with a reason; only a
// moderator of the region does that, and never about their own content.
func TestReportsAreDismissedWithAReason(t *testing.T) {
	t.Parallel()
	one := reports + "/" + reportAnna
	dismiss := `{"dismissed":true,"dismiss_reason":"Sachliche Kritik, kein Verstoß."}`
	open := wantOne("reports", map[string]any{"id": reportAnna, "dismissed": false, "dismiss_reason": ""})
	var rows []accessCheck
	for _, who := range []struct{ person, name string }{
		{"", "anonymous"}, {"anna", "the reporter"}, {"ben", "the author of the reported comment"},
		{"olga", "the moderator of another region"}, {"stefan", "staff of the region"}, {"uwe", "a plain member"},
		{"ingo", "a moderator of an unverified organization"},
	} {
		rows = append(rows, accessCheck{access: access{name: who.name + " cannot dismiss a report", as: who.person,
			method: http.MethodPatch, url: one, body: dismiss, status: 404}, after: open})
	}
	rows = append(rows,
		accessCheck{access: access{name: "the moderator of the region dismisses a report with a reason", as: "mehmet",
			method: http.MethodPatch, url: one, body: dismiss, status: 200, has: []string{`"dismissed":true`}},
			after: all(
				wantOne("reports", map[string]any{"id": reportAnna, "dismissed": true, "dismiss_reason": "Sachliche Kritik, kein Verstoß.",
					"dismissed_by": personId("mehmet")}),
				loggedForVdK("dismiss_report", "comments", commentBen, gelnhausen, "Sachliche Kritik, kein Verstoß."),
				wantOne("comments", map[string]any{"id": commentBen, "state": "visible"}),
			)},
		accessCheck{access: access{name: "a dismissal needs a reason", as: "mehmet", method: http.MethodPatch, url: one,
			body: `{"dismissed":true}`, status: 404}, after: open},
		accessCheck{access: access{name: "a reason of blanks is no reason", as: "mehmet", method: http.MethodPatch, url: one,
			body: `{"dismissed":true,"dismiss_reason":"   "}`, status: 400, has: []string{`"dismiss_reason":{"code":"dismiss_reason_required"`}},
			after: open},
		accessCheck{access: access{name: "a dismissed report is not dismissed again", as: "mehmet", method: http.MethodPatch, url: one,
			body: dismiss, status: 404}, before: withChange("reports", reportAnna, map[string]any{"dismissed": true}),
			after: wantNone("moderation_log", map[string]any{"action": "dismiss_report"})},
		accessCheck{access: access{name: "the moderator cannot reword the report while dismissing it", as: "mehmet", method: http.MethodPatch,
			url: one, body: `{"dismissed":true,"dismiss_reason":"x","reason":"spam"}`, status: 404}, after: open},
		accessCheck{access: access{name: "a moderator cannot dismiss a report about his own comment", as: "mehmet", method: http.MethodPatch,
			url: reports + "/" + reportOfMehmetsOwn, body: dismiss, status: 404}, before: addMehmetsReportedComment,
			after: wantOne("reports", map[string]any{"id": reportOfMehmetsOwn, "dismissed": false})},
		accessCheck{access: access{name: "a colleague dismisses the report about his comment", as: "marta", method: http.MethodPatch,
			url: reports + "/" + reportOfMehmetsOwn, body: dismiss, status: 200}, before: addMehmetsReportedComment,
			after: wantOne("reports", map[string]any{"id": reportOfMehmetsOwn, "dismissed": true})},
		accessCheck{access: access{name: "a moderator cannot hide his own comment", as: "mehmet", method: http.MethodPatch,
			url: "/api/collections/comments/records/" + commentMehmet, body: `{"state":"hidden","moderation_reason":"offensive"}`, status: 404},
			before: addMehmetsReportedComment, after: wantOne("comments", map[string]any{"id": commentMehmet, "state": "visible"})},
		accessCheck{access: access{name: "a colleague hides his comment", as: "marta", method: http.MethodPatch,
			url: "/api/collections/comments/records/" + commentMehmet, body: `{"state":"hidden","moderation_reason":"offensive"}`, status: 200},
			before: addMehmetsReportedComment, after: wantOne("comments", map[string]any{"id": commentMehmet, "state": "hidden"})},
		accessCheck{access: access{name: "a moderator cannot hide his own idea", as: "mehmet", method: http.MethodPatch,
			url: "/api/collections/ideas/records/" + ideaPublished, body: `{"hidden":true,"moderation_reason":"spam"}`, status: 404},
			before: withChange("ideas", ideaPublished, map[string]any{"author": personId("mehmet")}),
			after:  wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": false})},
		accessCheck{access: access{name: "a moderator cannot publish his own submitted idea", as: "mehmet", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaSubmitted, "published", "", personId("mehmet"), vdkMainKinzig), status: 400},
			before: mehmetsSubmittedIdea,
			after:  all(wantOne("ideas", map[string]any{"id": ideaSubmitted, "status": "submitted"}), wantNone("status_changes", map[string]any{"idea": ideaSubmitted}))},
		accessCheck{access: access{name: "a moderator cannot merge his own idea away either", as: "mehmet", method: http.MethodPost,
			url: statusChanges, body: jsonText(map[string]any{"idea": ideaSubmitted, "to": "merged", "merged_into": ideaPublished,
				"response": "Gibt es schon.", "actor": personId("mehmet"), "organization": vdkMainKinzig}), status: 400},
			before: mehmetsSubmittedIdea, after: wantOne("ideas", map[string]any{"id": ideaSubmitted, "status": "submitted"})},
		accessCheck{access: access{name: "a colleague moderator of the region publishes his idea", as: "marta", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaSubmitted, "published", "", userIdOf("marta"), vdkMainKinzig), status: 200},
			before: mehmetsSubmittedIdea, after: wantOne("ideas", map[string]any{"id": ideaSubmitted, "status": "published"})},
	)
	runColleagueChecks(t, rows)
}

// The author of a declined idea reads the public response in the inbox.
func TestDeclineTellsTheAuthorTheResponse(t *testing.T) {
	t.Parallel()
	s := newApiSession(t, newTestApp(t))
	change := func(to, response string) {
		s.must(200, "stefan", http.MethodPost, "/api/collections/status_changes/records", map[string]any{"idea": ideaPublished,
			"to": to, "response": response, "actor": personId("stefan"), "organization": stadtGelnhausen})
	}
	change("in_review", "Wir prüfen das.")
	change("declined", "Das Land stellt den Antrag bald selbst in Leichter Sprache bereit.")
	wantOne("notifications", map[string]any{"user": personId("anna"), "kind": "status_changed", "status": "declined",
		"note": "Das Land stellt den Antrag bald selbst in Leichter Sprache bereit."})(t, s.app)
}
