// Package metrics exposes what an operator watches, in the Prometheus text
// format on GET /metrics: requests by route pattern and status, sync
// mutations and pulls, realtime connections and the size of the database.
// Labels hold only bounded values (route patterns, never paths with ids), so
// no person's record can be read off a label.
package metrics

import (
	"crypto/subtle"
	"os"
	"path/filepath"

	"github.com/mitwirken/mitwirken/hooks/platform"
	"github.com/mitwirken/mitwirken/hooks/replication"
	"github.com/pocketbase/pocketbase/core"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// storeKey is where an app keeps its collectors: one registry per app, so
// that several apps in one process (tests) do not count into each other.
const storeKey = "mitwirken.metrics"

// collectors of one app.
type appMetrics struct {
	registry        *prometheus.Registry
	requests        *prometheus.CounterVec
	durations       *prometheus.HistogramVec
	mutations       *prometheus.CounterVec
	pullPages       prometheus.Counter
	pullBytes       prometheus.Counter
	syncRateLimited prometheus.Counter
}

// Register serves /metrics to whoever presents token as a bearer token and
// starts counting. Without a token /metrics answers 404 and nothing is counted.
func Register(app core.App, token string) {
	if token == "" {
		registerDisabled(app)
		return
	}
	m := newAppMetrics(app)
	app.Store().Set(storeKey, m)
	registerRequests(app, m)
	registerEndpoint(app, m, token)
}

func newAppMetrics(app core.App) *appMetrics {
	m := &appMetrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mitwirken_http_requests_total", Help: "HTTP requests by route pattern and status code.",
		}, []string{"route", "code"}),
		durations: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "mitwirken_http_request_duration_seconds", Help: "HTTP request duration by route pattern.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route"}),
		mutations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mitwirken_sync_mutations_total", Help: "Pushed sync mutations by type and result (applied, rejected, duplicate).",
		}, []string{"type", "result"}),
		pullPages: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mitwirken_sync_pull_pages_total", Help: "Sync pull pages served.",
		}),
		pullBytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mitwirken_sync_pull_bytes_total", Help: "Bytes of sync pull pages served.",
		}),
		syncRateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mitwirken_sync_rate_limited_total", Help: "Sync pushes refused whole because the person's per-minute quota was used up.",
		}),
	}
	m.registry.MustRegister(m.requests, m.durations, m.mutations, m.pullPages, m.pullBytes, m.syncRateLimited,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "mitwirken_realtime_clients", Help: "Open realtime (SSE) connections.",
	}, func() float64 { return float64(app.SubscriptionsBroker().TotalClients()) }))
	// A pool that is always used up (overflow growing) makes reads after
	// writes dear again: hooks/platform/sqlite_page_pool.go.
	m.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "mitwirken_sqlite_page_pool_pages_in_use", Help: "Pages of SQLite's page pool that the page caches hold now.",
	}, func() float64 { return float64(platform.SQLitePagePoolNow().PagesInUse) }))
	m.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "mitwirken_sqlite_page_pool_pages", Help: "Size of SQLite's page pool in pages; 0 without a pool.",
	}, func() float64 { return float64(platform.SQLitePagePoolNow().Pages) }))
	m.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "mitwirken_sqlite_page_pool_overflow_bytes", Help: "Page cache memory taken from the allocator now because SQLite's page pool was used up.",
	}, func() float64 { return float64(platform.SQLitePagePoolNow().OverflowBytes) }))
	for _, file := range []string{"data.db", "data.db-wal", "auxiliary.db", "auxiliary.db-wal"} {
		path := filepath.Join(app.DataDir(), file)
		m.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "mitwirken_database_file_bytes", Help: "Size of the SQLite database files and their write-ahead logs.",
			ConstLabels: prometheus.Labels{"file": file},
		}, func() float64 { return fileSize(path) }))
	}
	if replication.Configured(app) {
		registerReplication(m.registry, app)
	}
	return m
}

// registerReplication adds the last successful replication and its lag.
func registerReplication(registry *prometheus.Registry, app core.App) {
	registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "mitwirken_replication_last_success_timestamp_seconds",
		Help: "Unix time of the last successful replication of both databases; 0 before the first.",
	}, func() float64 {
		if last := replication.StatusOf(app).LastSuccessAt; !last.IsZero() {
			return float64(last.UnixNano()) / 1e9
		}
		return 0
	}))
	registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "mitwirken_replication_lag_seconds",
		Help: "Seconds since the last successful replication (since the start before the first one).",
	}, func() float64 { return replication.StatusOf(app).LagSeconds }))
}

// fileSize is 0 for a missing file: a WAL that was checkpointed away is empty.
func fileSize(path string) float64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return float64(info.Size())
}

// of returns the app's collectors, or nil when metrics are off.
func of(app core.App) *appMetrics {
	m, _ := app.Store().Get(storeKey).(*appMetrics)
	return m
}

// SyncMutation counts one pushed mutation with its result.
func SyncMutation(app core.App, kind, result string) {
	if m := of(app); m != nil {
		m.mutations.WithLabelValues(kind, result).Inc()
	}
}

// SyncPullPage counts one pull page of size bytes.
func SyncPullPage(app core.App, size int) {
	if m := of(app); m != nil {
		m.pullPages.Inc()
		m.pullBytes.Add(float64(size))
	}
}

// SyncRateLimited counts one push refused for the person's quota.
func SyncRateLimited(app core.App) {
	if m := of(app); m != nil {
		m.syncRateLimited.Inc()
	}
}

// validToken compares in constant time, so the token cannot be guessed byte by byte.
func validToken(header, token string) bool {
	want := "Bearer " + token
	return subtle.ConstantTimeCompare([]byte(header), []byte(want)) == 1
}
