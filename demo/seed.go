package demo

import (
	"fmt"

	"github.com/pocketbase/pocketbase/core"
)

// Password is the password of every demo account, documented in the README.
const Password = "mitwirken-demo"

// AdminEmail is the demo superuser for the admin UI at /_/.
const AdminEmail = "admin@demo.mitwirken.de"

// ContactEmail is the demo platform's address for feedback on barriers.
const ContactEmail = "barrierefreiheit@demo.mitwirken.de"

// LoadIfEmpty loads the demo data set when the database has no regions yet,
// so that restarting with --demo never duplicates or overwrites anything.
func LoadIfEmpty(app core.App) error {
	total, err := app.CountRecords("regions")
	if err != nil {
		return err
	}
	if total > 0 {
		app.Logger().Info("demo data not loaded: the database already has regions")
		return nil
	}
	var loaded Loaded
	err = app.RunInTransaction(func(txApp core.App) error {
		loaded, err = Load(txApp)
		return err
	})
	if err != nil {
		return fmt.Errorf("loading demo data: %w", err)
	}
	app.Logger().Info("demo data loaded", "districts", loaded.Districts, "municipalities", loaded.Municipalities,
		"services", loaded.Services, "organizations", loaded.Organizations, "ideas", loaded.Ideas, "people", loaded.People)
	return nil
}

// Loaded counts the records Load saved, for the start log.
type Loaded struct {
	Districts, Municipalities, Services, Organizations, Ideas, People int
}

// Load saves the whole demo data set through the app, so every hook runs:
// roles are derived, the lifecycle is checked and the counters are kept.
func Load(app core.App) (Loaded, error) {
	s := &seeder{app: app, regions: map[string]string{}, ids: map[string]string{}}
	s.loadRegions()
	s.loadCatalogue()
	s.loadPeople()
	s.loadIdeas()
	s.loadFeedback()
	s.loadHistory()
	if s.err != nil {
		return s.loaded, s.err
	}
	return s.loaded, s.loadAdmin()
}

// seeder saves records in order and keeps the first error.
type seeder struct {
	app     core.App
	err     error
	regions map[string]string // AGS -> region id
	ids     map[string]string // "collection/key" -> record id
	loaded  Loaded
}

func (s *seeder) save(collection, key string, data map[string]any) *core.Record {
	if s.err != nil {
		return nil
	}
	c, err := s.app.FindCachedCollectionByNameOrId(collection)
	if err != nil {
		s.err = err
		return nil
	}
	r := core.NewRecord(c)
	r.Load(data)
	if err := s.app.Save(r); err != nil {
		s.err = fmt.Errorf("%s %q: %w", collection, key, err)
		return nil
	}
	if key != "" {
		s.ids[collection+"/"+key] = r.Id
	}
	return r
}

func (s *seeder) id(collection, key string) string {
	id, ok := s.ids[collection+"/"+key]
	if !ok && s.err == nil {
		s.err = fmt.Errorf("demo data refers to unknown %s %q", collection, key)
	}
	return id
}

func (s *seeder) region(ags string) string {
	id, ok := s.regions[ags]
	if !ok && s.err == nil {
		s.err = fmt.Errorf("demo data refers to unknown AGS %q", ags)
	}
	return id
}

// ortsteileOf is the list of villages of a Gemeinde; an empty list rather than null when it has none.
func ortsteileOf(ags string) []string {
	if villages, ok := ortsteile[ags]; ok {
		return villages
	}
	return []string{}
}

func (s *seeder) loadRegions() {
	for _, d := range districts {
		r := s.save("regions", d.AGS, map[string]any{"name": d.Name, "kind": "landkreis", "ags": d.AGS})
		if r == nil {
			return
		}
		s.regions[d.AGS] = r.Id
		s.loaded.Districts++
		for _, m := range d.Municipalities {
			g := s.save("regions", m.AGS, map[string]any{"name": m.Name, "kind": "gemeinde", "ags": m.AGS, "parent": r.Id,
				"ortsteile": ortsteileOf(m.AGS)})
			if g == nil {
				return
			}
			s.regions[m.AGS] = g.Id
			s.loaded.Municipalities++
		}
	}
}

