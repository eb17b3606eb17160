package tests

import (
	"net/http"
	"strings"
	"testing"
)

const feedbackRecords = "/api/collections/feedback/records"

// deskAnswer is what staff write back to Anna about her 2-star Wohngeld rating.
const deskAnswer = "Danke! Das Formular ist jetzt kürzer."

// The desk: who reads single feedback entries, and who answers them. Anna's
// entry is in Gelnhausen: Stefan (its staff) and Mehmet (its Verband's
// moderator) work on it; Hanna (staff of Hanau) and Olga (another district) do not.
func TestFeedbackDeskAccess(t *testing.T) {
	t.Parallel()
	list := feedbackRecords + "?skipTotal=1"
	one := feedbackRecords + "/" + feedbackAnna
	answer := `{"state":"fixed","answer":"` + deskAnswer + `"}`
	untouched := wantOne("feedback", map[string]any{"id": feedbackAnna, "state": "new", "answer": ""})
	answered := wantOne("feedback", map[string]any{"id": feedbackAnna, "state": "fixed", "answer": deskAnswer})
	var rows []accessCheck
	for _, who := range []struct {
		person string
		sees   bool
		name   string
	}{
		{"", false, "anonymous"}, {"anna", true, "the author"}, {"ben", false, "another citizen"},
		{"mehmet", true, "the moderator of the region"}, {"olga", false, "the moderator of another region"},
		{"stefan", true, "staff of the region"}, {"hanna", false, "staff of another region"},
		{"uwe", false, "a plain member"}, {"admin", true, "the superuser"},
	} {
		listed := accessCheck{access: access{name: who.name + " does not list Anna's entry", as: who.person, url: list, status: 200,
			hasNot: []string{feedbackAnna}}}
		viewStatus := http.StatusNotFound
		if who.sees {
			listed.name, listed.has, listed.hasNot, viewStatus = who.name+" lists Anna's entry", []string{feedbackAnna}, nil, http.StatusOK
		}
		update := accessCheck{access: access{name: who.name + " answers and marks the entry fixed", as: who.person,
			method: http.MethodPatch, url: one, body: answer, status: 404}, after: untouched}
		switch who.person {
		case "mehmet", "stefan", "admin":
			update.status, update.after = 200, answered
		case "anna":
			update.name = "the author cannot answer or mark her own entry"
		default:
			update.name = who.name + " cannot answer or mark the entry"
		}
		rows = append(rows, listed,
			accessCheck{access: access{name: who.name + " views the entry: " + http.StatusText(viewStatus), as: who.person,
				url: one, status: viewStatus}},
			update)
	}
	rows = append(rows,
		accessCheck{access: access{name: "staff cannot change the rating", as: "stefan", method: http.MethodPatch, url: one,
			body: `{"rating":5}`, status: 404}, after: wantOne("feedback", map[string]any{"id": feedbackAnna, "rating": 2})},
		accessCheck{access: access{name: "staff cannot date a fix themselves", as: "stefan", method: http.MethodPatch, url: one,
			body: `{"state":"fixed","fixed_at":"2020-01-01 00:00:00.000Z"}`, status: 404}, after: untouched},
		accessCheck{access: access{name: "staff cannot name someone else as the one who answered", as: "stefan", method: http.MethodPatch,
			url: one, body: `{"answer":"x","answered_by":"` + personId("mehmet") + `"}`, status: 200},
			after: wantOne("feedback", map[string]any{"id": feedbackAnna, "answer": "x", "answered_by": personId("stefan")})},
		accessCheck{access: access{name: "the author still corrects her rating", as: "anna", method: http.MethodPatch, url: one,
			body: `{"rating":3}`, status: 200}, after: wantOne("feedback", map[string]any{"id": feedbackAnna, "rating": 3, "state": "new"})},
		accessCheck{access: access{name: "a state must come from the list", as: "stefan", method: http.MethodPatch, url: one,
			body: `{"state":"closed"}`, status: 400, has: []string{`"state":{"code":"validation_invalid_value"`}}, after: untouched},
		accessCheck{access: access{name: "a citizen cannot create feedback that is already answered", as: "anna", method: http.MethodPost,
			url: feedbackRecords, body: `{"service":"` + wohngeld + `","region":"` + hanau + `","rating":4,"author":"` +
				personId("anna") + `","answer":"Schon erledigt","state":"fixed"}`, status: 400},
			after: wantNone("feedback", map[string]any{"region": hanau})},
		accessCheck{access: access{name: "a new entry starts as new, with the new barriers and what the other barrier was", as: "anna",
			method: http.MethodPost, url: feedbackRecords, body: `{"service":"` + wohngeld + `","region":"` + hanau +
				`","rating":2,"author":"` + personId("anna") + `","barriers":["magnification","other"],"barrier_other":"Kein Kontrast"}`,
			status: 200, has: []string{`"state":"new"`, `"barrier_other":"Kein Kontrast"`}},
			after: wantOne("feedback", map[string]any{"region": hanau, "state": "new"})},
	)
	runColleagueChecks(t, rows)
}

