package tests

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

const appeals = "/api/collections/appeals/records"

// Appeals of the fixtures' hidden content: Anna against Mehmet's hiding of
// her idea (the log names him), Ben against the hiding of his comment (the
// log names nobody, as when reports hid it).
const (
	appealAnna = "appealanna00001"
	appealBen  = "appealben000001"
)

var (
	addAppealAnna = withRecord("appeals", appealAnna, map[string]any{"appellant": personId("anna"), "idea": ideaHidden,
		"text": "Meine Idee beleidigt niemanden."})
	addAppealBen = withRecord("appeals", appealBen, map[string]any{"appellant": personId("ben"), "comment": commentHidden,
		"text": "Mein Kommentar war sachlich."})
	// A report on Anna's hidden idea, which an upheld appeal dismisses.
	addReportOnHidden = withRecord("reports", "reporthidden001", map[string]any{"reporter": personId("ben"), "idea": ideaHidden, "reason": "spam"})
)

// appealBody is an appeal as a client files it; extra is more JSON fields, each with a leading comma.
func appealBody(appellant, field, target, extra string) string {
	return `{"appellant":"` + personId(appellant) + `","` + field + `":"` + target + `","text":"Bitte noch einmal prüfen."` + extra + `}`
}

// decisionBody is a moderator's decision on an appeal.
func decisionBody(status, decidedBy string) string {
	return `{"status":"` + status + `","decided_by":"` + userIdOf(decidedBy) + `","decision_note":"Geprüft von einer zweiten Person."}`
}

func TestAppealsAreFiledOnceByTheAuthorOfHiddenContent(t *testing.T) {
	t.Parallel()
	anna, ben := personId("anna"), personId("ben")
	none := wantNone("appeals", map[string]any{"status": "open"})
	// refusedAppeal is a row in which the rule refuses the appeal, and none is filed.
	refusedAppeal := func(name, as, body string) accessCheck {
		return accessCheck{access: access{name: name, as: as, method: http.MethodPost, url: appeals, body: body, status: 400,
			has: []string{refusedByRule}}, after: none}
	}
	runChecks(t, []accessCheck{
		{access: access{name: "the author appeals the hiding of her idea", as: "anna", method: http.MethodPost, url: appeals,
			body: appealBody("anna", "idea", ideaHidden, ""), status: 200,
			has: []string{`"status":"open"`, `"region":"` + gelnhausen + `"`, `"hidden_by":"` + personId("mehmet") + `"`}},
			after: wantOne("appeals", map[string]any{"appellant": anna, "idea": ideaHidden, "status": "open", "region": gelnhausen,
				"hidden_by": personId("mehmet")})},
		{access: access{name: "the author appeals the hiding of his comment, in the region of its idea", as: "ben", method: http.MethodPost, url: appeals,
			body: appealBody("ben", "comment", commentHidden, ""), status: 200, has: []string{`"status":"open"`, `"hidden_by":""`}},
			after: wantOne("appeals", map[string]any{"appellant": ben, "comment": commentHidden, "status": "open", "region": gelnhausen})},
		{access: access{name: "a second appeal on the same idea is refused", as: "anna", method: http.MethodPost, url: appeals,
			body: appealBody("anna", "idea", ideaHidden, ""), status: 400, has: []string{`"code":"validation_not_unique"`}},
			before: addAppealAnna, after: wantOne("appeals", map[string]any{"idea": ideaHidden})},
		{access: access{name: "a second appeal is refused after the first was rejected", as: "anna", method: http.MethodPost, url: appeals,
			body: appealBody("anna", "idea", ideaHidden, ""), status: 400, has: []string{`"code":"validation_not_unique"`}},
			before: all(addAppealAnna, withChange("appeals", appealAnna, map[string]any{"status": "rejected"})),
			after:  wantOne("appeals", map[string]any{"idea": ideaHidden, "status": "rejected"})},
		{access: access{name: "a second appeal on the same comment is refused", as: "ben", method: http.MethodPost, url: appeals,
			body: appealBody("ben", "comment", commentHidden, ""), status: 400, has: []string{`"code":"validation_not_unique"`}},
			before: addAppealBen, after: wantOne("appeals", map[string]any{"comment": commentHidden})},

		refusedAppeal("the author cannot appeal her visible idea", "anna", appealBody("anna", "idea", ideaPublished, "")),
		refusedAppeal("the author cannot appeal his visible comment", "ben", appealBody("ben", "comment", commentBen, "")),
		refusedAppeal("nobody appeals the hiding of another person's idea", "ben", appealBody("ben", "idea", ideaHidden, "")),
		refusedAppeal("nobody appeals the hiding of another person's comment", "anna", appealBody("anna", "comment", commentHidden, "")),
		refusedAppeal("the moderator who hid an idea cannot appeal it for its author", "mehmet", appealBody("mehmet", "idea", ideaHidden, "")),
		refusedAppeal("nobody appeals in the author's name", "ben", appealBody("anna", "idea", ideaHidden, "")),
		refusedAppeal("anonymous cannot appeal", "", appealBody("anna", "idea", ideaHidden, "")),
		refusedAppeal("the appellant cannot decide her appeal when filing it", "anna", appealBody("anna", "idea", ideaHidden, `,"status":"upheld"`)),
		refusedAppeal("the appellant cannot name who hid the content", "anna", appealBody("anna", "idea", ideaHidden, `,"hidden_by":""`)),
		refusedAppeal("the appellant cannot choose the region", "anna", appealBody("anna", "idea", ideaHidden, `,"region":"`+sondershausen+`"`)),
		{access: access{name: "an appeal is about one item, not an idea and a comment at once", as: "anna", method: http.MethodPost, url: appeals,
			body: appealBody("anna", "idea", ideaHidden, `,"comment":"`+commentBen+`"`), status: 400,
			has: []string{`"idea":{"code":"appeal_target_required"`}}, after: none},
		{access: access{name: "an appeal needs a text of some length", as: "anna", method: http.MethodPost, url: appeals,
			body:   `{"appellant":"` + anna + `","idea":"` + ideaHidden + `","text":"Nein."}`,
			status: 400, has: []string{`"text":{"code":"validation_min_text_constraint"`}}, after: none},
	})
}

