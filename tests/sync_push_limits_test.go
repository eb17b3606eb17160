package tests

import (
	"fmt"
	hookssync "github.com/mitwirken/mitwirken/hooks/sync"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
)

// ideaMutations queues n valid idea.create mutations; bodyLength pads the bodies.
func ideaMutations(d *syncDevice, n, bodyLength int) []syncMutation {
	batch := make([]syncMutation, n)
	for i := range batch {
		body := fmt.Sprintf("Idee Nummer %d für den Ort.", i)
		body += strings.Repeat("x", max(0, bodyLength-len(body)))
		batch[i] = d.queue("idea.create", map[string]any{"id": uuid.NewString(), "title": "Idee von unterwegs", "body": body, "region": gelnhausen})
	}
	return batch
}

// pushBody encodes a push of the device.
func pushBody(t testing.TB, d *syncDevice, mutations any) string {
	return fmt.Sprintf(`{"device":%q,"mutations":%s}`, d.id, mustJSON(t, mutations))
}

// expiredToken is a token of the person that expired a minute ago.
func expiredToken(t testing.TB, app core.App, person string) string {
	user, err := app.FindRecordById("users", personId(person))
	if err != nil {
		t.Fatal(err)
	}
	token, err := security.NewJWT(map[string]any{
		core.TokenClaimType: core.TokenTypeAuth, core.TokenClaimId: user.Id,
		core.TokenClaimCollectionId: user.Collection().Id, core.TokenClaimRefreshable: true,
	}, user.TokenKey()+user.Collection().AuthToken.Secret, -time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// editedIdeaBatch is the body of a push of n ideas that edit has spoiled.
func editedIdeaBatch(n int, edit func(batch []syncMutation)) func(testing.TB, *syncDevice) string {
	return func(t testing.TB, d *syncDevice) string {
		batch := ideaMutations(d, n, 0)
		edit(batch)
		return pushBody(t, d, batch)
	}
}

func TestPushIsRefusedAsAWholeWhenTheRequestIsWrong(t *testing.T) {
	for _, c := range []struct {
		name   string
		as     string                            // fixture person whose token the device sends, "" for none
		token  func(testing.TB, core.App) string // a token to send instead, if not nil
		body   func(testing.TB, *syncDevice) string
		status int
		field  string // of the error, "" for none
		code   string
		stored int // ideas created
	}{
		{name: "a push with a citizen's token is applied", as: "anna",
			body: func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 2, 0)) }, status: 200, stored: 2},
		{name: "a push without a token is refused with 401",
			body: func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 2, 0)) }, status: 401},
		{name: "a push with a forged token is refused with 401", token: func(testing.TB, core.App) string { return authTokenOf("anna") + "x" },
			body: func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 2, 0)) }, status: 401},
		{name: "a push with an expired token is refused with 401",
			token: func(t testing.TB, app core.App) string { return expiredToken(t, app, "anna") },
			body:  func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 2, 0)) }, status: 401},
		{name: "a push with a superuser's token is refused: only citizens push", as: "admin",
			body: func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 2, 0)) }, status: 403},
		{name: "a push of 100 mutations is applied", as: "anna",
			body: func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 100, 0)) }, status: 200, stored: 100},
		{name: "a push of 101 mutations is refused with 400 naming mutations", as: "anna",
			body:   func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 101, 0)) },
			status: 400, field: "mutations", code: "validation_too_many_values"},
		{name: "a push without mutations is refused with 400 naming mutations", as: "anna",
			body:   func(t testing.TB, d *syncDevice) string { return pushBody(t, d, []syncMutation{}) },
			status: 400, field: "mutations", code: "validation_min_number_constraint"},
		{name: "malformed JSON is refused with 400", as: "anna",
			body: func(t testing.TB, d *syncDevice) string {
				return strings.TrimSuffix(pushBody(t, d, ideaMutations(d, 2, 0)), "}")
			},
			status: 400, field: "body", code: "validation_invalid_json"},
		{name: "data after the JSON of a push is refused with 400 naming body", as: "anna",
			body: func(t testing.TB, d *syncDevice) string {
				return pushBody(t, d, ideaMutations(d, 2, 0)) + pushBody(t, d, ideaMutations(d, 1, 0))
			},
			status: 400, field: "body", code: "validation_invalid_json"},
		{name: "a stray character after the JSON of a push is refused with 400 naming body", as: "anna",
			body:   func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 2, 0)) + "x" },
			status: 400, field: "body", code: "validation_invalid_json"},
		{name: "a push followed by a line break is applied", as: "anna",
			body: func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 2, 0)) + "\r\n" }, status: 200, stored: 2},
		{name: "a device id that is not a UUID is refused with 400", as: "anna",
			body: func(t testing.TB, d *syncDevice) string {
				return strings.Replace(pushBody(t, d, ideaMutations(d, 2, 0)), d.id, "annas-phone", 1)
			}, status: 400, field: "device", code: "validation_invalid_uuid"},
		{name: "two mutations with the same id in one push are refused with 400", as: "anna",
			body: editedIdeaBatch(3, func(b []syncMutation) { b[2].Id = b[0].Id }), status: 400, field: "mutations", code: "sync_duplicate_mutation_id"},
		{name: "a mutation id that is not a UUID is refused with 400", as: "anna",
			body: editedIdeaBatch(2, func(b []syncMutation) { b[1].Id = "zweite-aenderung" }), status: 400, field: "mutations.1.id", code: "validation_invalid_uuid"},
		{name: "an unknown mutation type is refused with 400", as: "anna",
			body: editedIdeaBatch(2, func(b []syncMutation) { b[1].Type = "idea.delete" }), status: 400, field: "mutations.1.type", code: "validation_invalid_value"},
		{name: "a negative seq is refused with 400", as: "anna",
			body: editedIdeaBatch(2, func(b []syncMutation) { b[0].Seq = -1 }), status: 400, field: "mutations.0.seq", code: "validation_min_number_constraint"},
		{name: "a body over 256 KB is refused with 413", as: "anna",
			body:   func(t testing.TB, d *syncDevice) string { return pushBody(t, d, ideaMutations(d, 60, 4900)) },
			status: 413},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			device := newDevice(t, newServer(t, app), c.as)
			if c.token != nil {
				device.token = c.token(t, app)
			}
			before := syncedCounts(t, app)
			status, raw := device.send(http.MethodPost, "/api/sync/push", []byte(c.body(t, device)), nil)
			if status != c.status {
				t.Fatalf("got %d %s, want %d", status, raw, c.status)
			}
			if c.field != "" {
				var reply syncReply
				mustUnmarshal(t, raw, &reply)
				if fieldCode(reply.Data, c.field) != c.code {
					t.Errorf("data: got %v, want %s on %s", reply.Data, c.code, c.field)
				}
			}
			after := syncedCounts(t, app)
			if got := after["ideas"] - before["ideas"]; got != c.stored {
				t.Errorf("ideas stored: got %d, want %d", got, c.stored)
			}
			if c.stored == 0 && !reflect.DeepEqual(after, before) {
				t.Errorf("counts: got %v, want unchanged %v", after, before)
			}
		})
	}
}

