package tests

import (
	"net/http"
	"testing"

	"github.com/google/uuid"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

// A member of a verified organization enters an idea or feedback for someone
// who is not online (assisted, or from a paper form). The entry records the
// organization, the member and that the person consented; it has no author
// and is shown under the organization's name.

const vdkName = "VdK Kreisverband Main-Kinzig"

// entryFields is the JSON of an assisted entry's own fields, each with a leading comma.
func entryFields(channel, organization, enteredBy string, consent any) string {
	fields := ""
	if channel != "" {
		fields += `,"channel":"` + channel + `"`
	}
	if organization != "" {
		fields += `,"organization":"` + organization + `"`
	}
	if enteredBy != "" {
		fields += `,"entered_by":"` + personId(enteredBy) + `"`
	}
	if consent != nil {
		fields += `,"consent":` + jsonText(consent)
	}
	return fields
}

// assistedIdea is a new idea in Gelnhausen with the given fields, each with a leading comma.
func assistedIdea(fields string) string {
	return `{"title":"Sprechstunde im Dorf","body":"Frau K. wünscht sich eine Sprechstunde vor Ort."` +
		`,"region":"` + gelnhausen + `"` + fields + `}`
}

// assistedFeedback is a new rating of Wohngeld in Gelnhausen with the given fields.
func assistedFeedback(fields string) string {
	return `{"service":"` + wohngeld + `","region":"` + gelnhausen + `","rating":2,"text":"Der Antrag war zu lang."` + fields + `}`
}

func TestAssistedEntries(t *testing.T) {
	t.Parallel()
	uwe := personId("uwe")
	ideas, feedback := "/api/collections/ideas/records", "/api/collections/feedback/records"
	noIdea := all(wantNone("ideas", map[string]any{"channel": "assisted"}), wantNone("ideas", map[string]any{"channel": "paper"}))
	noFeedback := all(wantNone("feedback", map[string]any{"channel": "assisted"}), wantNone("feedback", map[string]any{"channel": "paper"}))
	var rows []accessCheck
	for _, channel := range []string{"assisted", "paper"} {
		rows = append(rows,
			accessCheck{access: access{name: "a member of a verified Verband enters an idea from the " + channel + " channel without an author",
				as: "uwe", method: http.MethodPost, url: ideas, body: assistedIdea(entryFields(channel, vdkMainKinzig, "uwe", true)), status: 200,
				has: []string{`"channel":"` + channel + `"`, `"author":""`, `"author_name":"` + vdkName + `"`, `"entered_by":"` + uwe + `"`, `"consent":true`}},
				after: wantOne("ideas", map[string]any{"channel": channel, "organization": vdkMainKinzig, "entered_by": uwe, "author": "",
					"author_name": vdkName, "consent": true})},
			accessCheck{access: access{name: "a member of a verified Verband enters feedback from the " + channel + " channel without an author",
				as: "uwe", method: http.MethodPost, url: feedback, body: assistedFeedback(entryFields(channel, vdkMainKinzig, "uwe", true)), status: 200,
				has: []string{`"channel":"` + channel + `"`, `"author":""`, `"entered_by":"` + uwe + `"`}},
				after: wantOne("feedback", map[string]any{"channel": channel, "organization": vdkMainKinzig, "entered_by": uwe, "author": "", "consent": true})},
		)
	}
	rows = append(rows,
		accessCheck{access: access{name: "a moderator of the Verband may enter for someone too", as: "mehmet", method: http.MethodPost, url: ideas,
			body: assistedIdea(entryFields("assisted", vdkMainKinzig, "mehmet", true)), status: 200, has: []string{`"author":""`}},
			after: wantOne("ideas", map[string]any{"channel": "assisted", "entered_by": personId("mehmet")})},
		accessCheck{access: access{name: "the member who entered feedback for someone sees it afterwards", as: "uwe",
			url: feedback + "?skipTotal=1", status: 200, has: []string{"assistedfeedbk01"}},
			before: withRecord("feedback", "assistedfeedbk01", map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 3,
				"channel": "assisted", "organization": vdkMainKinzig, "entered_by": uwe, "consent": true})},
	)
	for _, refused := range []struct {
		name, as, fields string
	}{
		{"without the person's consent", "uwe", entryFields("assisted", vdkMainKinzig, "uwe", nil)},
		{"when the person did not consent", "uwe", entryFields("assisted", vdkMainKinzig, "uwe", false)},
		{"for an organization the member does not belong to", "uwe", entryFields("assisted", awoKyffhaeuser, "uwe", true)},
		{"for an unverified organization, by its own member", "ingo", entryFields("assisted", unverifiedInit, "ingo", true)},
		{"for an unverified organization, by a member of another one", "uwe", entryFields("assisted", unverifiedInit, "uwe", true)},
		{"by a citizen without a membership", "anna", entryFields("assisted", vdkMainKinzig, "anna", true)},
		{"in another member's name", "uwe", entryFields("paper", vdkMainKinzig, "mehmet", true)},
		{"without naming who entered it", "uwe", entryFields("assisted", vdkMainKinzig, "", true)},
		{"without an organization", "uwe", entryFields("assisted", "", "uwe", true)},
		{"with the member as author", "uwe", entryFields("assisted", vdkMainKinzig, "uwe", true) + `,"author":"` + uwe + `"`},
		{"in a citizen's name", "uwe", entryFields("paper", vdkMainKinzig, "uwe", true) + `,"author":"` + personId("anna") + `"`},
		{"as an app entry carrying an organization", "uwe", entryFields("app", vdkMainKinzig, "", nil) + `,"author":"` + uwe + `"`},
		{"anonymously", "", entryFields("assisted", vdkMainKinzig, "uwe", true)},
	} {
		rows = append(rows,
			accessCheck{access: access{name: "an idea cannot be entered " + refused.name, as: refused.as, method: http.MethodPost, url: ideas,
				body: assistedIdea(refused.fields), status: 400, has: []string{refusedByRule}}, after: noIdea},
			accessCheck{access: access{name: "feedback cannot be entered " + refused.name, as: refused.as, method: http.MethodPost, url: feedback,
				body: assistedFeedback(refused.fields), status: 400, has: []string{refusedByRule}}, after: noFeedback},
		)
	}
	runChecks(t, rows)
}

