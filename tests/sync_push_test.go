package tests

import (
	"fmt"
	"net"
	"net/http"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// createdIn names the collection that a creating mutation type writes.
var createdIn = map[string]string{
	"idea.create": "ideas", "feedback.create": "feedback", "comment.create": "comments",
	"vote.cast": "votes", "report.create": "reports",
}

// offlineSession is what Anna does on a train without signal: a new idea, a
// comment on it, a vote on Ben's idea, feedback on a service and a report.
func offlineSession(d *syncDevice) []syncMutation {
	idea := uuid.NewString()
	return []syncMutation{
		d.queue("idea.create", map[string]any{"id": idea, "title": "Sitzbänke am Bahnhof", "body": "Es fehlen Bänke zum Warten.", "region": gelnhausen}),
		d.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Gerne auch mit Dach."}),
		d.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff}),
		d.queue("feedback.create", map[string]any{"id": uuid.NewString(), "service": wohngeld, "region": hanau, "rating": 4}),
		d.queue("report.create", map[string]any{"id": uuid.NewString(), "idea": ideaKyff, "reason": "spam"}),
	}
}

// pushAndRead pushes and returns the results the device reads.
func pushAndRead(t *testing.T, _ core.App, d *syncDevice, batch []syncMutation) []pushResult {
	t.Helper()
	status, reply := d.push(batch...)
	if status != http.StatusOK {
		t.Fatalf("first push: got %d %s, want 200", status, reply.Message)
	}
	return reply.Results
}

// pushAndLoseReply sends the push on a raw connection and hangs up without
// reading the reply once the server has journaled every mutation, as when a
// phone loses its signal in the middle of a push.
func pushAndLoseReply(t *testing.T, app core.App, d *syncDevice, batch []syncMutation) []pushResult {
	t.Helper()
	body := fmt.Sprintf(`{"device":%q,"mutations":%s}`, d.id, mustJSON(t, batch))
	conn, err := net.Dial("tcp", d.server.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/sync/push HTTP/1.1\r\nHost: mitwirken\r\nAuthorization: %s\r\nContent-Type: application/json\r\n"+
		"Content-Length: %d\r\n\r\n%s", d.token, len(body), body)
	ids := make([]any, len(batch))
	for i, m := range batch {
		ids[i] = m.Id
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		done := rowsWhere(t, app, "sync_mutations", dbx.And(dbx.In("id", ids...), dbx.NewExp("status != 'pending'")))
		if done == len(batch) {
			return nil
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server journaled %d of %d mutations of the lost push", done, len(batch))
		}
	}
}

func TestPushHasExactlyOneEffect(t *testing.T) {
	for _, c := range []struct {
		name    string
		first   func(*testing.T, core.App, *syncDevice, []syncMutation) []pushResult
		replays int
	}{
		{"the same push three times has one effect; the 2nd and 3rd answer duplicate with the original result", pushAndRead, 2},
		{"after a lost reply the push again answers duplicate for everything and changes nothing", pushAndLoseReply, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			anna := newDevice(t, newServer(t, app), "anna")
			before := syncedCounts(t, app)
			batch := offlineSession(anna)
			first := c.first(t, app, anna, batch)
			for i, r := range first {
				if r.Status != "applied" || r.Id != batch[i].Id {
					t.Fatalf("first push, mutation %d (%s): got %s %s %s, want applied", i, batch[i].Type, r.Id, r.Status, r.Code)
				}
			}
			after := syncedCounts(t, app)
			for _, collection := range []string{"ideas", "comments", "votes", "feedback", "reports"} {
				if after[collection] != before[collection]+1 {
					t.Errorf("%s after the first push: got %d, want %d", collection, after[collection], before[collection]+1)
				}
			}
			for _, m := range batch {
				if id, _ := m.Args["id"].(string); !recordStored(t, app, createdIn[m.Type], id) {
					t.Errorf("%s: record %s was not stored", m.Type, id)
				}
			}

			for replay := 1; replay <= c.replays; replay++ {
				status, reply := anna.push(batch...)
				if status != http.StatusOK || len(reply.Results) != len(batch) {
					t.Fatalf("replay %d: got %d with %d results, want 200 with %d", replay, status, len(reply.Results), len(batch))
				}
				for i, r := range reply.Results {
					switch {
					case r.Status != "duplicate" || r.Original == nil:
						t.Errorf("replay %d, %s: got %s, want duplicate with the original", replay, batch[i].Type, r.Status)
					case first != nil && !reflect.DeepEqual(*r.Original, first[i]):
						t.Errorf("replay %d, %s: original got %+v, want the first result %+v", replay, batch[i].Type, *r.Original, first[i])
					case r.Original.Status != "applied" || r.Original.Record["id"] != batch[i].Args["id"]:
						t.Errorf("replay %d, %s: original got %s of %v, want applied of %v",
							replay, batch[i].Type, r.Original.Status, r.Original.Record["id"], batch[i].Args["id"])
					}
				}
				if again := syncedCounts(t, app); !reflect.DeepEqual(again, after) {
					t.Errorf("replay %d: counts got %v, want unchanged %v", replay, again, after)
				}
			}
			if got := votesOn(t, app, ideaKyff); got != 1 {
				t.Errorf("votes_count of Ben's idea: got %d, want 1", got)
			}
			if got := commentsOn(t, app, batch[0].Args["id"].(string)); got != 1 {
				t.Errorf("comments_count of the new idea: got %d, want 1", got)
			}
		})
	}
}

