package tests

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

const statusChanges = "/api/collections/status_changes/records"

// statusChangeBody is the request body of a status change by actor for organization.
func statusChangeBody(idea, to, response, actor, organization string) string {
	body := map[string]string{"idea": idea, "to": to}
	for field, value := range map[string]string{"response": response, "actor": actor, "organization": organization} {
		if value != "" {
			body[field] = value
		}
	}
	encoded, err := json.Marshal(body)
	if err != nil {
		panic(err)
	}
	return string(encoded)
}

// ideaStaysAt checks that a refused status change stored nothing: the idea
// keeps its status and its history keeps its length.
func ideaStaysAt(idea, status string, history int) func(testing.TB, core.App) {
	return all(
		wantOne("ideas", map[string]any{"id": idea, "status": status}),
		wantMatching("status_changes", map[string]any{"idea": idea}, history),
	)
}

func TestStatusChangesVisibility(t *testing.T) {
	t.Parallel()
	list := statusChanges + "?skipTotal=1&perPage=50"
	hidden := withChange("ideas", ideaPublished, map[string]any{"hidden": true})
	submitted := withChange("ideas", ideaPublished, map[string]any{"status": "submitted"})
	orphanedAndHidden := withChange("ideas", ideaPublished, map[string]any{"hidden": true, "author": ""})
	var rows []accessCheck
	for _, who := range []struct {
		person string
		sees   bool
	}{
		{"", false}, {"ben", false}, {"olga", false}, {"uwe", false}, {"ingo", false},
		{"anna", true}, {"mehmet", true}, {"stefan", true}, {"admin", true},
	} {
		// statusChange1 is the only status change of the fixtures, so "not seen" means an empty list.
		name, verb, row := personName(who.person), "does not see", access{url: list, status: 200, has: []string{`"items":[]`}}
		if who.sees {
			verb, row.has = "sees", []string{statusChange1}
		}
		row.as = who.person
		row.name = name + " " + verb + " the history of a hidden idea"
		rows = append(rows, accessCheck{access: row, before: hidden})
		row.name = name + " " + verb + " the history of a submitted idea"
		rows = append(rows, accessCheck{access: row, before: submitted})
	}
	rows = append(rows,
		accessCheck{access: access{name: "anonymous does not see the history of a hidden idea whose author deleted the account",
			url: list, status: 200, has: []string{`"items":[]`}}, before: orphanedAndHidden},
		accessCheck{access: access{name: "anonymous cannot view a change of a hidden idea",
			url: statusChanges + "/" + statusChange1, status: 404}, before: hidden},
		accessCheck{access: access{name: "the author views a change of her hidden idea", as: "anna",
			url: statusChanges + "/" + statusChange1, status: 200, has: []string{statusChange1}}, before: hidden},
	)
	runChecks(t, rows)

	run(t, []access{
		{name: "anonymous lists the history of a public idea", url: list, status: 200,
			has: []string{statusChange1, `"to":"published"`}},
		{name: "anonymous views a change of a public idea", url: statusChanges + "/" + statusChange1, status: 200,
			has: []string{`"idea":"` + ideaPublished + `"`}},
		{name: "another citizen lists the history of a public idea", as: "ben", url: list, status: 200, has: []string{statusChange1}},
		{name: "moderator of another region lists the history of a public idea", as: "olga", url: list, status: 200, has: []string{statusChange1}},
	})
}

