package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// A year of history: residents of many municipalities rate services and
// write ideas over the last twelve months, on themes that recur across
// municipalities (the phone line for appointments, the Wohngeld form, Kita
// places, ...), so that the comparison of municipalities and the themes
// have something to show. It is generated from a fixed seed, so every load
// writes the same texts, people and ratings; only the dates follow the day
// of loading, so that the last twelve months are always filled.

// historySeed makes the history the same on every load.
const historySeed = 2026_15

// residents is how many demo residents write the history. They share one
// password hash, computed once, so that loading stays fast.
const residents = 160

// historyTheme is a recurring theme: the service it concerns and how
// citizens put it, in feedback and in ideas.
type historyTheme struct {
	service  string
	feedback []string
	ideas    [][2]string // title, body
}

var historyThemes = []historyTheme{
	{"personalausweis", []string{
		"Termin per Telefon nicht zu bekommen, immer besetzt",
		"Telefonisch keinen Termin bekommen, Leitung dauernd besetzt",
		"Hab x-mal angerufen wegen nem Termin, keiner geht ran",
		"Terminvergabe am Telefon klappt nicht",
	}, [][2]string{
		{"Termine fürs Bürgerbüro online buchen", "Am Telefon kommt man nie durch, ein Online-Terminkalender wäre besser."},
		{"Rückrufservice für Termine", "Wenn die Leitung besetzt ist, sollte das Bürgerbüro zurückrufen."},
	}},
	{"wohngeld", []string{
		"Wohngeldantrag viel zu kompliziert, zu viele Seiten",
		"Beim Wohngeld versteht man die Fragen nicht",
		"Wohngeld Antrag seit Monaten ohne Bescheid",
		"Formular fürs Wohngeld unverständlich",
	}, [][2]string{
		{"Wohngeldantrag in einfacher Sprache", "Das Formular fürs Wohngeld sollte verständlich erklärt werden."},
	}},
	{"kita-platz", []string{
		"Kein Kitaplatz, seit einem Jahr auf der Warteliste",
		"Warteliste für die Kita viel zu lang",
		"Kita-Platz Vergabe nicht nachvollziehbar",
	}, [][2]string{
		{"Transparente Vergabe der Kitaplätze", "Die Kriterien für die Kita-Plätze sollten offen liegen."},
	}},
	{"sperrmuell", []string{
		"Sperrmüll nur per Postkarte anmeldbar",
		"Sperrmüll-Termin erst in sechs Wochen",
		"Sperrmüll anmelden übers Telefon nur zu Bürozeiten",
	}, [][2]string{
		{"Sperrmüll online anmelden", "Die Anmeldung für den Sperrmüll sollte übers Internet gehen."},
	}},
	{"kfz-zulassung", []string{
		"Zulassungsstelle: Termin erst in drei Wochen",
		"Auto anmelden dauert ewig, kein Termin frei",
		"Online-Zulassung klappt mit dem alten Ausweis nicht",
	}, [][2]string{
		{"Kfz-Zulassung übers Internet", "Das Auto sollte man komplett online zulassen können."},
	}},
	{"schwerbehindertenausweis", []string{
		"Bearbeitung dauert Monate, kein Zwischenstand",
		"Keine Auskunft zum Stand des Antrags",
		"Antrag liegt seit Monaten, niemand sagt wie der Stand ist",
	}, nil},
}

// busyGroups are the municipality and service pairs that many residents
// rate, so that their figures are public; elsewhere a few rate, below the
// minimum group size (Wohngeld in Gelnhausen among them: the demo shows
// there what a service with too few ratings looks like).
var busyGroups = []struct{ ags, service string }{
	{"06435025", "personalausweis"}, {"06435019", "personalausweis"}, {"06439015", "personalausweis"},
	{"06435017", "wohngeld"}, {"16065067", "wohngeld"}, {"06439008", "kita-platz"},
	{"16065003", "sperrmuell"}, {"06435029", "kfz-zulassung"},
}