func (s *seeder) loadCatalogue() {
	all := make([]string, 0, len(districts))
	for _, d := range districts {
		all = append(all, s.region(d.AGS))
	}
	for _, svc := range services {
		if s.save("services", svc.Key, map[string]any{"name": svc.Name, "name_en": svc.NameEn, "topic": svc.Topic, "summary": svc.Summary,
			"link": svc.Link, "regions": all}) != nil {
			s.loaded.Services++
		}
	}
	for _, o := range organizations {
		regions := make([]string, len(o.RegionAGS))
		for i, ags := range o.RegionAGS {
			regions[i] = s.region(ags)
		}
		if s.save("organizations", o.Key, map[string]any{"name": o.Name, "kind": o.Kind, "regions": regions, "verified": o.Verified}) != nil {
			s.loaded.Organizations++
		}
	}
}

func (s *seeder) loadPeople() {
	users, err := s.app.FindCachedCollectionByNameOrId("users")
	if err != nil {
		s.err = err
		return
	}
	for _, p := range people {
		if s.err != nil {
			return
		}
		u := core.NewRecord(users)
		u.SetEmail(p.Email)
		u.SetPassword(Password)
		u.SetVerified(true)
		u.Set("display_name", p.DisplayName)
		u.Set("home_region", s.region(p.HomeAGS))
		u.Set("locale", p.Locale)
		if err := s.app.Save(u); err != nil {
			s.err = fmt.Errorf("user %q: %w", p.Key, err)
			return
		}
		s.ids["users/"+p.Key] = u.Id
		s.loaded.People++
		for _, m := range p.Memberships {
			s.save("memberships", "", map[string]any{"user": u.Id, "organization": s.id("organizations", m.Org), "role": m.Role})
		}
	}
}

// actingOrganization is the organization through which a person responds.
func actingOrganization(person string) string {
	for _, p := range people {
		if p.Key != person {
			continue
		}
		for _, m := range p.Memberships {
			if m.Role == "staff" || m.Role == "moderator" {
				return m.Org
			}
		}
	}
	return ""
}

func (s *seeder) loadIdeas() {
	for _, i := range ideas {
		data := map[string]any{"title": i.Title, "body": i.Body, "region": s.region(i.RegionAGS), "topic": i.Topic,
			"author": s.id("users", i.Author), "status": "published"}
		if i.Service != "" {
			data["service"] = s.id("services", i.Service)
		}
		idea := s.save("ideas", i.Key, data)
		if idea == nil {
			return
		}
		s.loaded.Ideas++
		for _, voter := range i.Voters {
			s.save("votes", "", map[string]any{"idea": idea.Id, "user": s.id("users", voter)})
		}
		for _, c := range i.Comments {
			s.save("comments", "", map[string]any{"idea": idea.Id, "author": s.id("users", c.Author), "body": c.Body})
		}
		// Responses come last: a declined idea takes no more votes.
		for _, r := range i.Responses {
			s.save("status_changes", "", map[string]any{"idea": idea.Id, "to": r.To, "response": r.Text,
				"actor": s.id("users", r.By), "organization": s.id("organizations", actingOrganization(r.By))})
		}
	}
}

func (s *seeder) loadFeedback() {
	for _, f := range feedback {
		s.save("feedback", "", map[string]any{"service": s.id("services", f.Service), "region": s.region(f.RegionAGS),
			"author": s.id("users", f.Author), "rating": f.Rating, "text": f.Text, "barriers": f.Barriers})
	}
}

func (s *seeder) loadAdmin() error {
	superusers, err := s.app.FindCachedCollectionByNameOrId(core.CollectionNameSuperusers)
	if err != nil {
		return err
	}
	admin := core.NewRecord(superusers)
	admin.SetEmail(AdminEmail)
	admin.SetPassword(Password)
	return s.app.Save(admin)
}
