package tests

import (
	"net/http"
	"testing"
)

const moderationLog = "/api/collections/moderation_log/records"

// logGelnhausenAsStored is the fixture entry as it must stay: the log is append-only.
var logGelnhausenAsStored = wantOne("moderation_log", map[string]any{"id": logGelnhausen, "actor": personId("mehmet"),
	"organization": vdkMainKinzig, "action": "hide", "target_collection": "ideas", "target_id": ideaHidden,
	"region": gelnhausen, "reason": ""})

func TestModerationLogVisibility(t *testing.T) {
	t.Parallel()
	list := moderationLog + "?skipTotal=1&perPage=50"
	rows := []access{
		{name: "moderator of the region sees the entries of his region only", as: "mehmet", url: list, status: 200,
			has: []string{logGelnhausen}, hasNot: []string{logKyff}},
		{name: "moderator of another region sees the entries of her region only", as: "olga", url: list, status: 200,
			has: []string{logKyff}, hasNot: []string{logGelnhausen}},
		{name: "superuser sees every entry", as: "admin", url: list, status: 200, has: []string{logGelnhausen, logKyff}},
		{name: "moderator of the region views an entry of his region", as: "mehmet", url: moderationLog + "/" + logGelnhausen, status: 200,
			has: []string{`"action":"hide"`, `"target_id":"` + ideaHidden + `"`}},
		{name: "moderator of the region cannot view an entry of another region", as: "mehmet", url: moderationLog + "/" + logKyff, status: 404},
		{name: "moderator of another region cannot view an entry of Main-Kinzig", as: "olga", url: moderationLog + "/" + logGelnhausen, status: 404},
	}
	runChecks(t, append(checksOf(rows), asEach([]string{"", "anna", "ben", "stefan", "uwe", "ingo"},
		accessCheck{access: access{name: "sees no log entries", url: list, status: 200, has: []string{`"items":[]`}}},
		accessCheck{access: access{name: "cannot view a log entry", url: moderationLog + "/" + logGelnhausen, status: 404}})...))
}

func TestModerationLogIsAppendOnly(t *testing.T) {
	t.Parallel()
	one := moderationLog + "/" + logGelnhausen
	entry := `{"actor":"` + personId("mehmet") + `","organization":"` + vdkMainKinzig + `","action":"restore",` +
		`"target_collection":"ideas","target_id":"` + ideaHidden + `","region":"` + gelnhausen + `"}`
	onlyTheFixtures := wantMatching("moderation_log", map[string]any{"target_id": ideaHidden}, 1)
	rows := append(asEach(everyoneButTheSuperuser,
		accessCheck{access: access{name: "cannot write a log entry", method: http.MethodPost, url: moderationLog,
			body: entry, status: 403}, after: onlyTheFixtures}),
		cannotEditOrDelete("a log entry", one, `{"reason":"Nachträglich begründet."}`, 403, 403, logGelnhausenAsStored)...)
	rows = append(rows,
		accessCheck{access: access{name: "not even the superuser edits a log entry", as: "admin", method: http.MethodPatch, url: one,
			body: `{"reason":"Nachträglich begründet."}`, status: 400, has: []string{"Der Eintrag konnte nicht geändert werden."}},
			after: logGelnhausenAsStored},
		accessCheck{access: access{name: "not even the superuser moves a log entry to another actor", as: "admin", method: http.MethodPatch, url: one,
			body: `{"actor":"` + personId("olga") + `"}`, status: 400}, after: logGelnhausenAsStored},
		accessCheck{access: access{name: "not even the superuser deletes a log entry", as: "admin", method: http.MethodDelete, url: one,
			status: 400, has: []string{"Der Eintrag konnte nicht gelöscht werden."}}, after: logGelnhausenAsStored},
		accessCheck{access: access{name: "the superuser may append an entry", as: "admin", method: http.MethodPost, url: moderationLog,
			body: entry, status: 200, has: []string{`"action":"restore"`}},
			after: wantOne("moderation_log", map[string]any{"target_id": ideaHidden, "action": "restore"})},
		accessCheck{access: access{name: "deleting a moderator's account keeps his entries without the person", as: "admin",
			method: http.MethodDelete, url: "/api/collections/users/records/" + personId("mehmet"), status: 204},
			after: wantOne("moderation_log", map[string]any{"id": logGelnhausen, "actor": "", "organization": vdkMainKinzig, "action": "hide"})},
	)
	runChecks(t, rows)
}

func TestModerationIsLogged(t *testing.T) {
	t.Parallel()
	mehmet := personId("mehmet")
	entry := func(action, collection, target string) map[string]any {
		return map[string]any{"action": action, "target_collection": collection, "target_id": target,
			"actor": mehmet, "organization": vdkMainKinzig, "region": gelnhausen}
	}
	runChecks(t, []accessCheck{
		{access: access{name: "a moderator hiding an idea is logged with actor and organization", as: "mehmet", method: http.MethodPatch,
			url: "/api/collections/ideas/records/" + ideaPublished, body: `{"hidden":true}`, status: 200},
			after: wantOne("moderation_log", entry("hide", "ideas", ideaPublished))},
		{access: access{name: "a moderator restoring an idea is logged", as: "mehmet", method: http.MethodPatch,
			url: "/api/collections/ideas/records/" + ideaHidden, body: `{"hidden":false}`, status: 200},
			after: wantOne("moderation_log", entry("restore", "ideas", ideaHidden))},
		{access: access{name: "a moderator hiding a comment is logged with the region of its idea", as: "mehmet", method: http.MethodPatch,
			url: "/api/collections/comments/records/" + commentBen, body: `{"state":"hidden"}`, status: 200},
			after: wantOne("moderation_log", entry("hide", "comments", commentBen))},
		{access: access{name: "a moderator's refused hiding is not logged", as: "olga", method: http.MethodPatch,
			url: "/api/collections/ideas/records/" + ideaPublished, body: `{"hidden":true}`, status: 404},
			after: all(
				wantOne("ideas", map[string]any{"id": ideaPublished, "hidden": false}),
				wantNone("moderation_log", map[string]any{"target_id": ideaPublished, "action": "hide"}),
			)},
		{access: access{name: "an edit that does not touch the moderation state is not logged", as: "anna", method: http.MethodPatch,
			url: "/api/collections/ideas/records/" + ideaSubmitted, body: `{"title":"Bürgerbus per App buchen"}`, status: 200},
			after: wantNone("moderation_log", map[string]any{"target_id": ideaSubmitted})},
	})
}
