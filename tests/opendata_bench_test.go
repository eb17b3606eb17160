package tests

import (
	"net/http"
	"testing"
)

// opendataFiles are the catalogue and the distributions the benchmarks download.
var opendataFiles = []string{"catalog", "feedback.csv", "feedback.json", "ideas.csv", "ideas.json", "responses.csv"}

// BenchmarkOpendataDistributions downloads each open data file at the scale
// of the insight benchmarks (100,000 ideas, 1,000,000 feedback entries over
// 13 months), uncompressed, as a harvester without gzip would.
func BenchmarkOpendataDistributions(b *testing.B) {
	_, mux, _ := insightBenchApp(b)
	for _, file := range opendataFiles {
		b.Run(file, func(b *testing.B) {
			size := 0
			for b.Loop() {
				size = len(serveOK(b, mux, http.MethodGet, "/api/opendata/"+file, "", ""))
			}
			b.ReportMetric(float64(size), "bytes")
		})
	}
}