var firstNames = []string{"Lea", "Jonas", "Marie", "Paul", "Sophie", "Lukas", "Emma", "Felix", "Mia", "Tim",
	"Hannah", "Ben", "Laura", "Jan", "Lisa", "Max", "Sara", "Tom", "Nina", "Erik", "Greta", "Ole", "Ida", "Karl"}

// loadHistory writes the year of history.
func (s *seeder) loadHistory() {
	if s.err != nil {
		return
	}
	rng := rand.New(rand.NewPCG(historySeed, 1))
	now := time.Now().UTC()
	var municipalities []string
	for _, d := range districts {
		for _, m := range d.Municipalities {
			municipalities = append(municipalities, m.AGS)
		}
	}
	people := s.loadResidents(rng, municipalities)
	at := func() types.DateTime {
		dt, _ := types.ParseDateTime(now.Add(-time.Duration(rng.IntN(360*24)+1) * time.Hour))
		return dt
	}
	next := 0
	resident := func() string { next = (next + 1) % len(people); return people[next] }
	rate := func(ags, service string, theme *historyTheme, raters int) {
		for range raters {
			data := map[string]any{"service": s.id("services", service), "region": s.region(ags),
				"author": resident(), "rating": 1 + rng.IntN(3)}
			if theme != nil && rng.IntN(3) > 0 {
				data["text"] = theme.feedback[rng.IntN(len(theme.feedback))]
			}
			s.saveAt("feedback", data, at())
		}
	}
	for _, g := range busyGroups {
		rate(g.ags, g.service, themeOf(g.service), 6+rng.IntN(4))
	}
	for i := range historyThemes {
		theme := &historyThemes[i]
		for range 8 {
			rate(municipalities[rng.IntN(len(municipalities))], theme.service, theme, 1+rng.IntN(3))
		}
		for _, idea := range theme.ideas {
			for range 2 + rng.IntN(2) {
				s.saveAt("ideas", map[string]any{"title": idea[0], "body": idea[1], "status": "published",
					"region": s.region(municipalities[rng.IntN(len(municipalities))]), "author": resident(),
					"service": s.id("services", theme.service)}, at())
			}
		}
	}
}

func themeOf(service string) *historyTheme {
	for i := range historyThemes {
		if historyThemes[i].service == service {
			return &historyThemes[i]
		}
	}
	return nil
}

// loadResidents saves the residents with one shared password hash and
// returns their ids.
func (s *seeder) loadResidents(rng *rand.Rand, municipalities []string) []string {
	users, err := s.app.FindCachedCollectionByNameOrId("users")
	if err != nil {
		s.err = err
		return nil
	}
	var hash string
	ids := make([]string, 0, residents)
	for i := range residents {
		u := core.NewRecord(users)
		u.SetEmail(fmt.Sprintf("bewohner%03d@demo.mitwirken.de", i+1))
		if hash == "" {
			u.SetPassword(Password)
		} else {
			u.SetRaw("password", &core.PasswordFieldValue{Hash: hash})
		}
		u.SetVerified(true)
		u.Set("display_name", fmt.Sprintf("%s %c.", firstNames[rng.IntN(len(firstNames))], 'A'+rune(rng.IntN(26))))
		u.Set("home_region", s.region(municipalities[rng.IntN(len(municipalities))]))
		u.Set("locale", "de")
		if err := s.app.Save(u); err != nil {
			s.err = fmt.Errorf("resident %d: %w", i+1, err)
			return nil
		}
		if hash == "" {
			hash = u.GetRaw("password").(*core.PasswordFieldValue).Hash
		}
		ids = append(ids, u.Id)
	}
	s.loaded.People += residents
	return ids
}

// saveAt saves a record created at the given time.
func (s *seeder) saveAt(collection string, data map[string]any, created types.DateTime) {
	if s.err != nil {
		return
	}
	c, err := s.app.FindCachedCollectionByNameOrId(collection)
	if err != nil {
		s.err = err
		return
	}
	r := core.NewRecord(c)
	r.Load(data)
	r.SetRaw("created", created)
	if err := s.app.Save(r); err != nil {
		s.err = fmt.Errorf("%s at %s: %w", collection, created, err)
		return
	}
	if collection == "ideas" {
		s.loaded.Ideas++
	}
}