func TestAppealsAreSeenByTheAppellantAndTheRegionsModerators(t *testing.T) {
	t.Parallel()
	list := appeals + "?skipTotal=1"
	one := appeals + "/" + appealAnna
	var rows []accessCheck
	for _, who := range []struct {
		person string
		sees   bool
	}{
		{"anna", true}, {"mehmet", true}, {"marta", true}, {"admin", true},
		{"", false}, {"ben", false}, {"olga", false}, {"stefan", false}, {"hanna", false}, {"uwe", false}, {"ingo", false},
	} {
		name := personName(who.person)
		if who.sees {
			rows = append(rows,
				accessCheck{access: access{name: name + " lists the appeal", as: who.person, url: list, status: 200, has: []string{appealAnna}},
					before: addAppealAnna},
				accessCheck{access: access{name: name + " opens the appeal", as: who.person, url: one, status: 200,
					has: []string{`"text":"Meine Idee beleidigt niemanden."`}}, before: addAppealAnna},
			)
			continue
		}
		rows = append(rows,
			accessCheck{access: access{name: name + " does not list the appeal", as: who.person, url: list, status: 200,
				has: []string{`"items":[]`}}, before: addAppealAnna},
			accessCheck{access: access{name: name + " cannot open the appeal", as: who.person, url: one, status: 404,
				hasNot: []string{"beleidigt"}}, before: addAppealAnna},
		)
	}
	runColleagueChecks(t, rows)
}

// appealStillOpen checks that a refused decision changed nothing: the appeal
// is open, the idea hidden, the report open, and nobody was told or logged.
func appealStillOpen(t testing.TB, app core.App) {
	t.Helper()
	all(
		wantOne("appeals", map[string]any{"id": appealAnna, "status": "open", "decided_by": ""}),
		wantOne("ideas", map[string]any{"id": ideaHidden, "hidden": true}),
		wantOne("reports", map[string]any{"idea": ideaHidden, "dismissed": false}),
		wantNone("moderation_log", map[string]any{"action": "appeal_upheld"}),
		wantNone("moderation_log", map[string]any{"action": "appeal_rejected"}),
		wantNone("notifications", map[string]any{"kind": "appeal_decided"}),
	)(t, app)
}