// Answering dates the answer, records who answered (hidden from the author)
// and tells the author in her inbox; the author's devices get the answer
// through sync, nobody else's.
func TestFeedbackAnswerReachesOnlyTheAuthor(t *testing.T) {
	t.Parallel()
	s := newApiSession(t, newTestApp(t))
	reply := s.must(200, "stefan", http.MethodPatch, feedbackRecords+"/"+feedbackAnna,
		map[string]any{"state": "fixed", "answer": "  " + deskAnswer + " "})
	if reply["answer"] != deskAnswer || reply["answered_at"] == "" || reply["fixed_at"] == "" {
		t.Errorf("answer %q answered_at %q fixed_at %q: want the trimmed answer and both dates", reply["answer"], reply["answered_at"], reply["fixed_at"])
	}
	stored, err := s.app.FindRecordById("feedback", feedbackAnna)
	if err != nil {
		t.Fatal(err)
	}
	if got := stored.GetString("answered_by"); got != personId("stefan") {
		t.Errorf("answered_by: got %q, want Stefan", got)
	}
	wantOne("notifications", map[string]any{"user": personId("anna"), "kind": "feedback_answered", "feedback": feedbackAnna,
		"note": deskAnswer})(t, s.app)

	anna := s.must(200, "anna", http.MethodGet, feedbackRecords+"/"+feedbackAnna, nil)
	if _, leaked := anna["answered_by"]; leaked {
		t.Error("the author reads answered_by, want it hidden")
	}
	for person, wantAnswer := range map[string]bool{"anna": true, "ben": false, "stefan": false, "mehmet": false, "": false} {
		_, pulled := s.send(person, http.MethodGet, "/api/sync/pull?cursor=0&region="+gelnhausen, nil)
		body := jsonText(pulled)
		if got := strings.Contains(body, deskAnswer); got != wantAnswer {
			t.Errorf("pull of %q contains the answer: got %v, want %v", person, got, wantAnswer)
		}
		if strings.Contains(body, personId("stefan")) && strings.Contains(body, `"answered_by"`) {
			t.Errorf("pull of %q names who answered", person)
		}
	}

	// Moving the entry on from fixed takes the fix back; a second answer notifies again.
	reply = s.must(200, "mehmet", http.MethodPatch, feedbackRecords+"/"+feedbackAnna, map[string]any{"state": "forwarded", "answer": "Weitergeleitet."})
	if reply["fixed_at"] != "" {
		t.Errorf("fixed_at after leaving fixed: got %q, want empty", reply["fixed_at"])
	}
	wantMatching("notifications", map[string]any{"user": personId("anna"), "kind": "feedback_answered"}, 2)(t, s.app)
}

// The public learns how many entries were answered and fixed this month only
// where the figures are published: at least five people rated there.
func TestFeedbackSummaryShowsDeskFiguresOnlyForFiveEntries(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	s := newApiSession(t, app)
	route := "/api/services/" + wohngeld + "/feedback?region=" + gelnhausen
	addPaperFeedback := func(id string, data map[string]any) {
		base := map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 3, "channel": "paper", "consent": true,
			"organization": vdkMainKinzig, "entered_by": personId("uwe")}
		for k, v := range data {
			base[k] = v
		}
		withRecord("feedback", id, base)(t, app)
	}
	addPaperFeedback("paperfeedback01", map[string]any{"answer": "Danke.", "state": "seen"})
	addPaperFeedback("paperfeedback02", nil)
	addPaperFeedback("paperfeedback03", nil)
	withChange("feedback", feedbackAnna, map[string]any{"state": "fixed", "answer": deskAnswer})(t, app)

	four := s.must(200, "", http.MethodGet, route, nil)
	if four["count"] != nil || four["answered"] != nil || four["fixed_this_month"] != nil {
		t.Errorf("with 4 entries: got count %v answered %v fixed %v, want null, null, null", four["count"], four["answered"], four["fixed_this_month"])
	}
	addPaperFeedback("paperfeedback04", nil)
	five := s.must(200, "", http.MethodGet, route, nil)
	if five["count"] != 5.0 || five["answered"] != 2.0 || five["fixed_this_month"] != 1.0 {
		t.Errorf("with 5 entries: got count %v answered %v fixed %v, want 5, 2, 1", five["count"], five["answered"], five["fixed_this_month"])
	}
	withChange("feedback", feedbackAnna, map[string]any{"fixed_at": "2020-01-15 10:00:00.000Z"})(t, app)
	if old := s.must(200, "", http.MethodGet, route, nil); old["fixed_this_month"] != 0.0 {
		t.Errorf("a fix of an earlier month: got fixed_this_month %v, want 0", old["fixed_this_month"])
	}
}
