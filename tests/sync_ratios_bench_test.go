package tests

import (
	"fmt"
	"os"
	"slices"
	"testing"
)

// TestSyncRatiosPerformanceReport prints the two ratios of issue 13 for
// push and pull. The bare list of a pull is PocketBase's REST list of the
// same 1,000 ideas, as Anna, with the ideas' list rule and gzip; the list of
// a bare collection is printed too, as the earlier baseline. The machine is shared, so each Mitwirken benchmark runs
// right after its bare baseline, in rounds, and the median of the rounds'
// ratios is reported: a load spike then moves one round, not the figure.
func TestSyncRatiosPerformanceReport(t *testing.T) {
	if os.Getenv("MITWIRKEN_BENCH") == "" {
		t.Skip("set MITWIRKEN_BENCH=1 to measure")
	}
	const rounds = 3
	var pushRatios, floorRatios, pullRatios []float64
	for range rounds {
		bare := testing.Benchmark(BenchmarkBareCreateOverHTTP)
		push := testing.Benchmark(BenchmarkPushBatch50)
		floor := testing.Benchmark(BenchmarkBatch50SavedInProcess)
		pushRatios = append(pushRatios, push.Extra["mutations/s"]/bare.Extra["creates/s"])
		floorRatios = append(floorRatios, floor.Extra["mutations/s"]/bare.Extra["creates/s"])
		fmt.Printf("  round: push %.0f mutations/s, bare creates %.0f/s, the batch's records saved in one transaction in process %.0f/s\n",
			push.Extra["mutations/s"], bare.Extra["creates/s"], floor.Extra["mutations/s"])

		pull := testing.Benchmark(BenchmarkPull1000AgainstList)
		bareList := testing.Benchmark(BenchmarkBareList1000)
		pullRatios = append(pullRatios, pull.Extra["pull/list"])
		fmt.Printf("  round: pull of 1,000 with gzip %.1f ms (%.0f bytes), REST list of the same ideas with gzip %.1f ms (%.0f bytes), alternating; "+
			"list of a bare collection without gzip %.1f ms (%.0f bytes)\n",
			pull.Extra["ms/pull"], pull.Extra["bytes/pull"], pull.Extra["ms/list"], pull.Extra["bytes/list"],
			float64(bareList.NsPerOp())/1e6, bareList.Extra["bytes/list"])
	}
	fmt.Printf("push / bare creates: %.2fx\n", median(pushRatios))
	// The floor of any push with today's model hooks: no HTTP, rule check or journal.
	fmt.Printf("  push floor (the batch's records saved in one transaction, in process, all hooks) / bare creates: %.2fx\n",
		median(floorRatios))
	fmt.Printf("pull / bare list: %.2fx the time\n", median(pullRatios))
}

func median(values []float64) float64 {
	sorted := slices.Sorted(slices.Values(values))
	return sorted[len(sorted)/2]
}