func TestAppealsAreDecidedByAnotherModeratorOfTheRegion(t *testing.T) {
	t.Parallel()
	anna, marta := personId("anna"), userIdOf("marta")
	one := appeals + "/" + appealAnna
	filed := all(addAppealAnna, addReportOnHidden)
	decisionLogged := func(action string) func(testing.TB, core.App) {
		return wantOne("moderation_log", map[string]any{"action": action, "actor": marta, "organization": vdkMainKinzig,
			"target_collection": "ideas", "target_id": ideaHidden, "region": gelnhausen, "reason": "Geprüft von einer zweiten Person."})
	}
	rows := []accessCheck{
		{access: access{name: "another moderator of the region upholds the appeal: the idea is visible again and its reports dismissed",
			as: "marta", method: http.MethodPatch, url: one, body: decisionBody("upheld", "marta"), status: 200,
			has: []string{`"status":"upheld"`, `"decided_by":"` + marta + `"`}},
			before: filed,
			after: all(
				wantOne("ideas", map[string]any{"id": ideaHidden, "hidden": false, "hidden_reason": ""}),
				wantOne("reports", map[string]any{"idea": ideaHidden, "dismissed": true}),
				decisionLogged("appeal_upheld"),
				wantOne("notifications", map[string]any{"user": anna, "kind": "appeal_decided", "idea": ideaHidden, "reason": "upheld"}),
			)},
		{access: access{name: "another moderator of the region rejects the appeal: the idea stays hidden",
			as: "marta", method: http.MethodPatch, url: one, body: decisionBody("rejected", "marta"), status: 200,
			has: []string{`"status":"rejected"`}},
			before: filed,
			after: all(
				wantOne("ideas", map[string]any{"id": ideaHidden, "hidden": true}),
				wantOne("reports", map[string]any{"idea": ideaHidden, "dismissed": false}),
				decisionLogged("appeal_rejected"),
				wantOne("notifications", map[string]any{"user": anna, "kind": "appeal_decided", "idea": ideaHidden, "reason": "rejected"}),
				wantNone("notifications", map[string]any{"user": anna, "kind": "restored"}),
			)},
		{access: access{name: "any moderator of the region decides when nobody in particular hid the item", as: "mehmet",
			method: http.MethodPatch, url: appeals + "/" + appealBen, body: decisionBody("upheld", "mehmet"), status: 200},
			before: addAppealBen,
			after: all(
				wantOne("comments", map[string]any{"id": commentHidden, "state": "visible"}),
				wantOne("moderation_log", map[string]any{"action": "appeal_upheld", "actor": personId("mehmet"), "target_collection": "comments",
					"target_id": commentHidden, "region": gelnhausen}),
				wantOne("notifications", map[string]any{"user": personId("ben"), "kind": "appeal_decided", "idea": ideaPublished, "reason": "upheld"}),
			)},

		{access: access{name: "the moderator who hid the idea cannot uphold the appeal", as: "mehmet", method: http.MethodPatch, url: one,
			body: decisionBody("upheld", "mehmet"), status: 404}, before: filed, after: appealStillOpen},
		{access: access{name: "the moderator who hid the idea cannot reject the appeal either", as: "mehmet", method: http.MethodPatch, url: one,
			body: decisionBody("rejected", "mehmet"), status: 404}, before: filed, after: appealStillOpen},
		{access: access{name: "the moderator who hid the idea cannot decide through a batch", as: "mehmet", method: http.MethodPost, url: batch,
			body: batchOf(batchRequest(http.MethodPatch, one, decisionBody("upheld", "mehmet"))), status: 400, has: failedAt("0")},
			before: filed, after: appealStillOpen},
		{access: access{name: "a moderator of another region cannot decide through a batch", as: "olga", method: http.MethodPost, url: batch,
			body: batchOf(batchRequest(http.MethodPatch, one, decisionBody("upheld", "olga"))), status: 400, has: failedAt("0")},
			before: filed, after: appealStillOpen},
		{access: access{name: "a moderator cannot decide in another moderator's name", as: "marta", method: http.MethodPatch, url: one,
			body: decisionBody("upheld", "mehmet"), status: 404}, before: filed, after: appealStillOpen},
		{access: access{name: "a decision must uphold or reject", as: "marta", method: http.MethodPatch, url: one,
			body: decisionBody("open", "marta"), status: 404}, before: filed, after: appealStillOpen},
		{access: access{name: "a moderator cannot rewrite the appellant's text", as: "marta", method: http.MethodPatch, url: one,
			body: `{"status":"rejected","decided_by":"` + marta + `","text":"Ich nehme alles zurück."}`, status: 404},
			before: filed, after: appealStillOpen},
		{access: access{name: "a decided appeal is not decided again", as: "marta", method: http.MethodPatch, url: one,
			body: decisionBody("upheld", "marta"), status: 404},
			before: all(filed, withChange("appeals", appealAnna, map[string]any{"status": "rejected"})),
			after: all(wantOne("appeals", map[string]any{"id": appealAnna, "status": "rejected"}),
				wantOne("ideas", map[string]any{"id": ideaHidden, "hidden": true}))},
	}
	for _, person := range []string{"", "anna", "ben", "olga", "stefan", "hanna", "uwe", "ingo"} {
		name, decider := personName(person), person
		if decider == "" {
			decider = "anna"
		}
		rows = append(rows, accessCheck{access: access{name: name + " cannot decide the appeal", as: person, method: http.MethodPatch,
			url: one, body: decisionBody("upheld", decider), status: 404}, before: filed, after: appealStillOpen})
	}
	runColleagueChecks(t, rows)
}