func TestStatusChangesCreateAccess(t *testing.T) {
	t.Parallel()
	mehmet, stefan := personId("mehmet"), personId("stefan")
	unchanged := ideaStaysAt(ideaPublished, "published", 1)
	review := "Wir prüfen das im Ausschuss."
	runChecks(t, []accessCheck{
		{access: access{name: "staff of the municipality moves a published idea into review", as: "stefan", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, stefan, stadtGelnhausen),
			status: 200, has: []string{`"from":"published"`, `"to":"in_review"`}},
			after: all(
				wantOne("ideas", map[string]any{"id": ideaPublished, "status": "in_review"}),
				wantOne("status_changes", map[string]any{"idea": ideaPublished, "from": "published", "to": "in_review",
					"actor": stefan, "organization": stadtGelnhausen, "response": review}),
				wantNone("moderation_log", map[string]any{"target_id": ideaPublished, "actor": stefan}),
			)},
		{access: access{name: "moderator of the region publishes a submitted idea without a response", as: "mehmet", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaSubmitted, "published", "", mehmet, vdkMainKinzig),
			status: 200, has: []string{`"from":"submitted"`, `"to":"published"`}},
			after: all(
				wantOne("ideas", map[string]any{"id": ideaSubmitted, "status": "published"}),
				wantOne("moderation_log", map[string]any{"action": "publish", "target_collection": "ideas", "target_id": ideaSubmitted,
					"actor": mehmet, "organization": vdkMainKinzig, "region": gelnhausen}),
			)},
		{access: access{name: "superuser moves an idea without acting for an organization", as: "admin", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, "", ""), status: 200},
			after: wantOne("ideas", map[string]any{"id": ideaPublished, "status": "in_review"})},

		{access: access{name: "moderator of another region cannot move a Main-Kinzig idea for her organization", as: "olga", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, personId("olga"), awoKyffhaeuser), status: 400},
			after: unchanged},
		{access: access{name: "moderator of another region cannot act for an organization she does not belong to", as: "olga", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, personId("olga"), vdkMainKinzig), status: 400},
			after: unchanged},
		{access: access{name: "moderator cannot move an idea outside his organization's regions", as: "mehmet", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaKyff, "in_review", review, mehmet, vdkMainKinzig), status: 400},
			after: ideaStaysAt(ideaKyff, "published", 0)},
		{access: access{name: "staff cannot move an idea of another municipality", as: "stefan", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaKyff, "in_review", review, stefan, stadtGelnhausen), status: 400},
			after: ideaStaysAt(ideaKyff, "published", 0)},
		{access: access{name: "staff cannot act for an organization they are not a member of", as: "stefan", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, stefan, vdkMainKinzig), status: 400},
			after: unchanged},
		{access: access{name: "the author cannot move her own idea", as: "anna", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, personId("anna"), vdkMainKinzig), status: 400},
			after: unchanged},
		{access: access{name: "a citizen cannot move an idea", as: "ben", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, personId("ben"), ""), status: 400},
			after: unchanged},
		{access: access{name: "anonymous cannot move an idea", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, "", vdkMainKinzig), status: 400},
			after: unchanged},
		{access: access{name: "a plain member of a verified organization cannot move an idea", as: "uwe", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, personId("uwe"), vdkMainKinzig), status: 400},
			after: unchanged},
		{access: access{name: "a moderator of an unverified organization cannot move an idea", as: "ingo", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, personId("ingo"), unverifiedInit), status: 400},
			after: unchanged},
		{access: access{name: "a moderator elsewhere cannot move an idea for an organization where he is a plain member", as: "uwe", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, personId("uwe"), vdkMainKinzig), status: 400},
			before: withRecord("memberships", "uweawomoderator", map[string]any{"user": personId("uwe"), "organization": awoKyffhaeuser, "role": "moderator"}),
			after:  unchanged},
		{access: access{name: "the actor must be the requester", as: "mehmet", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, stefan, vdkMainKinzig), status: 400},
			after: unchanged},
		{access: access{name: "the actor cannot be left out", as: "mehmet", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", review, "", vdkMainKinzig), status: 400},
			after: unchanged},
		{access: access{name: "the previous status cannot be supplied by the client", as: "mehmet", method: http.MethodPost,
			url: statusChanges, body: `{"idea":"` + ideaPublished + `","from":"published","to":"in_review","response":"Wir prüfen.","actor":"` + mehmet + `","organization":"` + vdkMainKinzig + `"}`,
			status: 400},
			after: unchanged},
	})
}

func TestStatusChangesAreNotEdited(t *testing.T) {
	t.Parallel()
	one := statusChanges + "/" + statusChange1
	fixtureUnchanged := wantOne("status_changes", map[string]any{"id": statusChange1, "to": "published", "response": ""})
	rows := cannotEditOrDelete("a status change", one, `{"response":"Nachträglich geändert."}`, 403, 403, fixtureUnchanged)
	rows = append(rows,
		accessCheck{access: access{name: "superuser corrects a response", as: "admin", method: http.MethodPatch, url: one,
			body: `{"response":"Korrigiert."}`, status: 200, has: []string{`"response":"Korrigiert."`}}},
		accessCheck{access: access{name: "superuser deletes a status change", as: "admin", method: http.MethodDelete, url: one, status: 204},
			after: wantNone("status_changes", map[string]any{"id": statusChange1})},
	)
	runChecks(t, rows)
}

