package tests

import (
	"net/http"
	"slices"
	"testing"

	"github.com/google/uuid"
)

// A push builds each rule's query once and binds every record's values into
// it (hooks/sync/rule_templates.go). Each record must still be decided by
// its own values: the same mutations, pushed together or one push each,
// get the same answers, and among them are refusals by the rule
// (sync_forbidden) right after mutations the rule allowed. A push with a
// refusal falls back to one transaction per mutation, so what catches a
// template that keeps another record's values here is the check every test
// runs with (VerifyRuleTemplates, set in TestMain): the push then fails
// with 500; TestTemplatesDecideEachRecordByItsValues checks the templates
// without it.
func TestPushDecidesEachRecordByItsOwnValues(t *testing.T) {
	together, alone := newServer(t, newTestApp(t)), newServer(t, newTestApp(t))
	vote := func(idea string) syncMutation {
		return syncMutation{Type: "vote.cast", Args: map[string]any{"id": uuid.NewString(), "idea": idea}}
	}
	comment := func(idea string) syncMutation {
		return syncMutation{Type: "comment.create", Args: map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Das sehe ich auch so."}}
	}
	idea := func(region string) syncMutation {
		return syncMutation{Type: "idea.create", Args: map[string]any{"id": uuid.NewString(), "title": "Bürgerbus am Samstag",
			"body": "Ein Bus, der auch samstags in die Dörfer fährt.", "region": region}}
	}
	every := []syncMutation{
		vote(ideaKyff), vote(ideaHidden), vote(ideaSubmitted), vote(ideaPublished), vote("missing00000001"),
		comment(ideaPublished), comment(ideaHidden), comment(ideaKyff), comment(ideaSubmitted),
		idea(gelnhausen), idea(sondershausen),
	}
	for _, person := range []string{"ben", "anna", "mehmet", "olga", "stefan"} {
		batch, one := newDevice(t, together, person), newDevice(t, alone, person)
		var mutations []syncMutation
		var answersAlone []string
		for _, m := range every {
			mutations = append(mutations, batch.queue(m.Type, m.Args))
			status, reply := one.push(one.queue(m.Type, m.Args))
			if status != http.StatusOK || len(reply.Results) != 1 {
				t.Fatalf("%s alone: got %d with %d results, want 200 with 1", person, status, len(reply.Results))
			}
			answersAlone = append(answersAlone, answer(reply.Results[0]))
		}
		status, reply := batch.push(mutations...)
		if status != http.StatusOK || len(reply.Results) != len(every) {
			t.Fatalf("%s together: got %d with %d results, want 200 with %d", person, status, len(reply.Results), len(every))
		}
		var answersTogether []string
		for _, r := range reply.Results {
			answersTogether = append(answersTogether, answer(r))
		}
		if !slices.Equal(answersTogether, answersAlone) {
			t.Errorf("%s: together %v, alone %v", person, answersTogether, answersAlone)
		}
		forbidden := slices.Index(answersAlone, "sync_forbidden")
		if forbidden < 1 || slices.IndexFunc(answersAlone[:forbidden], func(a string) bool { return a != "sync_forbidden" }) < 0 {
			t.Errorf("%s: %v has no refusal by the rule after an allowed mutation", person, answersAlone)
		}
	}
}

// answer is "applied" or the code of a rejection.
func answer(r pushResult) string {
	if r.Status == "applied" {
		return r.Status
	}
	return r.Code
}