// queued makes a mutation with an explicit seq, as a device's outbox holds it.
func queued(seq int64, kind string, args map[string]any) syncMutation {
	return syncMutation{Id: uuid.NewString(), Seq: seq, Type: kind, Args: args}
}

func TestPushAppliesMutationsInSeqOrder(t *testing.T) {
	idea := uuid.NewString()
	newIdea := map[string]any{"id": idea, "title": "Sitzbänke am Bahnhof", "body": "Es fehlen Bänke zum Warten.", "region": gelnhausen}
	comment := map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Gerne auch mit Dach."}
	vote := map[string]any{"id": uuid.NewString(), "idea": idea}
	for _, c := range []struct {
		name     string
		batch    []syncMutation // in the order of the array
		want     []string       // status per seq, ascending
		votes    int            // Anna's votes on the new idea afterwards
		comments int
	}{
		{"a comment listed first but with a higher seq than the idea it is on is applied after the idea",
			[]syncMutation{queued(5, "comment.create", comment), queued(2, "idea.create", newIdea)},
			[]string{"applied", "applied"}, 0, 1},
		{"the same comment with a lower seq than the idea is rejected: the idea does not exist yet",
			[]syncMutation{queued(2, "comment.create", comment), queued(5, "idea.create", newIdea)},
			[]string{"rejected", "applied"}, 0, 0},
		{"gaps in seq are fine: 3, 7 and 10 are applied in that order",
			[]syncMutation{queued(10, "vote.cast", vote), queued(3, "idea.create", newIdea), queued(7, "comment.create", comment)},
			[]string{"applied", "applied", "applied"}, 1, 1},
		{"a retraction with a higher seq than the vote, listed first, leaves no vote",
			[]syncMutation{queued(9, "vote.retract", map[string]any{"idea": idea}), queued(1, "idea.create", newIdea), queued(4, "vote.cast", vote)},
			[]string{"applied", "applied", "applied"}, 0, 0},
		{"a retraction with a lower seq than the vote, listed last, leaves the vote",
			[]syncMutation{queued(1, "idea.create", newIdea), queued(9, "vote.cast", vote), queued(4, "vote.retract", map[string]any{"idea": idea})},
			[]string{"applied", "applied", "applied"}, 1, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			anna := newDevice(t, newServer(t, app), "anna")
			status, reply := anna.push(c.batch...)
			if status != http.StatusOK || len(reply.Results) != len(c.want) {
				t.Fatalf("got %d with %d results, want 200 with %d", status, len(reply.Results), len(c.want))
			}
			for i, r := range reply.Results {
				if i > 0 && r.Seq <= reply.Results[i-1].Seq {
					t.Errorf("result %d: seq %d after %d, want ascending", i, r.Seq, reply.Results[i-1].Seq)
				}
				if r.Status != c.want[i] {
					t.Errorf("seq %d: got %s %s %s, want %s", r.Seq, r.Status, r.Code, r.Message, c.want[i])
				}
			}
			votes := rowsWhere(t, app, "votes", dbx.HashExp{"idea": idea, "user": personId("anna")})
			comments := rowsWhere(t, app, "comments", dbx.HashExp{"idea": idea})
			if votes != c.votes || comments != c.comments {
				t.Errorf("got %d votes and %d comments on the idea, want %d and %d", votes, comments, c.votes, c.comments)
			}
			if recordStored(t, app, "ideas", idea) && votesOn(t, app, idea) != c.votes {
				t.Errorf("votes_count: got %d, want %d", votesOn(t, app, idea), c.votes)
			}
		})
	}
}

