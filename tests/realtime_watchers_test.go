package tests

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The watchers of the realtime report run in a process of their own, so that
// the report can tell the server's CPU from theirs: 1,000 connections that
// parse every event cost about as much CPU as the server that sends them.

// The environment that starts TestRealtimeWatchers, set by startWatchers.
const (
	watchURLEnv    = "MITWIRKEN_BENCH_WATCH_URL"
	watchTokensEnv = "MITWIRKEN_BENCH_WATCH_TOKENS" // a file, one token a line
	watchBaseEnv   = "MITWIRKEN_BENCH_WATCH_BASE"   // the idea's count before the votes
)

// arrival is when a watcher learnt of a vote (its index among the votes).
type arrival struct {
	Vote int   `json:"v"`
	At   int64 `json:"t"` // Unix nanoseconds
}

// watcherReport is what the watchers heard: each watcher's record events
// and the counts its phone had, per vote, and how often a phone pulled.
type watcherReport struct {
	Event []arrival     `json:"event"`
	Phone []arrival     `json:"phone"`
	Pulls int64         `json:"pulls"`
	CPU   time.Duration `json:"cpu"`
}

// watcherLog gathers the arrivals of all watchers.
type watcherLog struct {
	base  int
	mu    sync.Mutex
	heard watcherReport
	pulls atomic.Int64
}

// seen notes, for one watcher, the votes up to count it now knows of.
func (l *watcherLog) seen(known *int, count int, into *[]arrival) {
	now := time.Now().UnixNano()
	l.mu.Lock()
	defer l.mu.Unlock()
	for ; *known < count-l.base && *known < realtimeWatched; *known++ {
		*into = append(*into, arrival{Vote: *known, At: now})
	}
}

// watch reads one connection's events: record events of the idea, and pokes
// of the district, which carry the count or make the phone pull.
func (l *watcherLog) watch(client *http.Client, base, token string, events <-chan sseEvent) {
	eventsKnown, phoneKnown := 0, 0
	var cursor int64
	for e := range events {
		switch {
		case strings.HasPrefix(e.name, "ideas/"):
			var event ideaEvent
			if json.Unmarshal([]byte(e.data), &event) == nil {
				l.seen(&eventsKnown, event.Record.VotesCount, &l.heard.Event)
			}
		case strings.HasPrefix(e.name, "sync/"):
			var poke struct {
				Ideas map[string]struct {
					Votes int `json:"votes_count"`
				}
			}
			if json.Unmarshal([]byte(e.data), &poke) != nil {
				continue
			}
			if counters, ok := poke.Ideas[ideaKyff]; ok {
				l.seen(&phoneKnown, counters.Votes, &l.heard.Phone)
				continue
			}
			// An older server's poke says only "pull": the phone pulls, as the PWA did.
			l.pulls.Add(1)
			var reply struct {
				Changes []pulledChange `json:"changes"`
				Cursor  int64          `json:"cursor"`
			}
			if pullOnce(client, base, token, cursor, &reply) != nil {
				continue
			}
			cursor = reply.Cursor
			for _, change := range reply.Changes {
				if change.Id == ideaKyff {
					votes, _ := change.Record["votes_count"].(float64)
					l.seen(&phoneKnown, int(votes), &l.heard.Phone)
				}
			}
		}
	}
}

// pullOnce pulls the Kyffhäuserkreis's changes after cursor into reply.
func pullOnce(client *http.Client, base, token string, cursor int64, reply any) error {
	req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/api/sync/pull?cursor=%d&region=%s", base, cursor, sondershausen), nil)
	if err != nil {
		return err
	}
	if token != "" {
		req.Header.Set("Authorization", token)
	}
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("pull: got %d", res.StatusCode)
	}
	return json.NewDecoder(res.Body).Decode(reply)
}

// TestRealtimeWatchers is the watching side of TestRealtimeReport, which
// runs it in a child process: it connects the watchers, says "ready", and
// when its standard input ends, prints what they heard.
func TestRealtimeWatchers(t *testing.T) {
	base := os.Getenv(watchURLEnv)
	if base == "" {
		t.Skip("run by TestRealtimeReport")
	}
	raw, err := os.ReadFile(os.Getenv(watchTokensEnv))
	if err != nil {
		t.Fatal(err)
	}
	tokens := strings.Fields(string(raw))
	count, _ := strconv.Atoi(os.Getenv(watchBaseEnv))
	log := &watcherLog{base: count}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 100}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var watchers sync.WaitGroup
	for i := range realtimeWatchers {
		token := ""
		if i < len(tokens) {
			token = tokens[i]
		}
		events := listenAt(t, ctx, client, base, "watcher", token, "ideas/"+ideaKyff, "sync/"+kyffhaeuser)
		watchers.Go(func() { log.watch(client, base, token, events) })
	}
	cpuStart := cpuTime()
	fmt.Println("watchers ready")
	_, _ = io.Copy(io.Discard, os.Stdin)
	cancel()
	watchers.Wait()
	log.heard.Pulls, log.heard.CPU = log.pulls.Load(), cpuTime()-cpuStart
	report, _ := json.Marshal(log.heard)
	fmt.Println("watchers heard " + string(report))
}

// watcherProcess is a running TestRealtimeWatchers.
type watcherProcess struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines *bufio.Scanner
}

// startWatchers runs TestRealtimeWatchers against the server at base, with
// the first watchers signed in with tokens, and waits until all listen.
func startWatchers(t testing.TB, base string, tokens []string, count int) *watcherProcess {
	t.Helper()
	tokenFile := t.TempDir() + "/tokens"
	if err := os.WriteFile(tokenFile, []byte(strings.Join(tokens, "\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestRealtimeWatchers$", "-test.count=1")
	cmd.Env = append(os.Environ(), watchURLEnv+"="+base, watchTokensEnv+"="+tokenFile, watchBaseEnv+"="+strconv.Itoa(count))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w := &watcherProcess{cmd: cmd, stdin: stdin, lines: bufio.NewScanner(stdout)}
	w.lines.Buffer(nil, 64<<20)
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	w.expect(t, "watchers ready")
	return w
}

// expect reads the watchers' output up to the line that starts with prefix
// and returns the rest of it.
func (w *watcherProcess) expect(t testing.TB, prefix string) string {
	t.Helper()
	for w.lines.Scan() {
		if rest, ok := strings.CutPrefix(w.lines.Text(), prefix); ok {
			return rest
		}
	}
	t.Fatalf("the watchers ended before %q: %v", prefix, w.lines.Err())
	return ""
}

// stop ends the watchers and returns what they heard.
func (w *watcherProcess) stop(t testing.TB) watcherReport {
	t.Helper()
	_ = w.stdin.Close()
	var report watcherReport
	if err := json.Unmarshal([]byte(w.expect(t, "watchers heard ")), &report); err != nil {
		t.Fatal(err)
	}
	return report
}
