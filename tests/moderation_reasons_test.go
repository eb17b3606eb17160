package tests

import (
	"net/http"
	"strings"
	"testing"
)

// A moderator hides with a reason from the list and, if needed, free text.
// The author reads both on her content and is told in her inbox; the log
// keeps them; everybody else no longer sees the content.

const hideOffensive = `{"hidden":true,"moderation_reason":"offensive","moderation_note":"Beleidigt die Nachbarn."}`

// hiddenOffensive puts Anna's idea into the state that hideOffensive leaves.
var hiddenOffensive = withChange("ideas", ideaPublished, map[string]any{"hidden": true, "hidden_reason": "moderator",
	"moderation_reason": "offensive", "moderation_note": "Beleidigt die Nachbarn."})

func TestHidingWithAReason(t *testing.T) {
	t.Parallel()
	anna, mehmet := personId("anna"), personId("mehmet")
	idea := "/api/collections/ideas/records/" + ideaPublished
	comment := "/api/collections/comments/records/" + commentBen
	list := "/api/collections/ideas/records?skipTotal=1&perPage=50"
	visibleAsBefore := all(
		wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": false, "moderation_reason": "", "moderation_note": ""}),
		wantNone("moderation_log", map[string]any{"target_id": ideaPublished, "action": "hide"}),
		wantNone("notifications", map[string]any{"user": anna, "kind": "hidden"}),
	)
	runChecks(t, []accessCheck{
		{access: access{name: "the moderator of the region hides an idea with a reason and a note", as: "mehmet", method: http.MethodPatch,
			url: idea, body: hideOffensive, status: 200,
			has: []string{`"hidden":true`, `"hidden_reason":"moderator"`, `"moderation_reason":"offensive"`, `"moderation_note":"Beleidigt die Nachbarn."`}},
			after: all(
				wantOne("notifications", map[string]any{"user": anna, "kind": "hidden", "idea": ideaPublished,
					"reason": "offensive", "note": "Beleidigt die Nachbarn."}),
				wantOne("moderation_log", map[string]any{"action": "hide", "target_id": ideaPublished, "actor": mehmet,
					"organization": vdkMainKinzig, "region": gelnhausen, "reason": "offensive: Beleidigt die Nachbarn."}),
			)},
		{access: access{name: "a reason without a note is logged as the reason", as: "mehmet", method: http.MethodPatch,
			url: idea, body: `{"hidden":true,"moderation_reason":"spam"}`, status: 200},
			after: wantOne("moderation_log", map[string]any{"action": "hide", "target_id": ideaPublished, "reason": "spam"})},
		{access: access{name: "the moderator of the region hides a comment with a reason", as: "mehmet", method: http.MethodPatch,
			url: comment, body: `{"state":"hidden","moderation_reason":"personal_data","moderation_note":"Enthält eine Telefonnummer."}`, status: 200,
			has: []string{`"state":"hidden"`, `"moderation_reason":"personal_data"`}},
			after: all(
				wantOne("notifications", map[string]any{"user": personId("ben"), "kind": "hidden", "idea": ideaPublished,
					"reason": "personal_data", "note": "Enthält eine Telefonnummer."}),
				wantOne("moderation_log", map[string]any{"action": "hide", "target_id": commentBen,
					"reason": "personal_data: Enthält eine Telefonnummer."}),
			)},

		{access: access{name: "the author reads the reason on her hidden idea", as: "anna", url: idea, status: 200,
			has: []string{`"hidden":true`, `"hidden_reason":"moderator"`, `"moderation_reason":"offensive"`, `"moderation_note":"Beleidigt die Nachbarn."`}},
			before: hiddenOffensive},
		{access: access{name: "another citizen cannot open the hidden idea", as: "ben", url: idea, status: 404, hasNot: []string{"Nachbarn"}},
			before: hiddenOffensive},
		{access: access{name: "anonymous cannot open the hidden idea", url: idea, status: 404, hasNot: []string{"Nachbarn"}},
			before: hiddenOffensive},
		{access: access{name: "a citizen no longer lists the hidden idea", as: "ben", url: list, status: 200,
			has: []string{ideaKyff}, hasNot: []string{ideaPublished}}, before: hiddenOffensive},
		{access: access{name: "a moderator of another region cannot open the hidden idea", as: "olga", url: idea, status: 404},
			before: hiddenOffensive},

		{access: access{name: "a reason must come from the list", as: "mehmet", method: http.MethodPatch, url: idea,
			body: `{"hidden":true,"moderation_reason":"rude"}`, status: 400, has: []string{`"moderation_reason":{"code":"validation_invalid_value"`}},
			after: visibleAsBefore},
		{access: access{name: "a note has at most 1000 characters", as: "mehmet", method: http.MethodPatch, url: idea,
			body:   `{"hidden":true,"moderation_reason":"other","moderation_note":"` + strings.Repeat("x", 1001) + `"}`,
			status: 400, has: []string{`"moderation_note":{"code":"validation_max_text_constraint"`}},
			after: visibleAsBefore},
		{access: access{name: "a moderator of another region cannot hide with a reason", as: "olga", method: http.MethodPatch, url: idea,
			body: hideOffensive, status: 404}, after: visibleAsBefore},
		{access: access{name: "staff cannot hide with a reason", as: "stefan", method: http.MethodPatch, url: idea,
			body: hideOffensive, status: 404}, after: visibleAsBefore},
		{access: access{name: "the author cannot give her published idea a moderation reason", as: "anna", method: http.MethodPatch, url: idea,
			body: `{"moderation_reason":"other"}`, status: 404}, after: visibleAsBefore},
	})
}

// The log entries that hooks write are as final as the fixtures' entries.
func TestLoggedModerationCannotBeUndoneInTheLog(t *testing.T) {
	t.Parallel()
	s := newApiSession(t, newTestApp(t))
	s.must(200, "mehmet", http.MethodPatch, "/api/collections/ideas/records/"+ideaPublished, hideOffensive)
	entry, err := s.app.FindFirstRecordByFilter("moderation_log", "target_id = {:idea} && action = 'hide'", map[string]any{"idea": ideaPublished})
	if err != nil {
		t.Fatal(err)
	}
	one := moderationLog + "/" + entry.Id
	for _, c := range []struct {
		name, person, method, url string
		body                      any
		status                    int
	}{
		{"the moderator cannot reword his entry", "mehmet", http.MethodPatch, one, map[string]any{"reason": "spam"}, 403},
		{"the moderator cannot delete his entry", "mehmet", http.MethodDelete, one, nil, 403},
		{"the superuser cannot reword the entry", "admin", http.MethodPatch, one, map[string]any{"reason": "spam"}, 400},
		{"the superuser cannot move the entry to another region", "admin", http.MethodPatch, one, map[string]any{"region": sondershausen}, 400},
		{"the superuser cannot delete the entry", "admin", http.MethodDelete, one, nil, 400},
		{"the superuser cannot delete the entry through a batch", "admin", http.MethodPost, batch,
			batchOf(batchRequest(http.MethodDelete, one, "")), 400},
	} {
		if status, reply := s.send(c.person, c.method, c.url, c.body); status != c.status {
			t.Errorf("%s: got %d %v, want %d", c.name, status, reply, c.status)
		}
	}
	wantOne("moderation_log", map[string]any{"id": entry.Id, "action": "hide", "actor": personId("mehmet"),
		"region": gelnhausen, "reason": "offensive: Beleidigt die Nachbarn."})(t, s.app)
}