// fillJournal adds n journal entries of a person's mutations, created age ago.
func fillJournal(t testing.TB, app core.App, person string, n int, age time.Duration) {
	t.Helper()
	created := time.Now().UTC().Add(-age).Format("2006-01-02 15:04:05.000Z")
	_, err := app.NonconcurrentDB().NewQuery(`
		WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {:n})
		INSERT INTO sync_mutations (id, user, device, seq, type, status, result, created)
		SELECT {:prefix} || i, {:user}, 'earlier-device', i, 'vote.cast', 'applied', '{}', {:created} FROM n`).
		Bind(dbx.Params{"n": n, "prefix": person + "-earlier-", "user": personId(person), "created": created}).Execute()
	if err != nil {
		t.Fatal(err)
	}
}

func TestPushLimitsMutationsPerPersonAndMinute(t *testing.T) {
	for _, c := range []struct {
		name    string
		earlier int           // journaled mutations of the same minute
		age     time.Duration // how long ago they were pushed
		by      string
		status  int
	}{
		{"the 600th mutation of a minute is applied", 595, 10 * time.Second, "anna", 200},
		{"the 601st mutation of a minute is refused with 429", 596, 10 * time.Second, "anna", 429},
		{"mutations pushed more than a minute ago do not count", 600, 2 * time.Minute, "anna", 200},
		{"other people's mutations do not count", 600, 10 * time.Second, "ben", 200},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			fillJournal(t, app, c.by, c.earlier, c.age)
			anna := newDevice(t, newServer(t, app), "anna")
			batch := ideaMutations(anna, 5, 0)
			before := syncedCounts(t, app)
			status, reply := anna.push(batch...)
			if status != c.status {
				t.Fatalf("got %d %s, want %d", status, reply.Message, c.status)
			}
			after := syncedCounts(t, app)
			if status == http.StatusTooManyRequests {
				if fieldCode(reply.Data, "mutations") != "sync_rate_limited" {
					t.Errorf("data: got %v, want sync_rate_limited on mutations", reply.Data)
				}
				if !reflect.DeepEqual(after, before) {
					t.Errorf("counts: got %v, want unchanged %v", after, before)
				}
				return
			}
			if len(reply.Results) != 5 || after["ideas"] != before["ideas"]+5 {
				t.Errorf("got %d results and %d new ideas, want 5 and 5", len(reply.Results), after["ideas"]-before["ideas"])
			}
		})
	}
}

