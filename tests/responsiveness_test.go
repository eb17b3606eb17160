package tests

import (
	"encoding/json"
	"maps"
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Staff answer in public: every step of an idea carries a response that
// everyone reads, and its author is told of each step.
func TestStaffAnswersEachStepInPublic(t *testing.T) {
	t.Parallel()
	s := newApiSession(t, newTestApp(t))
	stefan := personId("stefan")
	history := statusChanges + "?skipTotal=1&filter=" + "idea%3D%27" + ideaPublished + "%27"
	for i, step := range []struct{ to, response string }{
		{"in_review", "Wir prüfen das im Bürgerbüro."},
		{"accepted", "Der Magistrat hat zugestimmt."},
		{"in_progress", "Die Übersetzung ist beauftragt."},
		{"implemented", "Der Antrag ist jetzt in Leichter Sprache online."},
	} {
		change := s.must(200, "stefan", http.MethodPost, statusChanges,
			statusChangeBody(ideaPublished, step.to, step.response, stefan, stadtGelnhausen))
		if change["response"] != step.response {
			t.Errorf("%s: got response %v, want %q", step.to, change["response"], step.response)
		}
		if idea := s.must(200, "", http.MethodGet, "/api/collections/ideas/records/"+ideaPublished, nil); idea["status"] != step.to {
			t.Errorf("idea after %s: got status %v", step.to, idea["status"])
		}
		public := s.must(200, "", http.MethodGet, history, nil)
		if items, _ := public["items"].([]any); len(items) != i+2 {
			t.Errorf("public history after %s: got %d entries, want %d", step.to, len(items), i+2)
		}
		wantOne("notifications", map[string]any{"user": personId("anna"), "kind": "status_changed", "idea": ideaPublished, "status": step.to})(t, s.app)
	}
	// Nobody is told of their own action, and the staff's steps are no moderation.
	wantNone("notifications", map[string]any{"user": stefan})(t, s.app)
	wantNone("moderation_log", map[string]any{"actor": stefan})(t, s.app)
}

// More ideas for the response times; ids name the region and how fast it was answered.
const (
	ideaGelnhausenQuick = "ideagelnquick01"
	ideaGelnhausenWait  = "ideagelnwait001"
	ideaHanauSlow       = "ideahanauslow01"
	ideaHanauNew        = "ideahanaunew001"
	ideaDistrictWide    = "ideakreiswide01"
)

// withResponseTimes builds ideas whose times are exact, by setting created
// with SQL relative to one instant:
//
//	Gelnhausen   ideaPublished: created 25 days ago, published 20, in review 16, accepted 10 → 4 days
//	             quick: published 10 days ago, in review 8 → 2 days
//	             waiting: published 7 days ago, no answer
//	             ideaSubmitted (90 days) and ideaHidden (100 days) are not public and do not count
//	Hanau        slow: published 30 days ago, in review 20 → 10 days
//	             new: published 3 days ago, no answer
//	Main-Kinzig  district-wide: published 20 days ago, in review 8 → 12 days
//	Sondershausen ideaKyff: published 2 days ago, no answer
func withResponseTimes(t testing.TB, app core.App) {
	t.Helper()
	b := &builder{app: app}
	idea := func(id, region string) {
		b.add("ideas", id, map[string]any{"title": "Idee " + id, "body": "Ein Text zur Idee " + id + ".", "region": region,
			"author": personId("anna"), "status": "published"})
	}
	idea(ideaGelnhausenQuick, gelnhausen)
	idea(ideaGelnhausenWait, gelnhausen)
	idea(ideaHanauSlow, hanau)
	idea(ideaHanauNew, hanau)
	idea(ideaDistrictWide, mainKinzig)
	now := time.Now().UTC()
	daysAgo := map[string]map[string]int{"ideas": {
		ideaPublished: 25, ideaGelnhausenQuick: 10, ideaGelnhausenWait: 7, ideaSubmitted: 90, ideaHidden: 100,
		ideaHanauSlow: 30, ideaHanauNew: 3, ideaDistrictWide: 20, ideaKyff: 2,
	}, "status_changes": {statusChange1: 20}}
	for _, c := range []struct {
		id, idea, to string
		days         int
	}{
		{"answerpublrev01", ideaPublished, "in_review", 16},
		{"answerpublacc01", ideaPublished, "accepted", 10},
		{"answerquickrev1", ideaGelnhausenQuick, "in_review", 8},
		{"answerhanaurev1", ideaHanauSlow, "in_review", 20},
		{"answerkreisrev1", ideaDistrictWide, "in_review", 8},
	} {
		b.add("status_changes", c.id, map[string]any{"idea": c.idea, "to": c.to, "response": "Wir kümmern uns.",
			"actor": personId("mehmet"), "organization": vdkMainKinzig})
		daysAgo["status_changes"][c.id] = c.days
	}
	if b.err != nil {
		t.Fatal(b.err)
	}
	for table, ids := range daysAgo {
		for id, days := range ids {
			created := now.AddDate(0, 0, -days).Format("2006-01-02 15:04:05.000Z")
			if _, err := app.DB().Update(table, dbx.Params{"created": created}, dbx.HashExp{"id": id}).Execute(); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestResponsivenessOfARegion(t *testing.T) {
	t.Parallel()
	app := newColleaguesApp(t) // for Steinau, a municipality without ideas
	withResponseTimes(t, app)
	mux := newMux(t, app)
	reply := func(region string, answered int, median any, unanswered int, oldest float64) map[string]any {
		return map[string]any{"region": region, "answered": float64(answered), "median_days_to_response": median,
			"unanswered": float64(unanswered), "oldest_unanswered_days": oldest}
	}
	for _, c := range []struct {
		name   string
		region string
		status int
		want   map[string]any
	}{
		{"a municipality: the median of its first responses, and what still waits", gelnhausen, 200, reply(gelnhausen, 2, 3.0, 1, 7)},
		{"another municipality of the district", hanau, 200, reply(hanau, 1, 10.0, 1, 3)},
		{"a district aggregates its municipalities and its own ideas", mainKinzig, 200, reply(mainKinzig, 4, 7.0, 2, 7)},
		{"a municipality that has only waiting ideas", sondershausen, 200, reply(sondershausen, 0, nil, 1, 2)},
		{"a district whose only ideas wait", kyffhaeuser, 200, reply(kyffhaeuser, 0, nil, 1, 2)},
		{"a region without ideas has no median", steinau, 200, reply(steinau, 0, nil, 0, 0)},
		{"an unknown region is not found", "unknownregion00", 404, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := serveRequest(mux, http.MethodGet, "/api/regions/"+c.region+"/responsiveness", "", "")
			if res.Code != c.status {
				t.Fatalf("status: got %d %s, want %d", res.Code, res.Body, c.status)
			}
			if c.want == nil {
				return
			}
			var got map[string]any
			if err := json.Unmarshal(res.Body.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}
