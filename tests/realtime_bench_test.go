package tests

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The realtime report measures what a vote costs while many people watch:
// run it with MITWIRKEN_BENCH=1 go test ./tests -run RealtimeReport -v.
// 1,000 connections each follow the Kyffhäuserkreis as the PWA does (its
// sync topic) and watch one idea (its record topic); 100 are signed in, the
// rest are guests. 20 votes on the idea are cast 500 ms apart, first with
// nobody watching, then with the 1,000 watching. The watchers run in a
// process of their own (realtime_watchers_test.go), so that the CPU figure
// is the server's.

const (
	realtimeWatchers = 1000
	realtimeSignedIn = 100
	realtimeVotes    = 20
	realtimeSpacing  = 500 * time.Millisecond
	realtimePulls    = 13_000
)

// castVotes casts the votes, spaced, and returns when each was sent and each
// vote request's latency.
func castVotes(t testing.TB, server *httptest.Server, ids, tokens []string) (sent []time.Time, latencies []time.Duration) {
	for i := range realtimeVotes {
		start := time.Now()
		if err := expectStatus(server, http.MethodPost, "/api/collections/votes/records", tokens[i],
			map[string]string{"user": ids[i], "idea": ideaKyff}, http.StatusOK); err != nil {
			t.Fatal(err)
		}
		sent, latencies = append(sent, start), append(latencies, time.Since(start))
		time.Sleep(realtimeSpacing)
	}
	return sent, latencies
}

// delays are the arrivals' times after their votes were sent, and per vote
// the time until the first and until the last watcher had it.
func delays(arrivals []arrival, sent []time.Time) (all, first, last []time.Duration) {
	firsts, lasts := map[int]time.Duration{}, map[int]time.Duration{}
	for _, a := range arrivals {
		d := time.Unix(0, a.At).Sub(sent[a.Vote])
		all = append(all, d)
		if f, ok := firsts[a.Vote]; !ok || d < f {
			firsts[a.Vote] = d
		}
		lasts[a.Vote] = max(lasts[a.Vote], d)
	}
	for vote := range firsts {
		first, last = append(first, firsts[vote]), append(last, lasts[vote])
	}
	return all, first, last
}

// printDelays prints one line of delivery figures.
func printDelays(what string, arrivals []arrival, sent []time.Time, extra string) {
	all, first, last := delays(arrivals, sent)
	ms := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
	fmt.Printf("  %s: %d of %d, p50 %v, p99 %v after the vote was sent (per vote, the first watcher p50 %v, the last p50 %v)%s\n",
		what, len(all), realtimeWatchers*realtimeVotes, ms(percentile(all, .5)), ms(percentile(all, .99)),
		ms(percentile(first, .5)), ms(percentile(last, .5)), extra)
}

func percentile(durations []time.Duration, p float64) time.Duration {
	if len(durations) == 0 {
		return 0
	}
	sorted := slices.Clone(durations)
	slices.Sort(sorted)
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*p))]
}

// rssMB reads the process's resident set from /proc.
func rssMB() float64 { return procStatusMB("VmRSS:") }

// peakRSSMB reads the process's highest resident set so far.
func peakRSSMB() float64 { return procStatusMB("VmHWM:") }

func procStatusMB(key string) float64 {
	raw, _ := os.ReadFile("/proc/self/status")
	for line := range strings.Lines(string(raw)) {
		if rest, ok := strings.CutPrefix(line, key); ok {
			var kb float64
			fmt.Sscan(rest, &kb)
			return kb / 1024
		}
	}
	return 0
}

func heapMB() float64 {
	var stats runtime.MemStats
	runtime.ReadMemStats(&stats)
	return float64(stats.HeapInuse) / (1 << 20)
}

