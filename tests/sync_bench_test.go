package tests

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The sync benchmarks measure the protocol over real HTTP against bare
// PocketBase in the same app and run. Run them with
// `go test ./tests -run '^$' -bench 'Push|Bare|Pull1000'`, or get
// the ratios printed with MITWIRKEN_BENCH=1 go test ./tests -run SyncPerformanceReport -v.

// syncBenchApp is a fixture app without rate limits, served over HTTP.
func syncBenchApp(b *testing.B) (*pbtests.TestApp, *httptest.Server) {
	app := newTestApp(b)
	settings := app.Settings()
	settings.RateLimits.Enabled = false
	if err := app.Save(settings); err != nil {
		b.Fatal(err)
	}
	return app, newServer(b, app)
}

// batchOf50 is what a device brings back after a day offline: 17 ideas, a
// comment on each and 16 votes on them.
func batchOf50(d *syncDevice) []syncMutation {
	batch := make([]syncMutation, 0, 50)
	ideas := make([]string, 17)
	for i := range ideas {
		ideas[i] = uuid.NewString()
		batch = append(batch, d.queue("idea.create", map[string]any{"id": ideas[i], "title": "Idee von unterwegs",
			"body": "Aufgeschrieben im Bus ohne Netz, abgeschickt zu Hause.", "region": gelnhausen}))
	}
	for _, idea := range ideas {
		batch = append(batch, d.queue("comment.create", map[string]any{"id": uuid.NewString(), "idea": idea, "body": "Gute Idee!"}))
	}
	for _, idea := range ideas[:16] {
		batch = append(batch, d.queue("vote.cast", map[string]any{"id": uuid.NewString(), "idea": idea}))
	}
	return batch
}

// BenchmarkPushBatch50 pushes batches of 50 mutations, each batch from
// another citizen, so that the limit of 600 mutations per person and minute
// does not bite.
func BenchmarkPushBatch50(b *testing.B) {
	app, server := syncBenchApp(b)
	_, citizenTokens := addCitizens(b, app, 500)
	i := 0
	for b.Loop() {
		device := &syncDevice{t: b, server: server, token: citizenTokens[i%len(citizenTokens)], id: uuid.NewString()}
		status, reply := device.push(batchOf50(device)...)
		if status != http.StatusOK || len(reply.Results) != 50 || reply.Results[49].Status != "applied" {
			b.Fatalf("got %d with %d results, want 200 with 50 applied", status, len(reply.Results))
		}
		i++
	}
	b.ReportMetric(float64(50*b.N)/b.Elapsed().Seconds(), "mutations/s")
}

// BenchmarkRESTEquivalentOf50 does the work of one push batch through the
// REST API, one request per record, for the cost of the same hooks without
// the protocol.
func BenchmarkRESTEquivalentOf50(b *testing.B) {
	app, server := syncBenchApp(b)
	ids, citizenTokens := addCitizens(b, app, 500)
	i := 0
	for b.Loop() {
		citizen := &syncDevice{t: b, server: server, token: citizenTokens[i%len(ids)]}
		me := ids[i%len(ids)]
		for _, m := range batchOf50(citizen) {
			collection, body := createdIn[m.Type], argsWith(m.Args, "author", me)
			if m.Type == "vote.cast" {
				body = argsWith(m.Args, "user", me)
			}
			if status, raw := citizen.send(http.MethodPost, "/api/collections/"+collection+"/records", mustJSON(b, body), nil); status != http.StatusOK {
				b.Fatalf("%s: got %d %s, want 200", m.Type, status, raw)
			}
		}
		i++
	}
	b.ReportMetric(float64(50*b.N)/b.Elapsed().Seconds(), "mutations/s")
}

