package themes

// Measures of a clustering against labelled themes, for the labelled set in
// tests/testdata/themes_labelled.json.

// AdjustedRandIndex compares two assignments of the same items to groups: 1
// when they agree exactly, about 0 for a random assignment (Hubert & Arabie).
func AdjustedRandIndex(got, want []int) float64 {
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	type cell struct{ got, want int }
	cells, gotSizes, wantSizes := map[cell]int{}, map[int]int{}, map[int]int{}
	for i := range got {
		cells[cell{got[i], want[i]}]++
		gotSizes[got[i]]++
		wantSizes[want[i]]++
	}
	var index, gotPairs, wantPairs float64
	for _, n := range cells {
		index += pairs(n)
	}
	for _, n := range gotSizes {
		gotPairs += pairs(n)
	}
	for _, n := range wantSizes {
		wantPairs += pairs(n)
	}
	expected := gotPairs * wantPairs / pairs(len(got))
	maximum := (gotPairs + wantPairs) / 2
	if maximum == expected {
		return 1
	}
	return (index - expected) / (maximum - expected)
}

// Purity is the share of items that belong to the most frequent labelled
// theme of their cluster.
func Purity(got, want []int) float64 {
	counts := map[int]map[int]int{}
	for i := range got {
		if counts[got[i]] == nil {
			counts[got[i]] = map[int]int{}
		}
		counts[got[i]][want[i]]++
	}
	var majority int
	for _, labels := range counts {
		best := 0
		for _, n := range labels {
			best = max(best, n)
		}
		majority += best
	}
	return float64(majority) / float64(max(len(got), 1))
}
