package insight

import (
	"math"
	"strconv"
)

// IntervalMethod names the confidence interval of a rating in the answers:
// the normal approximation, 95 %, on the mean of 1 to 5 stars, with the
// sample standard deviation of the published histogram, cut to 1..5.
const IntervalMethod = "normal-95"

// Rating is a municipality's published rating of a service: the figures of
// its feedback summary and the interval around the mean.
type Rating struct {
	Count        int            `json:"count"`
	Mean         float64        `json:"mean"`
	Low          float64        `json:"low"`
	High         float64        `json:"high"`
	Distribution map[string]int `json:"distribution"`
}

// ratingOf computes the mean and its 95 % interval from a histogram of
// stars (histogram[0] is 1 star). It uses nothing but the published
// histogram, so the interval tells no more than the summary does.
func ratingOf(histogram [5]int) Rating {
	r := Rating{Distribution: map[string]int{}}
	sum := 0
	for i, n := range histogram {
		r.Count += n
		sum += (i + 1) * n
		r.Distribution[strconv.Itoa(i+1)] = n
	}
	if r.Count == 0 {
		return r
	}
	mean := float64(sum) / float64(r.Count)
	half := 0.0
	if r.Count > 1 {
		squares := 0.0
		for i, n := range histogram {
			squares += float64(n) * math.Pow(float64(i+1)-mean, 2)
		}
		half = 1.96 * math.Sqrt(squares/float64(r.Count-1)/float64(r.Count))
	}
	r.Mean, r.Low, r.High = round1(mean), round1(max(1, mean-half)), round1(min(5, mean+half))
	return r
}
