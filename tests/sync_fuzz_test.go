package tests

import (
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"testing"

	hookssync "github.com/mitwirken/mitwirken/hooks/sync"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
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

// fuzzSeeds are the push bodies both fuzz targets start from: FuzzPush here
// and FuzzDecodePush in hooks/sync, which reads the same file.
func fuzzSeeds() []string {
	raw, err := os.ReadFile("../hooks/sync/testdata/push_seeds.json")
	if err != nil {
		panic(err)
	}
	var seeds []string
	if err := json.Unmarshal(raw, &seeds); err != nil {
		panic(err)
	}
	return seeds
}

// FuzzPush posts arbitrary bodies to the push route as Anna. Whatever the
// body, the server never fails with a 5xx, a request refused as a whole
// writes nothing, and a mutation that is not applied stores no record.
//
// The app is prepared once. Each run is served in process inside one
// transaction that is rolled back afterwards, so every run starts from the
// fixtures: the same body takes the same path every time, which the fuzzer's
// coverage needs (a journal that kept growing answered a body "duplicate" on
// its second run, and the fuzzer stalled minimizing inputs whose coverage
// did not repeat). Anna's session is already signed in, as PocketBase lets a
// middleware before loadAuthToken do: reading her record back from a token
// cost more than the rest of a refused push, and the fuzzer runs tens of
// thousands of such bodies while it minimizes one. The seeds are the shared
// push bodies up to fuzzedPushMaxBytes and, in testdata/fuzz/FuzzPush, one
// mutation of each kind.
func FuzzPush(f *testing.F) {
	var seeds []string
	for _, seed := range fuzzSeeds() {
		if len(seed) <= fuzzedPushMaxBytes {
			seeds = append(seeds, seed)
			f.Add([]byte(seed))
		}
	}
	app := newTestApp(f)
	app.Settings().RateLimits.Enabled = false
	app.Settings().Logs.MaxDays = 0 // no request log: it is written in the background, outside the run
	anna := mustFind(f, app, "users", personId("anna"))
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{
			Priority: apis.DefaultLoadAuthTokenMiddlewarePriority - 1,
			Func: func(e *core.RequestEvent) error {
				e.Auth = anna
				return e.Next()
			},
		})
		return se.Next()
	})
	run := &rolledBackApp{App: app}
	mux := newMux(f, run)
	fuzzRun := func(t testing.TB, body []byte) {
		if len(body) > fuzzedPushMaxBytes {
			t.Skip("FuzzDecodePush reads longer bodies")
		}
		// Each run is a restart: the quota is read from the journal, which the rollback restored.
		app.Store().Remove(hookssync.PushQuotaStoreKey)
		err := app.RunInTransaction(func(txApp core.App) error {
			run.App = txApp
			defer func() { run.App = app }()
			checkPush(t, txApp, mux, "", body)
			return errRolledBack
		})
		if !errors.Is(err, errRolledBack) {
			t.Fatal(err)
		}
	}
	// A first run initialises caches once (collections, statements); warmed
	// up, a seed's coverage is the same on every run, as the fuzzer needs.
	for _, seed := range seeds {
		fuzzRun(f, []byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) { fuzzRun(t, body) })
}

// fuzzedPushMaxBytes bounds the bodies FuzzPush applies. Every path of a push
// (each kind, the group commit and its fallback) fits into a few mutations;
// a longer body repeats them at tens of milliseconds a mutation under the
// fuzzer's instrumentation, and minimizing an input costs the square of its
// length in runs. FuzzDecodePush takes bodies of any length.
const fuzzedPushMaxBytes = 512

// errRolledBack ends a fuzz run's transaction without committing it.
var errRolledBack = errors.New("the run is rolled back")

// rolledBackApp is the app a fuzz run is served by: App is the run's
// transaction, and a transaction the server opens within it is a savepoint,
// so that a mutation rejected inside its own transaction is rolled back as it
// is in production (PocketBase runs a nested transaction as part of the outer
// one and would keep what it wrote).
type rolledBackApp struct {
	core.App
}

// RunInTransaction runs fn in a savepoint of the run's transaction and rolls
// back what fn wrote when it fails.
func (a *rolledBackApp) RunInTransaction(fn func(txApp core.App) error) error {
	db := a.App.NonconcurrentDB()
	if _, err := db.NewQuery("SAVEPOINT fuzz_step").Execute(); err != nil {
		return err
	}
	err := fn(a)
	if err != nil {
		if _, undoErr := db.NewQuery("ROLLBACK TO fuzz_step").Execute(); undoErr != nil {
			return errors.Join(err, undoErr)
		}
	}
	if _, releaseErr := db.NewQuery("RELEASE fuzz_step").Execute(); releaseErr != nil {
		return errors.Join(err, releaseErr)
	}
	return err
}

// checkPush posts body (as the holder of token, if any) and checks what the push did
// to app.
func checkPush(t testing.TB, app core.App, mux http.Handler, token string, body []byte) {
	var sent fuzzedPush
	_ = json.Unmarshal(body, &sent)
	creates := sent.createdIds()
	existed := map[string]bool{}
	for _, target := range creates {
		existed[target[1]] = recordStored(t, app, target[0], target[1])
	}
	before := writesOf(t, app)

	res := serveRequest(mux, http.MethodPost, "/api/sync/push", token, string(body))
	status, raw := res.Code, res.Body.Bytes()
	if status >= 500 {
		t.Fatalf("got %d %s for %q", status, raw, body)
	}
	if status != http.StatusOK {
		if after := writesOf(t, app); after != before {
			t.Fatalf("refused with %d, but wrote %d rows", status, after-before)
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
}

// writesOf counts the rows the run's connection has inserted, updated or
// deleted so far, rolled back or not: a push refused as a whole must not
// even try to write. One O(1) statement, where counting the synced tables
// cost the fuzzer a third of its runs.
func writesOf(t testing.TB, app core.App) int {
	var n int
	if err := app.DB().NewQuery("SELECT total_changes()").Row(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
