package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The realtime report measures what a vote costs while many people watch:
// run it with MITWIRKEN_BENCH=1 go test ./tests -run RealtimeReport -v.
// 1,000 connections each follow the Kyffhäuserkreis as the PWA does (its
// sync topic) and watch one idea (its record topic); 100 are signed in, the
// rest are guests. 20 votes on the idea are cast 500 ms apart, first with
// nobody watching, then with the 1,000 watching. The clients run in the same
// process as the server, so the CPU figure is an upper bound for the server.

const (
	realtimeWatchers = 1000
	realtimeSignedIn = 100
	realtimeVotes    = 20
	realtimeSpacing  = 500 * time.Millisecond
	realtimePulls    = 13_000
)

// voteClock holds when each vote was sent, for the watchers to measure from.
type voteClock struct {
	base  int // the idea's count before the first vote
	sent  [realtimeVotes]atomic.Int64
	mu    sync.Mutex
	event []time.Duration // vote sent → record event, per watcher and vote
	phone []time.Duration // vote sent → the phone has the count
}

// seen records, for one watcher, the votes up to count it now knows of.
func (c *voteClock) seen(known *int, count int, into *[]time.Duration) {
	now := time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	for ; *known < count-c.base && *known < realtimeVotes; *known++ {
		if sent := c.sent[*known].Load(); sent != 0 {
			*into = append(*into, now.Sub(time.Unix(0, sent)))
		}
	}
}

// watch reads one connection's events: record events of the idea, and pokes
// of the district, which carry the count or make the phone pull.
func (c *voteClock) watch(t testing.TB, server *httptest.Server, events <-chan sseEvent, token string, pulls *atomic.Int64) {
	phone := &syncDevice{t: t, server: server, token: token}
	eventsKnown, phoneKnown := 0, 0
	var cursor int64
	for e := range events {
		switch {
		case strings.HasPrefix(e.name, "ideas/"):
			var event ideaEvent
			if json.Unmarshal([]byte(e.data), &event) == nil {
				c.seen(&eventsKnown, event.Record.VotesCount, &c.event)
			}
		case strings.HasPrefix(e.name, "sync/"):
			var poke struct {
				Seq   int64
				Ideas map[string]struct {
					Votes int `json:"votes_count"`
				}
			}
			if json.Unmarshal([]byte(e.data), &poke) != nil {
				continue
			}
			if counters, ok := poke.Ideas[ideaKyff]; ok {
				c.seen(&phoneKnown, counters.Votes, &c.phone)
				continue
			}
			// An older server's poke says only "pull": the phone pulls, as the PWA did.
			pulls.Add(1)
			status, body, err := phone.trySend(http.MethodGet, fmt.Sprintf("/api/sync/pull?cursor=%d&region=%s", cursor, sondershausen), nil, nil)
			var reply struct {
				Changes []pulledChange `json:"changes"`
				Cursor  int64          `json:"cursor"`
			}
			if err != nil || status != http.StatusOK || json.Unmarshal(body, &reply) != nil {
				continue
			}
			cursor = reply.Cursor
			for _, change := range reply.Changes {
				if change.Id == ideaKyff {
					votes, _ := change.Record["votes_count"].(float64)
					c.seen(&phoneKnown, int(votes), &c.phone)
				}
			}
		}
	}
}

// castVotes casts the votes, spaced, and returns each vote request's latency.
func (c *voteClock) castVotes(t testing.TB, server *httptest.Server, ids, tokens []string) []time.Duration {
	var latencies []time.Duration
	for i := range realtimeVotes {
		start := time.Now()
		c.sent[i].Store(start.UnixNano())
		if err := expectStatus(server, http.MethodPost, "/api/collections/votes/records", tokens[i],
			map[string]string{"user": ids[i], "idea": ideaKyff}, http.StatusOK); err != nil {
			t.Fatal(err)
		}
		latencies = append(latencies, time.Since(start))
		time.Sleep(realtimeSpacing)
	}
	return latencies
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

	quiet := &voteClock{base: mustFind(t, app, "ideas", ideaKyff).GetInt("votes_count")}
	alone := quiet.castVotes(t, server, voters[:realtimeVotes], voterTokens[:realtimeVotes])

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rssBefore := rssMB()
	clock := &voteClock{base: mustFind(t, app, "ideas", ideaKyff).GetInt("votes_count")}
	var pulls atomic.Int64
	var watchers sync.WaitGroup
	for i := range realtimeWatchers {
		token := ""
		if i < realtimeSignedIn {
			token = tokens[i]
		}
		events := listenToken(t, ctx, server, token, "ideas/"+ideaKyff, "sync/"+kyffhaeuser)
		watchers.Go(func() { clock.watch(t, server, events, token, &pulls) })
	}
	rssConnected := rssMB()
	cpuStart := cpuTime()
	watched := clock.castVotes(t, server, voters[realtimeVotes:], voterTokens[realtimeVotes:])
	time.Sleep(2 * time.Second) // the last deliveries
	cpuPerVote := (cpuTime() - cpuStart - 0) / realtimeVotes
	cancel()
	watchers.Wait()

	fmt.Printf("realtime with %d watchers (%d signed in) of one idea and its district, %d votes %v apart:\n",
		realtimeWatchers, realtimeSignedIn, realtimeVotes, realtimeSpacing)
	fmt.Printf("  vote latency: p50 %v, p99 %v with nobody watching; p50 %v, p99 %v with %d watchers (%.2fx)\n",
		percentile(alone, .5).Round(time.Millisecond/10), percentile(alone, .99).Round(time.Millisecond/10),
		percentile(watched, .5).Round(time.Millisecond/10), percentile(watched, .99).Round(time.Millisecond/10), realtimeWatchers,
		float64(percentile(watched, .5))/float64(percentile(alone, .5)))
	fmt.Printf("  record events: %d of %d delivered, p50 %v, p99 %v after the vote was sent\n",
		len(clock.event), realtimeWatchers*realtimeVotes, percentile(clock.event, .5).Round(time.Millisecond), percentile(clock.event, .99).Round(time.Millisecond))
	fmt.Printf("  a phone following the district has the new count: %d of %d, p50 %v, p99 %v; %d pulls\n",
		len(clock.phone), realtimeWatchers*realtimeVotes, percentile(clock.phone, .5).Round(time.Millisecond), percentile(clock.phone, .99).Round(time.Millisecond), pulls.Load())
	fmt.Printf("  CPU per vote (server and the in-process clients): %v\n", cpuPerVote.Round(time.Millisecond/10))
	fmt.Printf("  RSS: %.0f MB before, %.0f MB with %d connections\n", rssBefore, rssConnected, realtimeWatchers)

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

// listenToken is listenRealtime with a token instead of a fixture person.
func listenToken(t testing.TB, ctx context.Context, server *httptest.Server, token string, topics ...string) <-chan sseEvent {
	t.Helper()
	return listenRealtimeAs(t, ctx, server, "watcher", token, topics...)
}