func TestStatusChangesFollowTheLifecycle(t *testing.T) {
	t.Parallel()
	mehmet, stefan := personId("mehmet"), personId("stefan")
	at := func(status string) func(testing.TB, core.App) {
		return withChange("ideas", ideaPublished, map[string]any{"status": status})
	}
	var rows []accessCheck
	for _, legal := range []struct{ from, to, response string }{
		{"submitted", "published", ""},
		{"published", "in_review", "Wir prüfen die Idee."},
		{"in_review", "accepted", "Wir setzen das um."},
		{"in_review", "declined", "Dafür ist der Bund zuständig."},
		{"accepted", "in_progress", "Die Arbeiten haben begonnen."},
		{"in_progress", "implemented", "Der Antrag ist jetzt in Leichter Sprache online."},
	} {
		rows = append(rows, accessCheck{
			access: access{name: "staff moves an idea from " + legal.from + " to " + legal.to, as: "stefan", method: http.MethodPost,
				url: statusChanges, body: statusChangeBody(ideaPublished, legal.to, legal.response, stefan, stadtGelnhausen),
				status: 200, has: []string{`"from":"` + legal.from + `"`, `"to":"` + legal.to + `"`}},
			before: at(legal.from),
			after: all(
				wantOne("ideas", map[string]any{"id": ideaPublished, "status": legal.to}),
				wantOne("status_changes", map[string]any{"idea": ideaPublished, "from": legal.from, "to": legal.to, "actor": stefan}),
			),
		})
	}
	// Every open idea may also be merged (with a target, see merge_test.go);
	// a closed one may move nowhere.
	for _, illegal := range []struct{ from, to, next string }{
		{"published", "accepted", "in_review, merged"},
		{"submitted", "in_review", "published, merged"},
		{"in_review", "in_progress", "accepted, declined, merged"},
		{"published", "published", "in_review, merged"},
		{"implemented", "in_review", "-"},
		{"declined", "accepted", "-"},
		{"implemented", "merged", "-"},
		{"declined", "merged", "-"},
		{"merged", "published", "-"},
	} {
		rows = append(rows, accessCheck{
			access: access{name: "moving an idea from " + illegal.from + " to " + illegal.to + " is not allowed", as: "mehmet", method: http.MethodPost,
				url: statusChanges, body: statusChangeBody(ideaPublished, illegal.to, "Eine Antwort.", mehmet, vdkMainKinzig),
				status: 400, has: []string{`"to":{"code":"transition_not_allowed"`,
					"Dieser Statuswechsel ist nicht erlaubt. Erlaubt sind: " + illegal.next + "."}},
			before: at(illegal.from),
			after:  ideaStaysAt(ideaPublished, illegal.from, 1),
		})
	}
	rows = append(rows, accessCheck{
		access: access{name: "an idea in review is merged only into a named idea", as: "mehmet", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "merged", "Doppelt.", mehmet, vdkMainKinzig),
			status: 400, has: []string{`"merged_into":{"code":"merge_target_required"`, "Bitte die Idee angeben, in die diese zusammengeführt wird."}},
		before: at("in_review"),
		after:  ideaStaysAt(ideaPublished, "in_review", 1),
	})
	rows = append(rows,
		accessCheck{access: access{name: "a transition other than publish needs a response", as: "stefan", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", "", stefan, stadtGelnhausen),
			status: 400, has: []string{`"response":{"code":"response_required"`, "Für diesen Statuswechsel ist eine öffentliche Antwort nötig."}},
			after: ideaStaysAt(ideaPublished, "published", 1)},
		accessCheck{access: access{name: "a blank response is no response", as: "stefan", method: http.MethodPost,
			url: statusChanges, body: statusChangeBody(ideaPublished, "in_review", "   ", stefan, stadtGelnhausen),
			status: 400, has: []string{`"response":{"code":"response_required"`}},
			after: ideaStaysAt(ideaPublished, "published", 1)},
	)
	runChecks(t, rows)
}

func TestStatusChangeErrorsSpeakTheRequestLanguage(t *testing.T) {
	t.Parallel()
	mehmet := personId("mehmet")
	illegal := statusChangeBody(ideaPublished, "accepted", "Angenommen.", mehmet, vdkMainKinzig)
	runChecks(t, []accessCheck{
		{access: access{name: "German is the default", as: "mehmet", method: http.MethodPost, url: statusChanges, body: illegal, status: 400,
			has:    []string{`"message":"Der Eintrag konnte nicht gespeichert werden."`, "Dieser Statuswechsel ist nicht erlaubt. Erlaubt sind: in_review, merged."},
			hasNot: []string{"not allowed"}}},
		{access: access{name: "English on request", as: "mehmet", method: http.MethodPost, url: statusChanges, body: illegal, status: 400,
			has:    []string{`"message":"Failed to create record."`, "This status change is not allowed. Allowed next states: in_review, merged."},
			hasNot: []string{"nicht erlaubt"}},
			lang: "en"},
		{access: access{name: "an unsupported language falls back to German", as: "mehmet", method: http.MethodPost, url: statusChanges, body: illegal, status: 400,
			has: []string{"Dieser Statuswechsel ist nicht erlaubt. Erlaubt sind: in_review, merged."}},
			lang: "fr-FR"},
	})
}