func TestTwoTabsPushingTheSameOutboxAtOnceHaveOneEffect(t *testing.T) {
	app := newTestApp(t)
	app.Settings().RateLimits.Enabled = false
	server := newServer(t, app)
	first := newDevice(t, server, "anna")
	second := *first // a second tab of the same browser: same device, same outbox
	before := syncedCounts(t, app)
	const rounds = 30
	var ideas []string
	for round := range rounds {
		idea := uuid.NewString()
		ideas = append(ideas, idea)
		batch := []syncMutation{
			first.queue("idea.create", map[string]any{"id": idea, "title": "Idee aus zwei Tabs", "body": "Beide Tabs schicken sie.", "region": gelnhausen}),
			first.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Ein Kommentar."}),
			first.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": idea}),
			first.queue("report.create", map[string]any{"id": uuid.NewString(), "idea": idea, "reason": "other"}),
			first.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff}),
			first.queue("vote.retract", map[string]any{"idea": ideaKyff}),
			first.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaHidden}),
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		replies := make([]syncReply, 2)
		errs := make([]error, 2)
		for i, tab := range []*syncDevice{first, &second} {
			wg.Go(func() {
				<-start
				var status int
				status, replies[i], errs[i] = tab.tryPush(batch...)
				if errs[i] == nil && status != http.StatusOK {
					errs[i] = fmt.Errorf("tab %d: got status %d %s", i, status, replies[i].Message)
				}
			})
		}
		close(start)
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		for j, m := range batch {
			a, b := replies[0].Results[j], replies[1].Results[j]
			if a.Id != m.Id || b.Id != m.Id {
				t.Fatalf("round %d: results %d are for %s and %s, want %s", round, j, a.Id, b.Id, m.Id)
			}
			if m.Args["idea"] == ideaHidden {
				// Refused for good: each tab is told so, by the rejection itself or by its journaled original.
				for _, r := range []pushResult{a, b} {
					if r.Status == "duplicate" && r.Original != nil {
						r = *r.Original
					}
					if r.Status != "rejected" || r.Code != "vote_idea_hidden" {
						t.Errorf("round %d, vote on a hidden idea: got %s %q, want rejected vote_idea_hidden", round, r.Status, r.Code)
					}
				}
				continue
			}
			if statuses := a.Status + "+" + b.Status; statuses != "applied+duplicate" && statuses != "duplicate+applied" {
				t.Errorf("round %d, %s: got %s, want one applied and one duplicate", round, m.Type, statuses)
			}
		}
	}
	after := syncedCounts(t, app)
	for table, want := range map[string]int{"ideas": rounds, "comments": rounds, "votes": rounds, "reports": rounds, "sync_mutations": 7 * rounds} {
		if got := after[table] - before[table]; got != want {
			t.Errorf("%s: got %d new rows, want %d", table, got, want)
		}
	}
	for _, idea := range ideas {
		if votesOn(t, app, idea) != 1 || commentsOn(t, app, idea) != 1 {
			t.Errorf("idea %s: got %d votes and %d comments counted, want 1 and 1", idea, votesOn(t, app, idea), commentsOn(t, app, idea))
		}
	}
	if got := votesOn(t, app, ideaKyff); got != 0 {
		t.Errorf("Ben's idea, voted and unvoted each round: votes_count got %d, want 0", got)
	}
}

