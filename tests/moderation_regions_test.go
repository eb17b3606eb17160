package tests

import (
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// A Verband moderates only where it is verified to act: Olga (AWO
// Kyffhäuser) neither sees the moderation queue of the Main-Kinzig-Kreis nor
// acts in it, whichever way she asks.

// mainKinzigQueue fills the Main-Kinzig queue beyond the fixtures: Ben's
// report on Anna's idea and Anna's appeal against the hiding of her idea.
var mainKinzigQueue = all(addReportBenIdea, addAppealAnna)

func TestModerationQueueStaysInItsRegion(t *testing.T) {
	t.Parallel()
	records := func(collection, filter string) string {
		return "/api/collections/" + collection + "/records?skipTotal=1&perPage=50&filter=" + url.QueryEscape(filter)
	}
	queues := []struct {
		name, url string
		items     []string
	}{
		{"submitted and hidden ideas", records("ideas", "status = 'submitted' || hidden = true"), []string{ideaSubmitted, ideaHidden}},
		{"hidden comments", records("comments", "state = 'hidden'"), []string{commentHidden}},
		{"reports", records("reports", "dismissed = false"), []string{reportAnna, reportBenIdea}},
		{"appeals", records("appeals", "status = 'open'"), []string{appealAnna}},
		{"moderation log", records("moderation_log", "region = '"+gelnhausen+"'"), []string{logGelnhausen}},
	}
	var rows []accessCheck
	for _, q := range queues {
		rows = append(rows,
			accessCheck{access: access{name: "the moderator of the region sees the " + q.name + " of Main-Kinzig", as: "mehmet",
				url: q.url, status: 200, has: q.items}, before: mainKinzigQueue},
			accessCheck{access: access{name: "a moderator of another region sees none of the " + q.name + " of Main-Kinzig", as: "olga",
				url: q.url, status: 200, has: []string{`"items":[]`}, hasNot: q.items}, before: mainKinzigQueue},
		)
	}
	for _, one := range []struct{ collection, id string }{
		{"ideas", ideaSubmitted}, {"ideas", ideaHidden}, {"comments", commentHidden},
		{"reports", reportAnna}, {"reports", reportBenIdea}, {"appeals", appealAnna}, {"moderation_log", logGelnhausen},
	} {
		path := "/api/collections/" + one.collection + "/records/" + one.id
		rows = append(rows,
			accessCheck{access: access{name: "the moderator of the region opens " + one.collection + " " + one.id, as: "mehmet",
				url: path, status: 200, has: []string{`"id":"` + one.id + `"`}}, before: mainKinzigQueue},
			accessCheck{access: access{name: "a moderator of another region cannot open " + one.collection + " " + one.id, as: "olga",
				url: path, status: 404, hasNot: []string{one.id}}, before: mainKinzigQueue},
		)
	}
	runChecks(t, rows)
}

// moderationAction is one thing a moderator does in Gelnhausen, with what it
// must leave behind when the moderator of the region does it.
type moderationAction struct {
	name, method, url string
	body              func(actor, organization string) string // nil for none
	creates           bool                                    // a refused create is 400, a refused update or delete 404
	before            func(testing.TB, core.App)
	done              func(testing.TB, core.App)
}

// loggedForVdK checks the one log entry that an action of Mehmet for the VdK leaves behind.
func loggedForVdK(action, collection, target, region, reason string) func(testing.TB, core.App) {
	return wantOne("moderation_log", map[string]any{"action": action, "target_collection": collection, "target_id": target,
		"actor": personId("mehmet"), "organization": vdkMainKinzig, "region": region, "reason": reason})
}

// moderationActions are the powers of a moderator in Main-Kinzig.
func moderationActions() []moderationAction {
	fixed := func(body string) func(string, string) string { return func(string, string) string { return body } }
	return []moderationAction{
		{name: "hide an idea", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaPublished, body: fixed(`{"hidden":true}`),
			done: all(wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": true, "hidden_reason": "moderator"}),
				loggedForVdK("hide", "ideas", ideaPublished, gelnhausen, ""))},
		{name: "restore an idea", method: http.MethodPatch, url: "/api/collections/ideas/records/" + ideaHidden, body: fixed(`{"hidden":false}`),
			done: all(wantOne("ideas", map[string]any{"id": ideaHidden, "hidden": false}), loggedForVdK("restore", "ideas", ideaHidden, gelnhausen, ""))},
		{name: "hide a comment", method: http.MethodPatch, url: "/api/collections/comments/records/" + commentBen, body: fixed(`{"state":"hidden"}`),
			done: all(wantOne("comments", map[string]any{"id": commentBen, "state": "hidden"}), loggedForVdK("hide", "comments", commentBen, gelnhausen, ""))},
		{name: "restore a comment", method: http.MethodPatch, url: "/api/collections/comments/records/" + commentHidden, body: fixed(`{"state":"visible"}`),
			done: all(wantOne("comments", map[string]any{"id": commentHidden, "state": "visible"}), loggedForVdK("restore", "comments", commentHidden, gelnhausen, ""))},
		{name: "publish a submitted idea", method: http.MethodPost, url: statusChanges, creates: true,
			body: func(actor, organization string) string {
				return statusChangeBody(ideaSubmitted, "published", "", actor, organization)
			},
			done: all(wantOne("ideas", map[string]any{"id": ideaSubmitted, "status": "published"}), loggedForVdK("publish", "ideas", ideaSubmitted, gelnhausen, ""))},
		{name: "merge a duplicate", method: http.MethodPost, url: statusChanges, creates: true,
			body: func(actor, organization string) string {
				return jsonText(map[string]any{"idea": "ideaduplicate01", "to": "merged", "merged_into": ideaPublished,
					"response": "Diese Idee gibt es schon.", "actor": actor, "organization": organization})
			},
			before: func(t testing.TB, app core.App) { mergeFixture(t, app) },
			done: all(wantOne("ideas", map[string]any{"id": "ideaduplicate01", "status": "merged", "merged_into": ideaPublished}),
				loggedForVdK("merge", "ideas", "ideaduplicate01", gelnhausen, "merged into "+ideaPublished))},
		{name: "endorse an idea", method: http.MethodPost, url: endorsements, creates: true,
			body:   func(actor, organization string) string { return endorsementBody(ideaHanau, organization, actor) },
			before: addIdeaHanau,
			done: all(wantOne("endorsements", map[string]any{"idea": ideaHanau, "organization": vdkMainKinzig}),
				loggedForVdK("endorse", "ideas", ideaHanau, hanau, ""))},
		{name: "withdraw an endorsement", method: http.MethodDelete, url: endorsements + "/" + endorsementVdK,
			done: all(wantNone("endorsements", map[string]any{"id": endorsementVdK}),
				loggedForVdK("withdraw_endorsement", "ideas", ideaPublished, gelnhausen, ""))},
	}
}

// mainKinzigAsBefore checks that a refused action changed nothing in Main-Kinzig.
func mainKinzigAsBefore(t testing.TB, app core.App) {
	t.Helper()
	all(
		wantOne("ideas", map[string]any{"id": ideaPublished, "status": "published", "hidden": false}),
		wantOne("ideas", map[string]any{"id": ideaHidden, "hidden": true}),
		wantOne("ideas", map[string]any{"id": ideaSubmitted, "status": "submitted"}),
		wantOne("comments", map[string]any{"id": commentBen, "state": "visible"}),
		wantOne("comments", map[string]any{"id": commentHidden, "state": "hidden"}),
		wantOne("endorsements", map[string]any{"id": endorsementVdK}),
		wantMatching("endorsements", map[string]any{"organization": awoKyffhaeuser}, 0),
		wantMatching("status_changes", map[string]any{"to": "published"}, 1),
		wantMatching("status_changes", map[string]any{"to": "merged"}, 0),
		wantMatching("moderation_log", map[string]any{"region": gelnhausen}, 3), // the fixtures: a hide, a publish and an endorsement
		wantMatching("moderation_log", map[string]any{"region": hanau}, 0),
		// Nobody was told anything: Anna's inbox holds only the fixtures' publication.
		wantMatching("notifications", map[string]any{"user": personId("anna")}, 1),
		wantNone("notifications", map[string]any{"user": personId("ben")}),
	)(t, app)
}

func TestModeratorOfAnotherRegionCannotAct(t *testing.T) {
	t.Parallel()
	olga, mehmet := personId("olga"), personId("mehmet")
	var rows []accessCheck
	for _, a := range moderationActions() {
		body := func(actor, organization string) string {
			if a.body == nil {
				return ""
			}
			return a.body(actor, organization)
		}
		refused := http.StatusNotFound
		if a.creates {
			refused = http.StatusBadRequest
		}
		rows = append(rows,
			accessCheck{access: access{name: "the moderator of the region may " + a.name, as: "mehmet", method: a.method, url: a.url,
				body: body(mehmet, vdkMainKinzig), status: successStatus(a.method)}, before: a.before, after: a.done},
			accessCheck{access: access{name: "a moderator of another region cannot " + a.name + " in Main-Kinzig", as: "olga",
				method: a.method, url: a.url, body: body(olga, awoKyffhaeuser), status: refused}, before: a.before, after: mainKinzigAsBefore},
		)
		if a.creates {
			rows = append(rows, accessCheck{access: access{name: "a moderator of another region cannot " + a.name + " for the VdK",
				as: "olga", method: a.method, url: a.url, body: body(olga, vdkMainKinzig), status: refused, has: []string{refusedByRule}},
				before: a.before, after: mainKinzigAsBefore})
		}
	}
	runChecks(t, rows)
}

func TestModeratorOfAnotherRegionCannotActThroughBatch(t *testing.T) {
	t.Parallel()
	olga, mehmet := personId("olga"), personId("mehmet")
	var rows []accessCheck
	for _, a := range moderationActions() {
		request := func(actor, organization string) string {
			body := ""
			if a.body != nil {
				body = a.body(actor, organization)
			}
			return batchOf(batchRequest(a.method, a.url, body))
		}
		rows = append(rows,
			accessCheck{access: access{name: "the moderator of the region may " + a.name + " through a batch", as: "mehmet",
				method: http.MethodPost, url: batch, body: request(mehmet, vdkMainKinzig), status: 200,
				has: []string{`"status":` + strconv.Itoa(successStatus(a.method))}}, before: a.before, after: a.done},
			accessCheck{access: access{name: "a moderator of another region cannot " + a.name + " in Main-Kinzig through a batch", as: "olga",
				method: http.MethodPost, url: batch, body: request(olga, awoKyffhaeuser), status: 400, has: failedAt("0")},
				before: a.before, after: mainKinzigAsBefore},
		)
	}
	hideKyff := batchRequest(http.MethodPatch, "/api/collections/ideas/records/"+ideaKyff, `{"hidden":true}`)
	hideGelnhausen := batchRequest(http.MethodPatch, "/api/collections/ideas/records/"+ideaPublished, `{"hidden":true}`)
	rows = append(rows,
		accessCheck{access: access{name: "a moderator hides an idea of her own region through a batch", as: "olga",
			method: http.MethodPost, url: batch, body: batchOf(hideKyff), status: 200},
			after: wantOne("ideas", map[string]any{"id": ideaKyff, "hidden": true})},
		accessCheck{access: access{name: "a batch that reaches into another region fails as a whole, her own region's part too", as: "olga",
			method: http.MethodPost, url: batch, body: batchOf(hideKyff, hideGelnhausen), status: 400, has: failedAt("1")},
			after: all(mainKinzigAsBefore, wantOne("ideas", map[string]any{"id": ideaKyff, "hidden": false}),
				wantNone("moderation_log", map[string]any{"target_id": ideaKyff}))},
	)
	runChecks(t, rows)
}

// successStatus is what a successful request of the method answers.
func successStatus(method string) int {
	if method == http.MethodDelete {
		return http.StatusNoContent
	}
	return http.StatusOK
}
