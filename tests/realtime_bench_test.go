package tests

import (
	"fmt"
	"net/http"
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
// rest are guests. Votes on the idea are cast 500 ms apart, first 20 with
// nobody watching, then three rounds of 20 with the 1,000 watching. Between
// the rounds, bare PocketBase tells 1,000 watchers of its own about bare
// creates (realtime_floor_bench_test.go): the floor, measured in turn with
// the votes so that a slower moment of the machine weighs on both. The
// watchers run in processes of their own (realtime_watchers_test.go), so
// that the CPU figures are the servers'.

const (
	realtimeWatchers = 1000
	realtimeSignedIn = 100
	realtimeVotes    = 20 // a round
	realtimeRounds   = 3
	realtimeWatched  = realtimeRounds * realtimeVotes // the votes cast while watched
	realtimeSpacing  = 500 * time.Millisecond
	realtimeSettle   = 2 * time.Second // after a round, for its last deliveries
	realtimePulls    = 13_000
)

// round is a round of realtimeVotes requests realtimeSpacing apart: when
// each was sent, its latency, and the server's CPU per request until the
// round's last deliveries are out.
type round struct {
	sent      []time.Time
	latencies []time.Duration
	cpu       time.Duration
}

// castRound makes a round of requests, then waits settle for the deliveries.
func castRound(t testing.TB, request func() error, settle time.Duration) round {
	var r round
	cpuStart := cpuTime()
	for range realtimeVotes {
		start := time.Now()
		if err := request(); err != nil {
			t.Fatal(err)
		}
		r.sent, r.latencies = append(r.sent, start), append(r.latencies, time.Since(start))
		time.Sleep(realtimeSpacing)
	}
	time.Sleep(settle)
	r.cpu = (cpuTime() - cpuStart) / realtimeVotes
	return r
}

// across gathers one part of every round, in the order of the rounds.
func across[T any](rounds []round, part func(round) []T) (all []T) {
	for _, r := range rounds {
		all = append(all, part(r)...)
	}
	return all
}

func sentOf(r round) []time.Time          { return r.sent }
func latenciesOf(r round) []time.Duration { return r.latencies }
func cpuOf(r round) []time.Duration       { return []time.Duration{r.cpu} }

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
		what, len(all), realtimeWatchers*realtimeWatched, ms(percentile(all, .5)), ms(percentile(all, .99)),
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
	ids, tokens := addCitizens(t, app, realtimeSignedIn+realtimeVotes+realtimeWatched)
	voters, voterTokens := ids[realtimeSignedIn:], tokens[realtimeSignedIn:]
	next := 0
	vote := func() error {
		i := next
		next++
		return expectStatus(server, http.MethodPost, "/api/collections/votes/records", voterTokens[i],
			map[string]string{"user": voters[i], "idea": ideaKyff}, http.StatusOK)
	}

	alone := castRound(t, vote, 0)
	rssBefore := rssMB()
	watchers := startWatchers(t, server.URL, tokens[:realtimeSignedIn], mustFind(t, app, "ideas", ideaKyff).GetInt("votes_count"))
	rssConnected := rssMB()

	floor := newRealtimeFloor(t)
	floorAlone := castRound(t, floor.create, 0)
	floorWatchers := startWatchers(t, floor.server.URL, nil, floor.count())
	var watched, floorWatched []round
	for i := range realtimeRounds {
		stopProfile := func() {}
		if i == 0 {
			stopProfile = startCPUProfile(t) // the votes of one round alone
		}
		watched = append(watched, castRound(t, vote, realtimeSettle))
		stopProfile()
		floorWatched = append(floorWatched, castRound(t, floor.create, realtimeSettle))
	}
	heard, floorHeard := watchers.stop(t), floorWatchers.stop(t)
	floor.close()

	ms := func(d time.Duration) time.Duration { return d.Round(time.Millisecond / 10) }
	msText := func(d time.Duration) string { return ms(d).String() }
	fmt.Printf("realtime with %d watchers (%d signed in) of one idea and its district, %d rounds of %d votes %v apart:\n",
		realtimeWatchers, realtimeSignedIn, realtimeRounds, realtimeVotes, realtimeSpacing)
	latency, aloneLatency := percentile(across(watched, latenciesOf), .5), percentile(alone.latencies, .5)
	fmt.Printf("  vote latency: p50 %v, p99 %v with nobody watching; p50 %v, p99 %v with %d watchers (%.2fx)\n",
		ms(aloneLatency), ms(percentile(alone.latencies, .99)), ms(latency), ms(percentile(across(watched, latenciesOf), .99)),
		realtimeWatchers, float64(latency)/float64(aloneLatency))
	printDelays("record events delivered", heard.Event, across(watched, sentOf), "")
	printDelays("a phone following the district has the new count", heard.Phone, across(watched, sentOf), fmt.Sprintf("; %d pulls", heard.Pulls))
	cpu := percentile(across(watched, cpuOf), .5)
	fmt.Printf("  server CPU per vote: %v with %d watchers (median of the rounds %v), %v with nobody watching (%v more); the watchers' own process: %v per vote\n",
		ms(cpu), realtimeWatchers, joined(across(watched, cpuOf), msText), ms(alone.cpu), ms(cpu-alone.cpu), ms(heard.CPU/realtimeWatched))
	floorCPU := percentile(across(floorWatched, cpuOf), .5)
	fmt.Printf("  the floor, bare PocketBase sending one record event to each of %d watchers of its own after a bare create: server CPU %v per create (median of the rounds %v), %v with nobody watching (%v more); create latency p50 %v, p99 %v\n",
		realtimeWatchers, ms(floorCPU), joined(across(floorWatched, cpuOf), msText), ms(floorAlone.cpu), ms(floorCPU-floorAlone.cpu),
		ms(percentile(across(floorWatched, latenciesOf), .5)), ms(percentile(across(floorWatched, latenciesOf), .99)))
	printDelays("the floor's events delivered", floorHeard.Event, across(floorWatched, sentOf), "")
	var ratios, addedRatios []float64
	for i := range realtimeRounds {
		ratios = append(ratios, float64(watched[i].cpu)/float64(floorWatched[i].cpu))
		addedRatios = append(addedRatios, float64(watched[i].cpu-alone.cpu)/float64(floorWatched[i].cpu-floorAlone.cpu))
	}
	fmt.Printf("  server CPU per vote against the floor: %.2fx (median of the rounds' ratios %s); what watching adds: %.2fx the floor's\n",
		median(ratios), joined(ratios, func(r float64) string { return fmt.Sprintf("%.2fx", r) }), median(addedRatios))
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

// joined lists values for a report line: "a, b, c".
func joined[T any](values []T, format func(T) string) string {
	parts := []string{}
	for _, v := range values {
		parts = append(parts, format(v))
	}
	return strings.Join(parts, ", ")
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