// The whole way of an appeal, over the API: Mehmet hides Anna's idea, Anna
// appeals once, Mehmet cannot decide, Olga cannot even see it, Marta upholds.
func TestAnUpheldAppealMakesTheIdeaPublicAgain(t *testing.T) {
	t.Parallel()
	s := newApiSession(t, newColleaguesApp(t))
	idea := "/api/collections/ideas/records/" + ideaPublished
	s.must(200, "mehmet", http.MethodPatch, idea, map[string]any{"hidden": true, "moderation_reason": "offensive"})
	s.must(404, "ben", http.MethodGet, idea, nil)

	filing := map[string]any{"appellant": personId("anna"), "idea": ideaPublished, "text": "Ich habe niemanden beleidigt."}
	appeal := s.must(200, "anna", http.MethodPost, appeals, filing)
	id, _ := appeal["id"].(string)
	if appeal["hidden_by"] != personId("mehmet") || appeal["status"] != "open" {
		t.Fatalf("filed appeal: got hidden_by %v status %v, want Mehmet and open", appeal["hidden_by"], appeal["status"])
	}
	s.must(400, "anna", http.MethodPost, appeals, filing)

	s.must(200, "mehmet", http.MethodGet, appeals+"/"+id, nil)
	s.must(404, "mehmet", http.MethodPatch, appeals+"/"+id, map[string]any{"status": "upheld", "decided_by": personId("mehmet")})
	s.must(404, "olga", http.MethodGet, appeals+"/"+id, nil)
	s.must(404, "olga", http.MethodPatch, appeals+"/"+id, map[string]any{"status": "upheld", "decided_by": personId("olga")})
	s.must(200, "marta", http.MethodPatch, appeals+"/"+id, map[string]any{"status": "upheld", "decided_by": userIdOf("marta")})

	if got := s.must(200, "ben", http.MethodGet, idea, nil); got["hidden"] != false {
		t.Errorf("idea after the upheld appeal: got hidden %v, want false", got["hidden"])
	}
	all(
		wantOne("moderation_log", map[string]any{"action": "hide", "target_id": ideaPublished, "actor": personId("mehmet")}),
		wantOne("moderation_log", map[string]any{"action": "appeal_upheld", "target_id": ideaPublished, "actor": userIdOf("marta")}),
		wantOne("notifications", map[string]any{"user": personId("anna"), "kind": "appeal_decided", "reason": "upheld"}),
	)(t, s.app)
	// Once means once: an upheld appeal is not followed by another.
	s.must(400, "anna", http.MethodPost, appeals, filing)
}
