package themes

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// Theme is one recurring theme of a district, as the route answers it.
// Every count of fewer than MinGroupSize different people is nil.
type Theme struct {
	Label          string         `json:"label"`
	Terms          []string       `json:"terms"`
	People         int            `json:"people"`
	Ideas          *int           `json:"ideas"`
	Feedback       *int           `json:"feedback"`
	Municipalities []Municipality `json:"municipalities"`
	Months         []Month        `json:"months"`
	Trend          string         `json:"trend"`
	Examples       []Example      `json:"examples"`
}

// Municipality is one municipality that a theme came up in.
type Municipality struct {
	Id      string `json:"id"`
	Name    string `json:"name"`
	Entries *int   `json:"entries"`
}

// Month is the number of entries of a theme in one month ("2026-03").
type Month struct {
	Month   string `json:"month"`
	Entries *int   `json:"entries"`
}

// Example is a public idea of a theme.
type Example struct {
	Id    string `json:"id"`
	Title string `json:"title"`
}

// maxExamples is how many public ideas a theme shows.
const maxExamples = 3

// labelTerms is how many terms label a theme.
const labelTerms = 3

// group is the entries of one cluster, with the people behind them.
type group []entry

func (g group) people() map[string]bool {
	people := map[string]bool{}
	for _, e := range g {
		people[e.person] = true
	}
	return people
}

// themeOf summarizes a cluster; ok is false when fewer than k people wrote in it.
func themeOf(g group, k int, idf map[string]float64, names map[string]string, terms func(string) []string, now time.Time) (Theme, bool) {
	people := len(g.people())
	if people < k {
		return Theme{}, false
	}
	label, top := labelOf(g, idf, terms)
	t := Theme{Label: label, Terms: top, People: people, Trend: trendOf(g, now)}
	var ideas, feedback group
	byMunicipality, byMonth := map[string]group{}, map[string]group{}
	for _, e := range g {
		if e.title != "" {
			ideas = append(ideas, e)
		} else {
			feedback = append(feedback, e)
		}
		byMunicipality[e.municipality] = append(byMunicipality[e.municipality], e)
		byMonth[e.month] = append(byMonth[e.month], e)
	}
	t.Ideas, t.Feedback = countOf(ideas, k), countOf(feedback, k)
	for id, entries := range byMunicipality {
		t.Municipalities = append(t.Municipalities, Municipality{Id: id, Name: names[id], Entries: countOf(entries, k)})
	}
	slices.SortFunc(t.Municipalities, func(a, b Municipality) int {
		return cmp.Or(cmp.Compare(len(byMunicipality[b.Id]), len(byMunicipality[a.Id])), cmp.Compare(a.Name, b.Name))
	})
	firstOfMonth := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	for m := 11; m >= 0; m-- {
		month := firstOfMonth.AddDate(0, -m, 0).Format("2006-01")
		t.Months = append(t.Months, Month{Month: month, Entries: countOf(byMonth[month], k)})
	}
	t.Examples = []Example{} // an empty list, not null, for the PWA
	slices.SortFunc(ideas, func(a, b entry) int { return cmp.Compare(b.month, a.month) })
	for _, idea := range ideas {
		// Two ideas of the same title would read as one shown twice.
		if len(t.Examples) < maxExamples && !slices.ContainsFunc(t.Examples, func(x Example) bool { return x.Title == idea.title }) {
			t.Examples = append(t.Examples, Example{Id: idea.id, Title: idea.title})
		}
	}
	return t, true
}

// countOf is the number of entries, or nil when fewer than k people wrote them.
func countOf(entries group, k int) *int {
	if len(entries.people()) < k {
		return nil
	}
	n := len(entries)
	return &n
}

// trendOf compares the entries of the last three months with the three
// before: "rising" at half as many again, "falling" at two thirds or less.
func trendOf(g group, now time.Time) string {
	firstOfMonth := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	recentFrom := firstOfMonth.AddDate(0, -2, 0).Format("2006-01")
	earlierFrom := firstOfMonth.AddDate(0, -5, 0).Format("2006-01")
	var recent, earlier float64
	for _, e := range g {
		switch {
		case e.month >= recentFrom:
			recent++
		case e.month >= earlierFrom:
			earlier++
		}
	}
	switch {
	case recent >= 1.5*earlier && recent > earlier:
		return "rising"
	case recent <= earlier*2/3:
		return "falling"
	}
	return "steady"
}

// labelOf returns the label of a theme and its characteristic terms: the
// terms that at least two people used and that are not generic, scored by how many of the theme's
// entries have them times their rarity in the district. Each term is shown
// as the word most often written for it.
func labelOf(g group, idf map[string]float64, terms func(string) []string) (string, []string) {
	usedBy := map[string]map[string]bool{}
	for _, e := range g {
		for _, term := range distinct(e.terms) {
			if usedBy[term] == nil {
				usedBy[term] = map[string]bool{}
			}
			usedBy[term][e.person] = true
		}
	}
	var candidates []string
	for term, people := range usedBy {
		if len(people) >= 2 && idf[term] > 0 {
			candidates = append(candidates, term)
		}
	}
	score := func(term string) float64 { return float64(len(usedBy[term])) * idf[term] }
	slices.SortFunc(candidates, func(a, b string) int { return cmp.Or(cmp.Compare(score(b), score(a)), cmp.Compare(a, b)) })
	top := candidates[:min(len(candidates), labelTerms)]
	var words []string
	for _, term := range top {
		// Two terms of one compound ("Postkarte") are shown once.
		if word := mostWrittenWord(g, term, terms); !slices.Contains(words, word) {
			words = append(words, word)
		}
	}
	return joinLabel(words), top
}

// mostWrittenWord is the word of the entries whose analysis gives term most often.
func mostWrittenWord(g group, term string, terms func(string) []string) string {
	counts := map[string]int{}
	for _, e := range g {
		for _, word := range wordsOf(e.text) {
			if slices.Contains(terms(word), term) {
				counts[word]++
			}
		}
	}
	best := term
	for word, n := range counts {
		if n > counts[best] || n == counts[best] && word < best {
			best = word
		}
	}
	return best
}

func joinLabel(words []string) string {
	label := ""
	for i, word := range words {
		if i > 0 {
			label += " · "
		}
		label += word
	}
	return label
}

// inverseFrequencies is the idf of each term over a district's entries; the
// vocabulary's generic words have none, so they never label a theme.
func inverseFrequencies(entries []entry, vocabulary *Vocabulary) map[string]float64 {
	containing := map[string]float64{}
	for _, e := range entries {
		for _, term := range distinct(e.terms) {
			if !vocabulary.generic[term] {
				containing[term]++
			}
		}
	}
	idf := make(map[string]float64, len(containing))
	for term, n := range containing {
		idf[term] = math.Log(float64(len(entries)+1) / n)
	}
	return idf
}
