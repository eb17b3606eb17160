package tests

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
)

// fuzzedPush is what the test reads back from a fuzzed body, with the same
// decoder as the server, so that both see the same mutations.
type fuzzedPush struct {
	Mutations []struct {
		Id   string          `json:"id"`
		Type string          `json:"type"`
		Args json.RawMessage `json:"args"`
	} `json:"mutations"`
}

// createdIds returns, per mutation id, the collection and record id a
// creating mutation names.
func (p fuzzedPush) createdIds() map[string][2]string {
	out := map[string][2]string{}
	for _, m := range p.Mutations {
		var args struct {
			Id string `json:"id"`
		}
		if collection, creates := createdIn[m.Type]; creates && json.Unmarshal(m.Args, &args) == nil && args.Id != "" {
			out[m.Id] = [2]string{collection, args.Id}
		}
	}
	return out
}

func fuzzSeeds() []string {
	const device = "5b0c7c0e-0000-4000-8000-000000000001"
	m := func(id, seq int, kind, args string) string {
		return fmt.Sprintf(`{"id":"5b0c7c0e-0000-4000-8000-%012d","seq":%d,"type":%q,"args":%s}`, id, seq, kind, args)
	}
	push := func(mutations ...string) string {
		return `{"device":"` + device + `","mutations":[` + strings.Join(mutations, ",") + `]}`
	}
	idea := `{"id":"5b0c7c0e-0000-4000-8000-0000000000a1","title":"Sitzbänke am Bahnhof","body":"Es fehlen Bänke zum Warten.","region":"gelnhausen00000"}`
	return []string{
		push(m(11, 1, "idea.create", idea),
			m(12, 2, "comment.create", `{"id":"5b0c7c0e-0000-4000-8000-0000000000c1","idea":"5b0c7c0e-0000-4000-8000-0000000000a1","body":"Ja!"}`),
			m(13, 3, "vote.cast", `{"id":"5b0c7c0e-0000-4000-8000-0000000000b1","idea":"ideakyff0000001"}`),
			m(14, 4, "vote.retract", `{"idea":"ideakyff0000001"}`),
			m(15, 5, "feedback.create", `{"id":"5b0c7c0e-0000-4000-8000-0000000000f1","service":"wohngeld0000000","region":"hanau0000000000","rating":4,"barriers":["mobile"]}`),
			m(16, 6, "report.create", `{"id":"5b0c7c0e-0000-4000-8000-0000000000e1","idea":"ideakyff0000001","reason":"spam"}`),
			m(17, 7, "idea.update", `{"id":"ideasubmitted01","title":"Bürgerbus per App"}`)),
		push(m(21, 9, "comment.create", `{"id":"5b0c7c0e-0000-4000-8000-0000000000c2","idea":"5b0c7c0e-0000-4000-8000-0000000000a2","body":"Zuerst!"}`),
			m(22, 3, "idea.create", strings.ReplaceAll(idea, "a1", "a2"))),
		push(m(31, 1, "vote.cast", `{"id":"5b0c7c0e-0000-4000-8000-0000000000b3","idea":"ideahidden00001"}`),
			m(32, 2, "idea.create", `{"id":"5b0c7c0e-0000-4000-8000-0000000000a3","title":"Bus","body":"Zu kurz?","region":"gelnhausen00000"}`),
			m(33, 3, "comment.create", `{"id":"5b0c7c0e-0000-4000-8000-0000000000c3","idea":"ideasubmitted01","body":"Nein."}`),
			m(34, 4, "report.create", `{"id":"5b0c7c0e-0000-4000-8000-0000000000e3","idea":"ideakyff0000001","comment":"commentben00001","reason":"spam"}`),
			m(35, 5, "feedback.create", `{"id":"5b0c7c0e-0000-4000-8000-0000000000f3","service":"wohngeld0000000","region":"hanau0000000000","rating":9}`)),
		push(m(41, 1, "idea.create", strings.Replace(idea, `"region"`, `"status":"accepted","author":"ben000000000000","region"`, 1))),
		push(m(51, 1, "vote.cast", `null`), m(52, 2, "vote.cast", `[]`), m(53, 3, "vote.cast", `"x"`), m(54, 4, "idea.update", `{"id":"ideapublished01","base_updated":"x"}`)),
		push(m(61, 1, "vote.cast", `{"ID":"5b0c7c0e-0000-4000-8000-0000000000b6","Idea":"ideakyff0000001"}`)),
		push(m(71, 9223372036854775807, "vote.retract", `{"idea":"ideapublished01"}`), m(72, 0, "vote.retract", `{"idea":""}`)),
		push(m(81, 1, "idea.delete", `{}`)),
		push(m(91, 1, "vote.cast", `{}`), m(91, 2, "vote.cast", `{}`)),
		push(),
		`{"device":"not-a-uuid","mutations":[]}`,
		`{"device":"` + device + `","mutations":{}}`,
		`{"device":` + device + `}`,
		`{}`, `[]`, `null`, ``, `{"device":"` + device + `","mutations":[` + strings.Repeat(`{},`, 100) + `{}]}`,
	}
}

// FuzzPush posts arbitrary bodies to the push route as Anna. Whatever the
// body, the server never fails with a 5xx, a request refused as a whole
// stores nothing, and a mutation that is not applied stores no record.
func FuzzPush(f *testing.F) {
	for _, seed := range fuzzSeeds() {
		f.Add([]byte(seed))
	}
	app := newTestApp(f)
	app.Settings().RateLimits.Enabled = false
	anna := newDevice(f, newServer(f, app), "anna")
	f.Fuzz(func(t *testing.T, body []byte) {
		// Every run is a new minute for the per-person limit; the journal itself stays.
		if _, err := app.NonconcurrentDB().Update("sync_mutations", dbx.Params{"created": "2000-01-01 00:00:00.000Z"}, nil).Execute(); err != nil {
			t.Fatal(err)
		}
		var sent fuzzedPush
		_ = json.Unmarshal(body, &sent)
		creates := sent.createdIds()
		existed := map[string]bool{}
		for _, target := range creates {
			existed[target[1]] = recordStored(t, app, target[0], target[1])
		}
		before := syncedCounts(t, app)

		anna.t = t
		status, raw := anna.send(http.MethodPost, "/api/sync/push", body, nil)
		if status >= 500 {
			t.Fatalf("got %d %s for %q", status, raw, body)
		}
		if status != http.StatusOK {
			if after := syncedCounts(t, app); !reflect.DeepEqual(after, before) {
				t.Fatalf("refused with %d, but counts went from %v to %v", status, before, after)
			}
			return
		}
		var reply syncReply
		mustUnmarshal(t, raw, &reply)
		if len(reply.Results) != len(sent.Mutations) {
			t.Fatalf("got %d results for %d mutations", len(reply.Results), len(sent.Mutations))
		}
		createdNow := map[string]bool{}
		for _, r := range reply.Results {
			if target, ok := creates[r.Id]; ok && r.Status == "applied" {
				createdNow[target[1]] = true
			}
		}
		for _, r := range reply.Results {
			target, ok := creates[r.Id]
			if !ok || r.Status == "applied" || r.Status == "duplicate" || existed[target[1]] || createdNow[target[1]] {
				continue
			}
			if recordStored(t, app, target[0], target[1]) {
				t.Errorf("mutation %s was %s %s, but %s %s was stored", r.Id, r.Status, r.Code, target[0], target[1])
			}
		}
	})
}