// BenchmarkBareCreateOverHTTP is the baseline: single creates over the same
// HTTP server, in a collection with createRule "" and no Mitwirken hooks.
func BenchmarkBareCreateOverHTTP(b *testing.B) {
	app, server := syncBenchApp(b)
	bare := core.NewBaseCollection("sync_bench_bare")
	bare.CreateRule = types.Pointer("")
	bare.Fields.Add(&core.TextField{Name: "title"}, &core.TextField{Name: "body"})
	if err := app.Save(bare); err != nil {
		b.Fatal(err)
	}
	device := &syncDevice{t: b, server: server}
	body := mustJSON(b, map[string]any{"title": "Idee von unterwegs", "body": "Aufgeschrieben im Bus ohne Netz, abgeschickt zu Hause."})
	for b.Loop() {
		if status, raw := device.send(http.MethodPost, "/api/collections/sync_bench_bare/records", body, nil); status != http.StatusOK {
			b.Fatalf("got %d %s, want 200", status, raw)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "creates/s")
}

// BenchmarkBareSaveInProcess is the floor of any push that applies each
// mutation in its own transaction: one bare record saved in its own
// transaction, without HTTP, rules or hooks.
func BenchmarkBareSaveInProcess(b *testing.B) {
	app, _ := syncBenchApp(b)
	bare := core.NewBaseCollection("sync_bench_bare")
	bare.Fields.Add(&core.TextField{Name: "title"}, &core.TextField{Name: "body"})
	if err := app.Save(bare); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		record := core.NewRecord(bare)
		record.Load(map[string]any{"title": "Idee von unterwegs", "body": "Aufgeschrieben im Bus ohne Netz, abgeschickt zu Hause."})
		if err := app.Save(record); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBatch50SavedInProcess is the floor of a group-committed push
// with today's hooks: the records of one batch of 50 saved in one
// transaction, in process, with every model hook (change log, counters,
// search index, ...) but without HTTP, decoding, rule checks or journal.
func BenchmarkBatch50SavedInProcess(b *testing.B) {
	app, _ := syncBenchApp(b)
	ids, _ := addCitizens(b, app, 500)
	i := 0
	for b.Loop() {
		me := ids[i%len(ids)]
		err := app.RunInTransaction(func(txApp core.App) error {
			for _, m := range batchOf50(&syncDevice{t: b}) {
				body := argsWith(m.Args, "author", me)
				if m.Type == "vote.cast" {
					body = argsWith(m.Args, "user", me)
				}
				collection, err := txApp.FindCachedCollectionByNameOrId(createdIn[m.Type])
				if err != nil {
					return err
				}
				record := core.NewRecord(collection)
				record.Load(body)
				record.Id = m.Args["id"].(string)
				if err := txApp.Save(record); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(50*b.N)/b.Elapsed().Seconds(), "mutations/s")
}

// BenchmarkPull1000 catches a device up on 1,000 changes (new ideas), page
// by page with the largest limit, as the PWA does; plain and gzip.
func BenchmarkPull1000(b *testing.B) {
	b.Run("plain", func(b *testing.B) { benchPull1000(b, false) })
	b.Run("gzip", func(b *testing.B) { benchPull1000(b, true) })
}

func benchPull1000(b *testing.B, compressed bool) {
	app, server := syncBenchApp(b)
	start := headOf(b, app)
	addIdeas(b, app, 1000, "Aufgeschrieben im Bus ohne Netz, abgeschickt zu Hause. Der Bus fährt am Wochenende nur alle zwei Stunden.")
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	var received, pages int
	for b.Loop() {
		cursor, changes := start, 0
		for more := true; more; pages++ {
			page, size := fetchPage(b, client, server.URL, cursor, compressed)
			received += size
			changes += len(page.Changes)
			cursor, more = page.Cursor, page.HasMore
		}
		if changes != 1000 {
			b.Fatalf("got %d changes, want 1000", changes)
		}
	}
	b.ReportMetric(float64(received)/float64(b.N), "bytes/pull")
	b.ReportMetric(float64(pages)/float64(b.N), "pages/pull")
}

// BenchmarkBareList1000 is the baseline of a pull: 1,000 records of a bare
// collection with the same text, listed over the REST API in pages of 500
// without totals, anonymously (listRule "").
func BenchmarkBareList1000(b *testing.B) {
	app, server := syncBenchApp(b)
	bare := core.NewBaseCollection("sync_bench_bare_list")
	bare.ListRule = types.Pointer("")
	bare.Fields.Add(&core.TextField{Name: "title"}, &core.TextField{Name: "body"}, &core.TextField{Name: "region"})
	if err := app.Save(bare); err != nil {
		b.Fatal(err)
	}
	addRecords(b, app, bare.Name, 1000, func(i int) map[string]any {
		return map[string]any{"title": fmt.Sprintf("Idee Nummer %d", i), "region": gelnhausen,
			"body": "Aufgeschrieben im Bus ohne Netz, abgeschickt zu Hause. Der Bus fährt am Wochenende nur alle zwei Stunden."}
	})
	device := &syncDevice{t: b, server: server}
	var received int
	for b.Loop() {
		items := 0
		for page := 1; page <= 2; page++ {
			status, raw := device.send(http.MethodGet, fmt.Sprintf("/api/collections/%s/records?perPage=500&page=%d&skipTotal=1", bare.Name, page), nil, nil)
			var list struct{ Items []map[string]any }
			if status != http.StatusOK || json.Unmarshal(raw, &list) != nil {
				b.Fatalf("got %d %s, want 200", status, raw)
			}
			items += len(list.Items)
			received += len(raw)
		}
		if items != 1000 {
			b.Fatalf("got %d records, want 1000", items)
		}
	}
	b.ReportMetric(float64(received)/float64(b.N), "bytes/list")
}

// BenchmarkPull1000AgainstList catches a device up on 1,000 new ideas with
// gzip, as BenchmarkPull1000 does, and lists the same 1,000 ideas through
// PocketBase's REST API in pages of 500 without totals, as Anna, with the
// ideas' list rule and PocketBase's own gzip: the bare list of a pull. The
// two alternate in one loop on one server, so that the load of a shared
// machine falls on both alike.
func BenchmarkPull1000AgainstList(b *testing.B) {
	app := newTestApp(b)
	settings := app.Settings()
	settings.RateLimits.Enabled = false
	if err := app.Save(settings); err != nil {
		b.Fatal(err)
	}
	gzipped := apis.Gzip()
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.BindFunc(func(e *core.RequestEvent) error {
			if strings.HasPrefix(e.Request.URL.Path, "/api/collections/") {
				return gzipped.Func(e)
			}
			return e.Next()
		})
		return se.Next()
	})
	server := newServer(b, app)
	start := headOf(b, app)
	addIdeas(b, app, 1000, "Aufgeschrieben im Bus ohne Netz, abgeschickt zu Hause. Der Bus fährt am Wochenende nur alle zwei Stunden.")
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	var pulling, listing time.Duration
	var pulled, listed int
	for b.Loop() {
		began := time.Now()
		cursor, changes := start, 0
		for more := true; more; {
			page, size := fetchPage(b, client, server.URL, cursor, true)
			pulled += size
			changes += len(page.Changes)
			cursor, more = page.Cursor, page.HasMore
		}
		pulling += time.Since(began)
		if changes != 1000 {
			b.Fatalf("got %d changes, want 1000", changes)
		}
		began = time.Now()
		items, size := listSameIdeas(b, client, server.URL)
		listing += time.Since(began)
		listed += size
		if items != 1000 {
			b.Fatalf("got %d ideas, want 1000", items)
		}
	}
	b.ReportMetric(float64(pulling.Milliseconds())/float64(b.N), "ms/pull")
	b.ReportMetric(float64(listing.Milliseconds())/float64(b.N), "ms/list")
	b.ReportMetric(float64(pulling)/float64(listing), "pull/list")
	b.ReportMetric(float64(pulled)/float64(b.N), "bytes/pull")
	b.ReportMetric(float64(listed)/float64(b.N), "bytes/list")
}

// listSameIdeas lists the ideas of addIdeas as Anna, with gzip, and returns
// their number and the bytes on the wire.
func listSameIdeas(b *testing.B, client *http.Client, base string) (int, int) {
	filter := url.QueryEscape("title ~ 'Idee Nummer '")
	items, received := 0, 0
	for page := 1; page <= 2; page++ {
		req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/api/collections/ideas/records?perPage=500&page=%d&skipTotal=1&filter=%s",
			base, page, filter), nil)
		if err != nil {
			b.Fatal(err)
		}
		req.Header.Set("Authorization", authTokenOf("anna"))
		req.Header.Set("Accept-Encoding", "gzip")
		res, err := client.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		raw, size := readDecoded(b, res)
		res.Body.Close()
		var list struct{ Items []map[string]any }
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "gzip" || json.Unmarshal(raw, &list) != nil {
			b.Fatalf("got %d %q %.200s, want 200 with gzip", res.StatusCode, res.Header.Get("Content-Encoding"), raw)
		}
		items += len(list.Items)
		received += size
	}
	return items, received
}

// fetchPage pulls one page as Anna and returns it with its size on the wire.
func fetchPage(b *testing.B, client *http.Client, base string, cursor int64, compressed bool) (pullReply, int) {
	req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/api/sync/pull?cursor=%d&limit=500", base, cursor), nil)
	if err != nil {
		b.Fatal(err)
	}
	req.Header.Set("Authorization", authTokenOf("anna"))
	if compressed {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	res, err := client.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer res.Body.Close()
	raw, size := readDecoded(b, res)
	if res.StatusCode != http.StatusOK {
		b.Fatalf("got %d %s, want 200", res.StatusCode, raw)
	}
	var page pullReply
	if err := json.Unmarshal(raw, &page); err != nil {
		b.Fatal(err)
	}
	return page, size
}

func TestSyncPerformanceReport(t *testing.T) {
	if os.Getenv("MITWIRKEN_BENCH") == "" {
		t.Skip("set MITWIRKEN_BENCH=1 to measure")
	}
	push := testing.Benchmark(BenchmarkPushBatch50)
	rest := testing.Benchmark(BenchmarkRESTEquivalentOf50)
	bare := testing.Benchmark(BenchmarkBareCreateOverHTTP)
	floor := testing.Benchmark(BenchmarkBareSaveInProcess)
	plain := testing.Benchmark(func(b *testing.B) { benchPull1000(b, false) })
	compressed := testing.Benchmark(func(b *testing.B) { benchPull1000(b, true) })
	list := testing.Benchmark(BenchmarkBareList1000)

	mutations, creates := push.Extra["mutations/s"], bare.Extra["creates/s"]
	ratio := mutations / creates
	fmt.Printf("sync benchmarks (over HTTP on 127.0.0.1, same app and run):\n")
	fmt.Printf("  push, batches of 50: %.0f mutations/s (%.1f ms per batch)\n", mutations, float64(push.NsPerOp())/1e6)
	fmt.Printf("  the same 50 records through REST, one request each: %.0f records/s (%.1f ms per 50)\n",
		rest.Extra["mutations/s"], float64(rest.NsPerOp())/1e6)
	fmt.Printf("  bare single creates: %.0f creates/s (%.2f ms each)\n", creates, float64(bare.NsPerOp())/1e6)
	fmt.Printf("  push / bare: %.2fx (target at least 1x); push / REST with the same hooks: %.2fx\n",
		ratio, mutations/rest.Extra["mutations/s"])
	fmt.Printf("  floor: one bare record saved in its own transaction, in process: %.2f ms, so one transaction per mutation allows at most %.1fx\n",
		float64(floor.NsPerOp())/1e6, float64(bare.NsPerOp())/float64(floor.NsPerOp()))
	fmt.Printf("  pull of 1,000 changes: %.1f ms, %.0f bytes in %.0f pages; with gzip %.1f ms, %.0f bytes\n",
		float64(plain.NsPerOp())/1e6, plain.Extra["bytes/pull"], plain.Extra["pages/pull"],
		float64(compressed.NsPerOp())/1e6, compressed.Extra["bytes/pull"])
	fmt.Printf("  bare list of 1,000 records in 2 pages: %.1f ms, %.0f bytes; pull / bare list: %.2fx the time, %.2fx the bytes (%.2fx with gzip)\n",
		float64(list.NsPerOp())/1e6, list.Extra["bytes/list"], float64(plain.NsPerOp())/float64(list.NsPerOp()),
		plain.Extra["bytes/pull"]/list.Extra["bytes/list"], compressed.Extra["bytes/pull"]/list.Extra["bytes/list"])
}