func TestPushRejectsOnlyTheInvalidMutationOfABatch(t *testing.T) {
	for _, c := range []struct {
		name            string
		kind            string
		args            map[string]any // without the id
		field, code     string
		german, english string // the field's message in either language
	}{
		{"an idea title that is too short", "idea.create",
			map[string]any{"title": "Bus", "body": "Der Bus fährt zu selten.", "region": gelnhausen},
			"title", "validation_min_text_constraint", "Bitte mindestens 5 Zeichen eingeben.", "Must be at least 5 character(s)."},
		{"an unknown field in the args", "comment.create",
			map[string]any{"idea": ideaKyff, "body": "Ja, bitte!", "state": "hidden"},
			"args", "validation_invalid_value", "Ungültiger Wert.", "Invalid value."},
		{"a vote on a hidden idea", "vote.cast", map[string]any{"idea": ideaHidden},
			"idea", "vote_idea_hidden", "Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.", "This idea is hidden and cannot be voted on."},
		{"a rating above 5", "feedback.create", map[string]any{"service": wohngeld, "region": hanau, "rating": 6},
			"rating", "validation_max_number_constraint", "Der Wert darf höchstens 5 sein.", "Must be less or equal than 5."},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			anna := newDevice(t, newServer(t, app), "anna")
			idea := uuid.NewString()
			args := map[string]any{"id": uuid.NewString()}
			for k, v := range c.args {
				args[k] = v
			}
			batch := []syncMutation{
				anna.queue("idea.create", map[string]any{"id": idea, "title": "Sitzbänke am Bahnhof", "body": "Es fehlen Bänke zum Warten.", "region": gelnhausen}),
				anna.queue(c.kind, args),
				anna.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Gerne auch mit Dach."}),
			}
			status, reply := anna.push(batch...)
			if status != http.StatusOK || len(reply.Results) != 3 {
				t.Fatalf("got %d with %d results, want 200 with 3", status, len(reply.Results))
			}
			before, rejected, after := reply.Results[0], reply.Results[1], reply.Results[2]
			if before.Status != "applied" || after.Status != "applied" {
				t.Errorf("the mutations around it: got %s and %s, want both applied", before.Status, after.Status)
			}
			checkRejection(t, "German", rejected, c.field, c.code, c.german)
			if recordStored(t, app, createdIn[c.kind], args["id"].(string)) {
				t.Errorf("the rejected %s stored record %s", c.kind, args["id"])
			}
			if !recordStored(t, app, "ideas", idea) || commentsOn(t, app, idea) != 1 {
				t.Errorf("the idea before and the comment after it were not both stored")
			}

			anna.language = "en"
			status, replay := anna.push(batch...)
			if status != http.StatusOK || len(replay.Results) != 3 {
				t.Fatalf("replay: got %d with %d results, want 200 with 3", status, len(replay.Results))
			}
			for i, r := range replay.Results {
				if r.Status != "duplicate" || r.Original == nil {
					t.Fatalf("replay of mutation %d: got %s, want duplicate with the original", i, r.Status)
				}
			}
			checkRejection(t, "English replay", *replay.Results[1].Original, c.field, c.code, c.english)
		})
	}
}

// checkRejection asserts that r is a rejection with code on field, in the
// given message, summarized by that message.
func checkRejection(t *testing.T, what string, r pushResult, field, code, message string) {
	t.Helper()
	switch {
	case r.Status != "rejected" || r.Code != code:
		t.Errorf("%s: got %s %q, want rejected %q", what, r.Status, r.Code, code)
	case fieldCode(r.Data, field) != code:
		t.Errorf("%s: data got %v, want %s with %s", what, r.Data, field, code)
	case fieldMessage(r.Data, field) != message:
		t.Errorf("%s: field message got %q, want %q", what, fieldMessage(r.Data, field), message)
	case r.Message != message:
		t.Errorf("%s: message got %q, want %q", what, r.Message, message)
	}
}

// commentsOn returns the comment counter of an idea.
func commentsOn(t testing.TB, app core.App, idea string) int {
	t.Helper()
	return mustFind(t, app, "ideas", idea).GetInt("comments_count")
}
