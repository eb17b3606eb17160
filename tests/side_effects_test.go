package tests

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// The moderation log and the inbox follow a decision however it is saved: by
// a REST request, inside a batch, or by Go code without any request (sync,
// cron, the admin's tools), because they are written by model hooks.
func TestDecisionsAreLoggedAndToldForEverySave(t *testing.T) {
	t.Parallel()
	mehmet, stefan := personId("mehmet"), personId("stefan")
	const reason = "Sachliche Kritik, kein Verstoß."
	const endorsementKreis = "endorsekreis001"
	dismissed := loggedForVdK("dismiss_report", "comments", commentBen, gelnhausen, reason)
	endorsed := loggedForVdK("endorse", "ideas", ideaKreis, mainKinzig, "")
	answered := wantOne("notifications", map[string]any{"user": personId("anna"), "kind": "feedback_answered",
		"feedback": feedbackAnna, "note": deskAnswer})

	saves := []struct {
		name       string
		save, want func(testing.TB, core.App)
	}{
		{"a report dismissed without a request is logged",
			withChange("reports", reportAnna, map[string]any{"dismissed": true, "dismiss_reason": reason, "dismissed_by": mehmet}), dismissed},
		{"feedback answered without a request tells its author",
			withChange("feedback", feedbackAnna, map[string]any{"answer": deskAnswer, "answered_by": stefan}), answered},
		{"an endorsement saved without a request is logged",
			all(addIdeaKreis, withRecord("endorsements", endorsementKreis, map[string]any{"idea": ideaKreis, "organization": vdkMainKinzig, "by": mehmet})),
			endorsed},
	}
	for _, c := range saves {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			app := newTestApp(t)
			c.save(t, app)
			c.want(t, app)
		})
	}

	runChecks(t, []accessCheck{
		{access: access{name: "a moderator dismisses a report through a batch, and it is logged", as: "mehmet", method: http.MethodPost, url: batch,
			body: batchOf(batchRequest(http.MethodPatch, reports+"/"+reportAnna, `{"dismissed":true,"dismiss_reason":"`+reason+`"}`)), status: 200},
			after: dismissed},
		{access: access{name: "staff answer feedback through a batch, and its author is told", as: "stefan", method: http.MethodPost, url: batch,
			body: batchOf(batchRequest(http.MethodPatch, feedbackRecords+"/"+feedbackAnna, `{"answer":"`+deskAnswer+`"}`)), status: 200},
			after: answered},
		{access: access{name: "a moderator endorses through a batch, and it is logged", as: "mehmet", method: http.MethodPost, url: batch,
			body: batchOf(batchRequest(http.MethodPost, endorsements, endorsementBody(ideaKreis, vdkMainKinzig, mehmet))), status: 200},
			before: addIdeaKreis, after: endorsed},
	})
}
