package tests

import (
	"net/http"
	"slices"
	"testing"

	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/pocketbase/core"
)

// ideaWith is the body of a new idea of Anna's in Gelnhausen with this title and body.
func ideaWith(title, body string) string {
	return jsonText(map[string]any{"title": title, "body": body, "region": gelnhausen, "author": personId("anna")})
}

// refusedFor is what a refusal for control characters in field says.
func refusedFor(field string) []string {
	return []string{`"` + field + `":{"code":"validation_control_characters"`}
}

func TestTextWithControlCharactersIsRefused(t *testing.T) {
	ideas, users := "/api/collections/ideas/records", "/api/collections/users/records"
	comments, organizations := "/api/collections/comments/records", "/api/collections/organizations/records"
	const body = "Es fehlen Bänke zum Warten."
	runChecks(t, []accessCheck{
		{access: access{name: "a NUL byte in an idea title is refused and nothing is stored", as: "anna", method: http.MethodPost, url: ideas,
			body: ideaWith("Sitzbänke\u0000am Bahnhof", body), status: 400, has: refusedFor("title")},
			after: wantNone("ideas", map[string]any{"body": body})},
		{access: access{name: "a NUL byte in an idea body is refused too", as: "anna", method: http.MethodPost, url: ideas,
			body: ideaWith("Sitzbänke am Bahnhof", "Es fehlen\u0000 Bänke."), status: 400, has: refusedFor("body")},
			after: wantNone("ideas", map[string]any{"title": "Sitzbänke am Bahnhof"})},
		{access: access{name: "an escape sequence in a comment is refused", as: "anna", method: http.MethodPost, url: comments,
			body:   jsonText(map[string]any{"idea": ideaPublished, "author": personId("anna"), "body": "Gut \u001b[31mrot"}),
			status: 400, has: refusedFor("body")},
			after: wantOne("comments", map[string]any{"idea": ideaPublished, "state": "visible"})},
		{access: access{name: "DEL and C1 controls in an idea body are refused", as: "anna", method: http.MethodPost, url: ideas,
			body: ideaWith("Sitzbänke am Bahnhof", "Es fehlen Bänke\u0085 zum Warten."), status: 400, has: refusedFor("body")},
			after: wantNone("ideas", map[string]any{"title": "Sitzbänke am Bahnhof"})},
		{access: access{name: "a right-to-left override in an idea title is refused", as: "anna", method: http.MethodPost, url: ideas,
			body: ideaWith("Sitzbänke \u202Efohnhab ma", body), status: 400, has: refusedFor("title")},
			after: wantNone("ideas", map[string]any{"body": body})},
		{access: access{name: "a directional isolate in an idea title is refused", as: "anna", method: http.MethodPost, url: ideas,
			body: ideaWith("Sitzbänke \u2066am Bahnhof\u2069", body), status: 400, has: refusedFor("title")},
			after: wantNone("ideas", map[string]any{"body": body})},
		{access: access{name: "a line break in an idea title is refused", as: "anna", method: http.MethodPost, url: ideas,
			body: ideaWith("Sitzbänke\nam Bahnhof", body), status: 400, has: refusedFor("title")},
			after: wantNone("ideas", map[string]any{"body": body})},
		{access: access{name: "a right-to-left override in a display name is refused", as: "anna", method: http.MethodPatch, url: users + "/" + personId("anna"),
			body: `{"display_name":"anna\u202Egnp.exe"}`, status: 400, has: refusedFor("display_name")},
			after: wantOne("users", map[string]any{"id": personId("anna"), "display_name": "anna"})},
		{access: access{name: "a right-to-left mark in an organization name is refused, even for the superuser", as: "admin",
			method: http.MethodPatch, url: organizations + "/" + vdkMainKinzig,
			body: `{"name":"VdK \u200FMain-Kinzig"}`, status: 400, has: refusedFor("name")},
			after: wantOne("organizations", map[string]any{"id": vdkMainKinzig, "name": "VdK Kreisverband Main-Kinzig"})},
		{access: access{name: "the refusal names the character, in English when asked", as: "anna", method: http.MethodPost, url: ideas,
			body: ideaWith("Sitzbänke\u0000am Bahnhof", body), status: 400,
			has: []string{`"message":"Must not contain invisible control characters (found U+0000)."`}}, lang: "en"},
		{access: access{name: "tabs and line breaks in an idea body are kept", as: "anna", method: http.MethodPost, url: ideas,
			body: ideaWith("Sitzbänke am Bahnhof", "Es fehlen:\n\tBänke\r\n\tein Dach"), status: 200},
			after: wantOne("ideas", map[string]any{"title": "Sitzbänke am Bahnhof", "body": "Es fehlen:\n\tBänke\r\n\tein Dach"})},
		{access: access{name: "direction marks in an idea body are kept, for mixed scripts", as: "anna", method: http.MethodPost, url: ideas,
			body: ideaWith("Sitzbänke am Bahnhof", "Auf Arabisch: \u200Fمقاعد\u200E am Bahnhof."), status: 200},
			after: wantOne("ideas", map[string]any{"title": "Sitzbänke am Bahnhof"})},
		{access: access{name: "a change to other fields passes, even when an older title holds a control character", as: "mehmet",
			method: http.MethodPatch, url: ideas + "/" + ideaPublished, body: `{"hidden":true}`, status: 200},
			before: func(t testing.TB, app core.App) {
				if _, err := app.NonconcurrentDB().Update("ideas", map[string]any{"title": "Alter\x00Titel"},
					dbxHash("id", ideaPublished)).Execute(); err != nil {
					t.Fatal(err)
				}
			},
			after: wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": true})},
	})
}

func TestControlCharactersAreRefusedInABatch(t *testing.T) {
	ideas := "/api/collections/ideas/records"
	const first, second = "batchidea000001", "batchidea000002"
	withNul := jsonText(map[string]any{"id": second, "title": "Sitzbänke\u0000am Bahnhof", "body": "Es fehlen Bänke zum Warten.",
		"region": gelnhausen, "author": personId("anna")})
	runChecks(t, []accessCheck{
		{access: access{name: "a NUL byte in a title refuses the whole batch; neither idea is stored", as: "anna", method: http.MethodPost, url: batch,
			body:   batchOf(batchRequest(http.MethodPost, ideas, newIdeaBody(first, personId("anna"))), batchRequest(http.MethodPost, ideas, withNul)),
			status: 400, has: append(failedAt("1"), `"code":"validation_control_characters"`)},
			after: all(wantNone("ideas", map[string]any{"id": first}), wantNone("ideas", map[string]any{"id": second}))},
	})
}

func TestPushRefusesControlCharactersLikeTheRESTAPI(t *testing.T) {
	anna := personId("anna")
	ideas, comments := "/api/collections/ideas/records", "/api/collections/comments/records"
	rows := []pushRule{
		{name: "idea.create with a NUL byte in the title is rejected and stores nothing", as: "anna",
			kind: "idea.create", args: argsWith(newIdeaArgs(gelnhausen), "title", "Sitzbänke\u0000am Bahnhof"),
			status: "rejected", code: "validation_control_characters", field: "title",
			rest: &restCall{http.MethodPost, ideas, argsWith(newIdeaArgs(gelnhausen), "author", anna, "title", "Sitzbänke\u0000am Bahnhof"),
				400, "validation_control_characters", "title"}},
		{name: "idea.create with a right-to-left override in the title is rejected", as: "anna",
			kind: "idea.create", args: argsWith(newIdeaArgs(gelnhausen), "title", "Sitzbänke \u202Eam Bahnhof"),
			status: "rejected", code: "validation_control_characters", field: "title",
			rest: &restCall{http.MethodPost, ideas, argsWith(newIdeaArgs(gelnhausen), "author", anna, "title", "Sitzbänke \u202Eam Bahnhof"),
				400, "validation_control_characters", "title"}},
		{name: "idea.update with a NUL byte in the title is rejected and changes nothing", as: "anna",
			kind: "idea.update", args: map[string]any{"id": ideaSubmitted, "title": "Bürgerbus\u0000per App"},
			status: "rejected", code: "validation_control_characters", field: "title",
			check: wantRecord("ideas", "id", ideaSubmitted, "title", "Bürgerbus digital buchen")},
		{name: "comment.create with a NUL byte in the body is rejected", as: "anna",
			kind: "comment.create", args: map[string]any{"idea": ideaPublished, "body": "Gut\u0000e Idee"},
			status: "rejected", code: "validation_control_characters", field: "body",
			rest: &restCall{http.MethodPost, comments, map[string]any{"idea": ideaPublished, "author": anna, "body": "Gut\u0000e Idee"},
				400, "validation_control_characters", "body"}},
		{name: "idea.create with tabs and line breaks in the body is applied as written", as: "anna",
			kind: "idea.create", args: argsWith(newIdeaArgs(gelnhausen), "body", "Es fehlen:\n\tBänke\n\tein Dach"), status: "applied",
			check: wantRecord("ideas", "body", "Es fehlen:\n\tBänke\n\tein Dach")},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) { checkPushRule(t, row) })
	}
}

func TestMultilineTextNamesProseFieldsOfTheSchema(t *testing.T) {
	app := newTestApp(t)
	collections, err := app.FindAllCollections()
	if err != nil {
		t.Fatal(err)
	}
	listed := 0
	for _, c := range collections {
		multiline := migrations.MultilineText[c.Name]
		for _, f := range c.Fields {
			text, ok := f.(*core.TextField)
			if !ok || c.System {
				continue
			}
			// Prose is long, titles and names are short: a long text field
			// missing from the list, or a short one on it, is a mistake.
			if isProse := slices.Contains(multiline, text.Name); isProse != (text.Max >= 500) {
				t.Errorf("%s.%s (max %d): multi-line %v, want %v", c.Name, text.Name, text.Max, isProse, text.Max >= 500)
			} else if isProse {
				listed++
			}
		}
	}
	want := 0
	for _, fields := range migrations.MultilineText {
		want += len(fields)
	}
	if listed != want {
		t.Errorf("got %d listed multi-line fields in the schema, want all %d of migrations.MultilineText", listed, want)
	}
}