func TestParallelPushesStayWithinTheLimitPerMinute(t *testing.T) {
	app := newTestApp(t)
	server := newServer(t, app)
	stored := func() int { return rowsWhere(t, app, "comments", dbx.HashExp{"idea": ideaPublished}) }
	storedBefore, countedBefore := stored(), commentsOn(t, app, ideaPublished)
	// Anna's ten devices each push 100 comments at the same moment.
	const pushes, perPush = 10, 100
	devices := make([]*syncDevice, pushes)
	batches := make([][]syncMutation, pushes)
	for i := range devices {
		devices[i] = newDevice(t, server, "anna")
		batches[i] = make([]syncMutation, perPush)
		for j := range batches[i] {
			batches[i][j] = devices[i].queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": ideaPublished,
				"body": fmt.Sprintf("Kommentar %d von Gerät %d", j, i)})
		}
	}
	statuses := make([]int, pushes)
	replies := make([]syncReply, pushes)
	errs := make([]error, pushes)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i, device := range devices {
		wg.Go(func() {
			<-start
			statuses[i], replies[i], errs[i] = device.tryPush(batches[i]...)
		})
	}
	close(start)
	wg.Wait()

	var applied, limited []int
	for i, status := range statuses {
		switch {
		case errs[i] != nil:
			t.Fatalf("push %d: %v", i, errs[i])
		case status == http.StatusOK:
			applied = append(applied, i)
		case status == http.StatusTooManyRequests && fieldCode(replies[i].Data, "mutations") == "sync_rate_limited":
			limited = append(limited, i)
		default:
			t.Fatalf("push %d: got %d %s %v, want 200, or 429 with sync_rate_limited", i, status, replies[i].Message, replies[i].Data)
		}
	}
	if len(applied) != 6 || len(limited) != 4 {
		t.Fatalf("got %d pushes applied and %d refused with 429, want 6 and 4: 600 mutations per minute", len(applied), len(limited))
	}
	if got := stored() - storedBefore; got != 600 {
		t.Errorf("comments stored: got %d, want 600", got)
	}
	if got := commentsOn(t, app, ideaPublished) - countedBefore; got != 600 {
		t.Errorf("comments_count: got %d more, want 600", got)
	}

	// A restart keeps the limit: the quota then starts from the journal.
	app.Store().Remove(hookssync.PushQuotaStoreKey)
	if status, reply, err := devices[limited[0]].tryPush(batches[limited[0]]...); err != nil || status != http.StatusTooManyRequests {
		t.Fatalf("push after a restart within the minute: got %d %v %v, want 429", status, reply.Data, err)
	}

	// Nothing is lost: a minute later (the journal's times moved back, and the
	// quota's memory gone as after a restart) the refused devices push their
	// outbox again, and all of it is applied.
	app.Store().Remove(hookssync.PushQuotaStoreKey)
	if _, err := app.NonconcurrentDB().Update("sync_mutations",
		dbx.Params{"created": time.Now().UTC().Add(-2 * time.Minute).Format("2006-01-02 15:04:05.000Z")}, nil).Execute(); err != nil {
		t.Fatal(err)
	}
	for _, i := range limited {
		if status, reply := devices[i].push(batches[i]...); status != http.StatusOK || len(reply.Results) != perPush {
			t.Fatalf("push %d a minute later: got %d with %d results, want 200 with %d", i, status, len(reply.Results), perPush)
		}
	}
	if got := stored() - storedBefore; got != pushes*perPush {
		t.Errorf("comments stored in the end: got %d, want %d, each once", got, pushes*perPush)
	}
}
