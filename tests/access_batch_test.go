package tests

import (
	"net/http"
	"strings"
	"testing"
)

const batch = "/api/batch"

// batchOf is the body of a batch request; each request is from batchRequest.
func batchOf(requests ...string) string {
	return `{"requests":[` + strings.Join(requests, ",") + `]}`
}

// batchRequest is one request of a batch; body is JSON, "" for none.
func batchRequest(method, url, body string) string {
	if body == "" {
		body = "{}"
	}
	return `{"method":"` + method + `","url":"` + url + `","body":` + body + `}`
}

// newIdeaBody is the body of a new idea in Gelnhausen with an id chosen by the client.
func newIdeaBody(id, author string) string {
	return `{"id":"` + id + `","title":"Neue Idee im Stapel","body":"Ein langer Text dazu.","region":"` + gelnhausen + `","author":"` + author + `"}`
}

// failedAt is what a batch answers when its request at index failed.
func failedAt(index string) []string {
	return []string{`"requests":{"` + index + `":{"code":"batch_request_failed"`}
}

func TestBatchObeysTheRules(t *testing.T) {
	t.Parallel()
	anna, mehmet, stefan := personId("anna"), personId("mehmet"), personId("stefan")
	ideas := "/api/collections/ideas/records"
	hide := batchRequest(http.MethodPatch, ideas+"/"+ideaPublished, `{"hidden":true}`)
	const first, second = "batchidea000001", "batchidea000002"
	runChecks(t, []accessCheck{
		{access: access{name: "a moderator hides an idea through a batch, and it is logged", as: "mehmet", method: http.MethodPost, url: batch,
			body: batchOf(hide), status: 200, has: []string{`"status":200`, `"hidden":true`}},
			after: wantOne("moderation_log", map[string]any{"action": "hide", "target_id": ideaPublished, "actor": mehmet, "organization": vdkMainKinzig})},
		{access: access{name: "moderator of another region cannot hide a Main-Kinzig idea through a batch", as: "olga", method: http.MethodPost, url: batch,
			body: batchOf(hide), status: 400, has: failedAt("0")},
			after: all(
				wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": false}),
				wantNone("moderation_log", map[string]any{"target_id": ideaPublished, "action": "hide"}),
			)},
		{access: access{name: "anonymous cannot hide an idea through a batch", method: http.MethodPost, url: batch,
			body: batchOf(hide), status: 400, has: failedAt("0")},
			after: wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": false})},
		{access: access{name: "a citizen creates two ideas of her own through a batch", as: "anna", method: http.MethodPost, url: batch,
			body:   batchOf(batchRequest(http.MethodPost, ideas, newIdeaBody(first, anna)), batchRequest(http.MethodPost, ideas, newIdeaBody(second, anna))),
			status: 200},
			after: all(wantOne("ideas", map[string]any{"id": first, "author": anna}), wantOne("ideas", map[string]any{"id": second, "author": anna}))},
		{access: access{name: "a citizen cannot create an idea in another person's name through a batch", as: "ben", method: http.MethodPost, url: batch,
			body: batchOf(batchRequest(http.MethodPost, ideas, newIdeaBody(first, anna))), status: 400, has: failedAt("0")},
			after: wantNone("ideas", map[string]any{"id": first})},
		{access: access{name: "a citizen cannot report in another person's name through a batch", as: "ben", method: http.MethodPost, url: batch,
			body: batchOf(batchRequest(http.MethodPost, reports, reportBody(anna, ideaKyff, ""))), status: 400, has: failedAt("0")},
			after: wantNone("reports", map[string]any{"idea": ideaKyff})},
		{access: access{name: "a moderator cannot write the moderation log through a batch", as: "mehmet", method: http.MethodPost, url: batch,
			body:   batchOf(batchRequest(http.MethodPost, moderationLog, `{"action":"hide","target_collection":"ideas","target_id":"`+ideaKyff+`","region":"`+sondershausen+`"}`)),
			status: 400, has: failedAt("0")},
			after: wantNone("moderation_log", map[string]any{"target_id": ideaKyff})},
		{access: access{name: "not even the superuser edits the moderation log through a batch", as: "admin", method: http.MethodPost, url: batch,
			body: batchOf(batchRequest(http.MethodPatch, moderationLog+"/"+logGelnhausen, `{"reason":"Nachträglich."}`)), status: 400, has: failedAt("0")},
			after: logGelnhausenAsStored},
		{access: access{name: "a citizen cannot delete a status change through a batch", as: "ben", method: http.MethodPost, url: batch,
			body: batchOf(batchRequest(http.MethodDelete, statusChanges+"/"+statusChange1, "")), status: 400, has: failedAt("0")},
			after: wantOne("status_changes", map[string]any{"id": statusChange1})},
		{access: access{name: "staff moves an idea two steps in one batch", as: "stefan", method: http.MethodPost, url: batch,
			body: batchOf(
				batchRequest(http.MethodPost, statusChanges, statusChangeBody(ideaPublished, "in_review", "Wir prüfen.", stefan, stadtGelnhausen)),
				batchRequest(http.MethodPost, statusChanges, statusChangeBody(ideaPublished, "accepted", "Wir setzen es um.", stefan, stadtGelnhausen))),
			status: 200},
			after: all(wantOne("ideas", map[string]any{"id": ideaPublished, "status": "accepted"}),
				wantMatching("status_changes", map[string]any{"idea": ideaPublished}, 3))},
	})
}

func TestBatchFailsAsAWhole(t *testing.T) {
	t.Parallel()
	anna, ben, mehmet, stefan := personId("anna"), personId("ben"), personId("mehmet"), personId("stefan")
	ideas := "/api/collections/ideas/records"
	const first, second = "batchidea000001", "batchidea000002"
	runChecks(t, []accessCheck{
		{access: access{name: "an idea is not stored when the batch's second request is refused", as: "anna", method: http.MethodPost, url: batch,
			body:   batchOf(batchRequest(http.MethodPost, ideas, newIdeaBody(first, anna)), batchRequest(http.MethodPost, ideas, newIdeaBody(second, ben))),
			status: 400, has: failedAt("1")},
			after: all(wantNone("ideas", map[string]any{"id": first}), wantNone("ideas", map[string]any{"id": second}))},
		{access: access{name: "a publication is undone with its log entry when a later request is refused", as: "mehmet", method: http.MethodPost, url: batch,
			body: batchOf(
				batchRequest(http.MethodPost, statusChanges, statusChangeBody(ideaSubmitted, "published", "", mehmet, vdkMainKinzig)),
				batchRequest(http.MethodPatch, ideas+"/"+ideaKyff, `{"hidden":true}`)),
			status: 400, has: failedAt("1")},
			after: all(
				ideaStaysAt(ideaSubmitted, "submitted", 0),
				wantNone("moderation_log", map[string]any{"target_id": ideaSubmitted}),
				wantOne("ideas", map[string]any{"id": ideaKyff, "hidden": false}),
			)},
		{access: access{name: "a hiding is undone with its log entry when a later transition is illegal", as: "mehmet", method: http.MethodPost, url: batch,
			body: batchOf(
				batchRequest(http.MethodPatch, ideas+"/"+ideaPublished, `{"hidden":true}`),
				batchRequest(http.MethodPost, statusChanges, statusChangeBody(ideaPublished, "implemented", "Fertig.", mehmet, vdkMainKinzig))),
			status: 400, has: append(failedAt("1"), "transition_not_allowed")},
			after: all(
				wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": false}),
				ideaStaysAt(ideaPublished, "published", 1),
				wantNone("moderation_log", map[string]any{"target_id": ideaPublished, "action": "hide"}),
			)},
		{access: access{name: "a legal transition is undone when the next one in the batch is illegal", as: "stefan", method: http.MethodPost, url: batch,
			body: batchOf(
				batchRequest(http.MethodPost, statusChanges, statusChangeBody(ideaPublished, "in_review", "Wir prüfen.", stefan, stadtGelnhausen)),
				batchRequest(http.MethodPost, statusChanges, statusChangeBody(ideaPublished, "implemented", "Fertig.", stefan, stadtGelnhausen))),
			status: 400, has: failedAt("1")},
			after: ideaStaysAt(ideaPublished, "published", 1)},
	})
}