// Offline, a member queues assisted entries like any other; the push applies
// each exactly once, however often the device sends it.
func TestAssistedEntriesSyncExactlyOnce(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	device := newDevice(t, newServer(t, app), "uwe")
	uwe := personId("uwe")
	ideaId, feedbackId := uuid.NewString(), uuid.NewString()
	idea := device.queue("idea.create", map[string]any{"id": ideaId, "title": "Sprechstunde im Dorf",
		"body": "Frau K. wünscht sich eine Sprechstunde vor Ort.", "region": gelnhausen,
		"channel": "assisted", "organization": vdkMainKinzig, "consent": true})
	rating := device.queue("feedback.create", map[string]any{"id": feedbackId, "service": wohngeld, "region": gelnhausen, "rating": 2,
		"channel": "paper", "organization": vdkMainKinzig, "consent": true})
	for i, want := range []string{"applied", "duplicate"} {
		status, reply := device.push(idea, rating)
		if status != http.StatusOK || len(reply.Results) != 2 {
			t.Fatalf("push %d: got %d with %d results (%s), want 200 with 2", i+1, status, len(reply.Results), reply.Message)
		}
		for _, r := range reply.Results {
			if r.Status != want {
				t.Errorf("push %d, mutation %d: got %s %s %v, want %s", i+1, r.Seq, r.Status, r.Code, r.Data, want)
			}
		}
	}
	all(
		wantOne("ideas", map[string]any{"id": ideaId, "author": "", "entered_by": uwe, "channel": "assisted",
			"organization": vdkMainKinzig, "consent": true, "author_name": vdkName}),
		wantOne("feedback", map[string]any{"id": feedbackId, "author": "", "entered_by": uwe, "channel": "paper", "consent": true}),
	)(t, app)

	// The same rules as over REST: without consent nothing is stored.
	refused := device.queue("idea.create", map[string]any{"id": uuid.NewString(), "title": "Ohne Einwilligung",
		"body": "Diese Eingabe hat keine Einwilligung.", "region": gelnhausen, "channel": "assisted", "organization": vdkMainKinzig})
	if _, reply := device.push(refused); len(reply.Results) != 1 || reply.Results[0].Status != "rejected" {
		t.Errorf("an assisted entry without consent: got %+v, want rejected", reply.Results)
	}
	wantMatching("ideas", map[string]any{"entered_by": uwe}, 1)(t, app)
}

// TestVolunteerSeesTheIdeaTheyEntered: an idea entered on paper waits for
// pre-moderation like any other; the volunteer who entered it keeps seeing it,
// nobody else but moderators and staff of the region does.
func TestVolunteerSeesTheIdeaTheyEntered(t *testing.T) {
	const paperIdea = "paperidea000001"
	withPaperIdea := func(t testing.TB) *pbtests.TestApp {
		app := newTestApp(t)
		ideas, err := app.FindCollectionByNameOrId("ideas")
		if err != nil {
			t.Fatal(err)
		}
		record := core.NewRecord(ideas)
		record.Id = paperIdea
		record.Load(map[string]any{"title": "Sprechstunde im Rathaus", "body": "Auf Papier abgegeben in Gelnhausen.",
			"region": gelnhausen, "channel": "paper", "organization": vdkMainKinzig, "entered_by": personId("uwe"),
			"consent": true, "status": "submitted"})
		if err := app.SaveNoValidate(record); err != nil {
			t.Fatal(err)
		}
		return app
	}
	list := "/api/collections/ideas/records?skipTotal=1&perPage=50"
	view := "/api/collections/ideas/records/" + paperIdea
	rows := []access{
		{name: "the volunteer lists the submitted idea they entered", as: "uwe", url: list, status: 200, has: []string{paperIdea}},
		{name: "the volunteer views it", as: "uwe", url: view, status: 200, has: []string{`"status":"submitted"`}},
		{name: "another citizen does not see it", as: "anna", url: list, status: 200, has: []string{ideaPublished}, hasNot: []string{paperIdea}},
		{name: "another citizen cannot view it", as: "ben", url: view, status: 404},
		{name: "anonymous cannot view it", url: view, status: 404},
		{name: "a member of an unverified organization does not see it", as: "ingo", url: list, status: 200, hasNot: []string{paperIdea}},
		{name: "the moderator of the region sees it", as: "mehmet", url: view, status: 200},
		{name: "the moderator of another region does not", as: "olga", url: view, status: 404},
	}
	runChecksOn(t, withPaperIdea, checksOf(rows))
}
