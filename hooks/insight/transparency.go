package insight

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Transparency is what a municipality or district did with what its people
// brought in: the answer of GET /api/insight/transparency. A district
// includes its municipalities. Service ratings come from the published,
// k-anonymous feedback summaries only.
type Transparency struct {
	Region            Named           `json:"region"`
	Kind              string          `json:"kind"`
	MinGroupSize      int             `json:"minGroupSize"`
	Ideas             int             `json:"ideas"`
	Answered          int             `json:"answered"`
	Implemented       int             `json:"implemented"`
	Unanswered        int             `json:"unanswered"`
	MedianDays        *float64        `json:"medianDaysToResponse"`
	BestServices      []ServiceRating `json:"bestServices"`
	WorstServices     []ServiceRating `json:"worstServices"`
	SharedSolutions   []Shared        `json:"sharedSolutions"`
	AdoptedFromOthers []Solution      `json:"adoptedFromOthers"`
}

// ServiceRating is the published rating of a service in one region.
type ServiceRating struct {
	Service    string  `json:"service" db:"service"`
	Name       string  `json:"name" db:"name"`
	Region     string  `json:"region" db:"region"`
	RegionName string  `json:"regionName" db:"region_name"`
	Count      int     `json:"count" db:"count"`
	Mean       float64 `json:"mean" db:"mean"`
}

// Shared is a solution the region shared, with how many regions adopted it.
type Shared struct {
	Solution
	Adoptions int `json:"adoptions" db:"adoptions"`
}

// servicesListed is how many services the best and the worst list name.
const servicesListed = 3

// scopeSQL selects the region and, for a district, its municipalities.
const scopeSQL = "(SELECT id FROM regions WHERE id = {:region} OR parent = {:region})"

// TransparencyOf assembles the transparency page of region.
func TransparencyOf(app core.App, region *core.Record, minGroupSize int) (Transparency, error) {
	t := Transparency{Region: Named{region.Id, region.GetString("name")}, Kind: region.GetString("kind"), MinGroupSize: minGroupSize,
		BestServices: []ServiceRating{}, WorstServices: []ServiceRating{}, SharedSolutions: []Shared{}, AdoptedFromOthers: []Solution{}}
	params := dbx.Params{"region": region.Id}
	err := app.DB().NewQuery(`SELECT COALESCE(SUM(count), 0), COALESCE(SUM(CASE WHEN status = 'implemented' THEN count END), 0)
		FROM insight_idea_months WHERE region IN `+scopeSQL).Bind(params).Row(&t.Ideas, &t.Implemented)
	if err != nil {
		return t, err
	}
	var responses []struct {
		Answered   int     `db:"answered"`
		Unanswered int     `db:"unanswered"`
		Median     float64 `db:"median_days"`
	}
	if err := app.DB().NewQuery("SELECT answered, unanswered, median_days FROM insight_responses WHERE region = {:region}").
		Bind(params).All(&responses); err != nil {
		return t, err
	}
	for _, r := range responses {
		t.Answered, t.Unanswered = r.Answered, r.Unanswered
		if r.Answered > 0 {
			t.MedianDays = &r.Median
		}
	}
	var rated []ServiceRating
	err = app.DB().NewQuery(`SELECT f.service, s.name, f.region, r.name AS region_name, f.count, f.mean
		FROM feedback_summaries f JOIN services s ON s.id = f.service JOIN regions r ON r.id = f.region
		WHERE f.region IN ` + scopeSQL + ` ORDER BY f.mean DESC, f.count DESC, s.name`).Bind(params).All(&rated)
	if err != nil {
		return t, err
	}
	best := min(servicesListed, (len(rated)+1)/2) // a service is either best or worst
	t.BestServices = append(t.BestServices, rated[:best]...)
	for i := len(rated) - 1; i >= best && len(t.WorstServices) < servicesListed; i-- {
		t.WorstServices = append(t.WorstServices, rated[i])
	}
	err = app.DB().NewQuery(`SELECT i.id, i.title, i.region, r.name AS region_name,
			(SELECT COUNT(*) FROM adoptions a WHERE a.origin = i.id) AS adoptions
		FROM ideas i INDEXED BY idx_ideas_shared_solution JOIN regions r ON r.id = i.region
		WHERE i.shared_solution = TRUE AND i.region IN ` + scopeSQL + ` AND ` + domain.PublicIdeaSQL("i.") + `
		ORDER BY adoptions DESC, i.title`).Bind(params).All(&t.SharedSolutions)
	if err != nil {
		return t, err
	}
	// The solution adopted, linked to its origin in the other region.
	return t, app.DB().NewQuery(`SELECT o.id, o.title, o.region, r.name AS region_name
		FROM ideas i JOIN ideas o ON o.id = i.adopted_from JOIN regions r ON r.id = o.region
		WHERE i.adopted_from != '' AND i.region IN ` + scopeSQL + ` AND ` + domain.PublicIdeaSQL("i.") + `
		ORDER BY o.title`).Bind(params).All(&t.AdoptedFromOthers)
}