func TestRealtimeReport(t *testing.T) {
	if os.Getenv("MITWIRKEN_BENCH") == "" {
		t.Skip("set MITWIRKEN_BENCH=1 to measure")
	}
	app := newTestApp(t)
	app.Settings().RateLimits.Enabled = false
	server := newServer(t, app)
	ids, tokens := addCitizens(t, app, realtimeSignedIn+2*realtimeVotes)
	voters, voterTokens := ids[realtimeSignedIn:], tokens[realtimeSignedIn:]

	cpuStart := cpuTime()
	_, alone := castVotes(t, server, voters[:realtimeVotes], voterTokens[:realtimeVotes])
	cpuAlone := (cpuTime() - cpuStart) / realtimeVotes

	rssBefore := rssMB()
	watchers := startWatchers(t, server.URL, tokens[:realtimeSignedIn], mustFind(t, app, "ideas", ideaKyff).GetInt("votes_count"))
	rssConnected := rssMB()
	stopProfile := startCPUProfile(t)
	cpuStart = cpuTime()
	sent, watched := castVotes(t, server, voters[realtimeVotes:], voterTokens[realtimeVotes:])
	time.Sleep(2 * time.Second) // the last deliveries
	cpuWatched := (cpuTime() - cpuStart) / realtimeVotes
	stopProfile()
	heard := watchers.stop(t)

	ms := func(d time.Duration) time.Duration { return d.Round(time.Millisecond / 10) }
	fmt.Printf("realtime with %d watchers (%d signed in) of one idea and its district, %d votes %v apart:\n",
		realtimeWatchers, realtimeSignedIn, realtimeVotes, realtimeSpacing)
	fmt.Printf("  vote latency: p50 %v, p99 %v with nobody watching; p50 %v, p99 %v with %d watchers (%.2fx)\n",
		ms(percentile(alone, .5)), ms(percentile(alone, .99)), ms(percentile(watched, .5)), ms(percentile(watched, .99)),
		realtimeWatchers, float64(percentile(watched, .5))/float64(percentile(alone, .5)))
	printDelays("record events delivered", heard.Event, sent, "")
	printDelays("a phone following the district has the new count", heard.Phone, sent, fmt.Sprintf("; %d pulls", heard.Pulls))
	fmt.Printf("  server CPU per vote: %v with %d watchers, %v with nobody watching (%v more); the watchers' own process: %v per vote\n",
		ms(cpuWatched), realtimeWatchers, ms(cpuAlone), ms(cpuWatched-cpuAlone), ms(heard.CPU/realtimeVotes))
	fmt.Printf("  server RSS: %.0f MB before, %.0f MB with %d connections\n", rssBefore, rssConnected, realtimeWatchers)

	// Memory after many pulls, as when every poke made all 1,000 phones pull
	// at once: is it retained, or only not yet collected?
	phone := newDevice(t, server, "")
	var pullers sync.WaitGroup
	for range realtimeWatchers {
		pullers.Go(func() {
			for range realtimePulls / realtimeWatchers {
				_, _, _ = phone.trySend(http.MethodGet, "/api/sync/pull?cursor=0&region="+sondershausen, nil, nil)
			}
		})
	}
	pullers.Wait()
	rssPulled, heapPulled := rssMB(), heapMB()
	runtime.GC()
	debug.FreeOSMemory()
	fmt.Printf("  after %d pulls from 0 by %d phones at once, gzip: peak RSS %.0f MB, RSS %.0f MB, heap in use %.0f MB; after a collection: RSS %.0f MB, heap in use %.0f MB\n",
		realtimePulls, realtimeWatchers, peakRSSMB(), rssPulled, heapPulled, rssMB(), heapMB())
}

// startCPUProfile writes a CPU profile to $MITWIRKEN_BENCH_CPUPROFILE, if
// set, until the returned function is called.
func startCPUProfile(t testing.TB) func() {
	path := os.Getenv("MITWIRKEN_BENCH_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := pprof.StartCPUProfile(out); err != nil {
		t.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		out.Close()
	}
}
