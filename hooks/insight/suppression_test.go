package insight

import (
	"slices"
	"testing"
)

func TestPublishable(t *testing.T) {
	const k, now = 5, "2026-11"
	for _, c := range []struct {
		name  string
		cells []monthCell
		want  []bool
	}{
		{"five people in a complete month are shown", []monthCell{{"2026-10", 5}}, []bool{true}},
		{"four are not", []monthCell{{"2026-10", 4}}, []bool{false}},
		{"the running month never is", []monthCell{{"2026-10", 6}, {"2026-11", 0}, {"2026-11", 9}}, []bool{true, false, false}},
		{"one person held back makes the smallest shown month held back too",
			[]monthCell{{"2026-08", 7}, {"2026-09", 5}, {"2026-10", 1}}, []bool{true, false, false}},
		{"a rest of five people needs nothing more held back",
			[]monthCell{{"2026-08", 7}, {"2026-09", 3}, {"2026-10", 2}}, []bool{true, false, false}},
		{"held back as far as needed: all of it", []monthCell{{"2026-09", 5}, {"2026-10", 2}, {"2026-11", 1}}, []bool{false, false, false}},
		{"no rest, nothing held back", []monthCell{{"2026-09", 5}, {"2026-10", 6}}, []bool{true, true}},
	} {
		if got := publishable(c.cells, now, k); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestRatingInterval(t *testing.T) {
	for _, c := range []struct {
		name      string
		histogram [5]int
		want      Rating
	}{
		{"2, 3, 4, 5, 5 stars: 3.8 from 2.7 to 4.9", [5]int{0, 1, 1, 1, 2}, Rating{Count: 5, Mean: 3.8, Low: 2.7, High: 4.9}},
		{"all the same: no spread", [5]int{0, 0, 0, 6, 0}, Rating{Count: 6, Mean: 4, Low: 4, High: 4}},
		{"cut at 5 stars", [5]int{0, 0, 0, 1, 40}, Rating{Count: 41, Mean: 5, Low: 4.9, High: 5}},
	} {
		got := ratingOf(c.histogram)
		if got.Count != c.want.Count || got.Mean != c.want.Mean || got.Low != c.want.Low || got.High != c.want.High {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}
