package tests

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/google/uuid"
)

// The capacity benchmarks answer the question behind issue 13's ratios:
// does one 2-core machine carry the peak of about 500 writes a second (25
// million people, 5% monthly active, 10 actions each, a 100x peak)? Clients
// vote concurrently, as phones do, each citizen on ideas of their own, so
// the figure is votes per second of the whole server, not the latency of one.

// capacityClients is how many requests are in flight at once, per core.
const capacityClients = 2

// BenchmarkVoteCapacity casts votes over REST from concurrent clients.
func BenchmarkVoteCapacity(b *testing.B) {
	benchVoteCapacity(b, func(mux http.Handler, id, token, idea string) *httptest.ResponseRecorder {
		return serveRequest(mux, http.MethodPost, "/api/collections/votes/records", token, `{"user":"`+id+`","idea":"`+idea+`"}`)
	})
}

// BenchmarkVoteCapacityOverSync casts the same votes, each pushed alone by
// a device, as the PWA does when it is online.
func BenchmarkVoteCapacityOverSync(b *testing.B) {
	benchVoteCapacity(b, func(mux http.Handler, _, token, idea string) *httptest.ResponseRecorder {
		return serveRequest(mux, http.MethodPost, "/api/sync/push", token, `{"device":"`+uuid.NewString()+`","mutations":[{"id":"`+
			uuid.NewString()+`","seq":1,"type":"vote.cast","args":{"id":"`+uuid.NewString()+`","idea":"`+idea+`"}}]}`)
	})
}

// BenchmarkBareCreateCapacity is the baseline: bare creates from as many
// concurrent clients.
func BenchmarkBareCreateCapacity(b *testing.B) {
	_, mux := participationBenchApp(b)
	b.SetParallelism(capacityClients)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			res := serveRequest(mux, http.MethodPost, "/api/collections/bench_bare/records", "", bareCreateBody)
			if res.Code != http.StatusOK {
				b.Errorf("got %d %s, want 200", res.Code, res.Body)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "creates/s")
}

// benchVoteCapacity lets vote run from concurrent clients. The k-th vote is
// citizen k mod 2,500 on the (k/2,500)-th of the published bench ideas, so
// no pair votes twice however long the benchmark runs.
func benchVoteCapacity(b *testing.B, vote func(mux http.Handler, id, token, idea string) *httptest.ResponseRecorder) {
	app, mux := participationBenchApp(b)
	ids, tokens := addCitizens(b, app, 2500)
	var next atomic.Int64
	b.SetParallelism(capacityClients)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			k := int(next.Add(1) - 1)
			citizen, idea := k%len(ids), fmt.Sprintf("bench%010d", k/len(ids)+1)
			if res := vote(mux, ids[citizen], tokens[citizen], idea); res.Code != http.StatusOK {
				b.Errorf("vote %d: got %d %s, want 200", k, res.Code, res.Body)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "votes/s")
}
