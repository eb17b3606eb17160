package insight

import (
	"fmt"
	"math"
	"time"

	"github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Comparison is one service across the municipalities of a district: the
// answer of GET /api/insight/compare. Every feedback figure is k-anonymous:
// a municipality or month with too few people has null figures and
// tooFewRatings, never a number. Anyone gets the same answer.
type Comparison struct {
	Service        Named          `json:"service"`
	Region         Named          `json:"region"`
	MinGroupSize   int            `json:"minGroupSize"`
	Interval       string         `json:"interval"`
	Months         []string       `json:"months"`
	Municipalities []Municipality `json:"municipalities"`
}

// Named is a record's id and name.
type Named struct {
	Id   string `json:"id" db:"id"`
	Name string `json:"name" db:"name"`
}

// Municipality is one row of a comparison.
type Municipality struct {
	Named
	TooFewRatings bool               `json:"tooFewRatings"`
	Rating        *Rating            `json:"rating"`
	BarrierShares map[string]float64 `json:"barrierShares"`
	Months        []Month            `json:"months"`
	IdeasByStatus map[string]int     `json:"ideasByStatus"`
	MedianDays    *float64           `json:"medianDaysToResponse"`
	Solutions     []Solution         `json:"sharedSolutions"`
	LearnFrom     []Solution         `json:"solutionsOfBetter"`
}

// Month is the feedback of one complete month; null figures when it is not published.
type Month struct {
	Month string   `json:"month"`
	Count *int     `json:"count"`
	Mean  *float64 `json:"mean"`
}

// Solution is a shared solution that another municipality may adopt (the
// adoption flow of /solutions, hooks/adoptions.go).
type Solution struct {
	Idea       string `json:"idea" db:"id"`
	Title      string `json:"title" db:"title"`
	Region     string `json:"region" db:"region"`
	RegionName string `json:"regionName" db:"region_name"`
}

// monthsShown is how many complete months the trend covers.
const monthsShown = 12

// lastMonths returns the monthsShown complete months before now, oldest first.
func lastMonths(now time.Time) []string {
	first := time.Date(now.UTC().Year(), now.UTC().Month(), 1, 0, 0, 0, 0, time.UTC)
	months := make([]string, monthsShown)
	for i := range months {
		months[i] = first.AddDate(0, i-monthsShown, 0).Format("2006-01")
	}
	return months
}

// Compare assembles the comparison of service across the municipalities of
// district from the aggregates and the published feedback summaries.
func Compare(app core.App, service, district Named, minGroupSize int, now time.Time) (Comparison, error) {
	c := Comparison{Service: service, Region: district, MinGroupSize: minGroupSize, Interval: IntervalMethod, Months: lastMonths(now)}
	var municipalities []Named
	err := app.DB().NewQuery("SELECT id, name FROM regions WHERE parent = {:district} ORDER BY name, id").
		Bind(dbx.Params{"district": district.Id}).All(&municipalities)
	if err != nil {
		return c, err
	}
	params := dbx.Params{"service": service.Id, "district": district.Id, "first": c.Months[0], "last": c.Months[monthsShown-1]}
	ratings, shares, err := publishedRatings(app, params)
	if err != nil {
		return c, err
	}
	months, err := publishedMonths(app, params)
	if err != nil {
		return c, err
	}
	ideas, err := ideasByStatus(app, params)
	if err != nil {
		return c, err
	}
	medians, err := medianDays(app, params)
	if err != nil {
		return c, err
	}
	solutions, err := sharedSolutions(app, params)
	if err != nil {
		return c, err
	}
	for _, named := range municipalities {
		m := Municipality{Named: named, Rating: ratings[named.Id], BarrierShares: shares[named.Id],
			IdeasByStatus: ideas[named.Id], MedianDays: medians[named.Id], Solutions: solutions[named.Id]}
		m.TooFewRatings = m.Rating == nil
		if m.IdeasByStatus == nil {
			m.IdeasByStatus = map[string]int{}
		}
		if m.Solutions == nil {
			m.Solutions = []Solution{}
		}
		for i := range m.Solutions {
			m.Solutions[i].RegionName = named.Name
		}
		for _, month := range c.Months {
			cell, ok := months[named.Id][month]
			if !ok {
				cell = Month{Month: month}
			}
			m.Months = append(m.Months, cell)
		}
		c.Municipalities = append(c.Municipalities, m)
	}
	for i := range c.Municipalities {
		c.Municipalities[i].LearnFrom = solutionsOfBetter(c.Municipalities, i)
	}
	return c, nil
}

// solutionsOfBetter lists the shared solutions of the municipalities whose
// published rating is higher than that of municipality i (any published
// rating, if i has none).
func solutionsOfBetter(all []Municipality, i int) []Solution {
	out := []Solution{}
	for j, other := range all {
		if j == i || other.Rating == nil || (all[i].Rating != nil && other.Rating.Mean <= all[i].Rating.Mean) {
			continue
		}
		out = append(out, other.Solutions...)
	}
	return out
}

// publishedRatings reads the feedback summaries of the service in the
// district's municipalities: a rating and barrier shares per municipality
// that has a published summary.
func publishedRatings(app core.App, params dbx.Params) (map[string]*Rating, map[string]map[string]float64, error) {
	rows := []dbx.NullStringMap{}
	err := app.DB().NewQuery(`SELECT * FROM feedback_summaries WHERE service = {:service}
		AND region IN (SELECT id FROM regions WHERE parent = {:district})`).Bind(params).All(&rows)
	if err != nil {
		return nil, nil, err
	}
	ratings, shares := map[string]*Rating{}, map[string]map[string]float64{}
	for _, row := range rows {
		var histogram [5]int
		for i := range histogram {
			histogram[i] = intOf(row, fmt.Sprintf("rating_%d", i+1))
		}
		rating := ratingOf(histogram)
		region := row["region"].String
		ratings[region] = &rating
		shares[region] = map[string]float64{}
		for _, barrier := range migrations.Barriers {
			shares[region][barrier] = math.Round(float64(intOf(row, "barrier_"+barrier))/float64(rating.Count)*100) / 100
		}
	}
	return ratings, shares, nil
}

func intOf(row dbx.NullStringMap, column string) int {
	var n int
	fmt.Sscan(row[column].String, &n)
	return n
}
