package tests

import (
	"github.com/pocketbase/pocketbase/core"
)

// Fixture ids are fixed and readable, so that scenarios can name them.
const (
	mainKinzig    = "mainkinzig00000"
	gelnhausen    = "gelnhausen00000"
	hanau         = "hanau0000000000"
	kyffhaeuser   = "kyffhaeuser0000"
	sondershausen = "sondershausen00"

	wohngeld = "wohngeld0000000"

	vdkMainKinzig   = "vdkmainkinzig00" // verified Verband for the whole Main-Kinzig-Kreis
	awoKyffhaeuser  = "awokyffhaeuser0" // verified Verband for the Kyffhäuserkreis
	stadtGelnhausen = "stadtgelnhausen" // verified kommune
	unverifiedInit  = "initiativeunver" // unverified initiative in Main-Kinzig

	ideaPublished = "ideapublished01" // by Anna, Gelnhausen
	ideaSubmitted = "ideasubmitted01" // by Anna, awaiting pre-moderation
	ideaHidden    = "ideahidden00001" // by Anna, hidden by a moderator
	ideaKyff      = "ideakyff0000001" // by Ben, Sondershausen

	voteBen        = "voteben00000001" // Ben's vote on ideaPublished
	commentBen     = "commentben00001" // visible, on ideaPublished
	commentHidden  = "commenthidden01" // Ben's hidden comment on ideaPublished
	feedbackAnna   = "feedbackanna001"
	endorsementVdK = "endorsevdk00001"
	reportAnna     = "reportanna00001" // Anna reports commentBen
	statusChange1  = "statuschange001" // submitted -> published of ideaPublished
	logGelnhausen  = "loggelnhausen01"
	logKyff        = "logkyff00000001"
)

// The people of the fixtures.
//
//	anna    citizen in Gelnhausen, author of most ideas
//	ben     citizen in Sondershausen
//	mehmet  moderator of the VdK Main-Kinzig (acts in all of Main-Kinzig)
//	olga    moderator of the AWO Kyffhäuser (another region)
//	stefan  staff of the Stadt Gelnhausen
//	uwe     plain member of the VdK Main-Kinzig
//	ingo    "moderator" of an unverified initiative, so without powers
//	admin   superuser
var people = []struct {
	key, id, home string
	org, role     string
}{
	{"anna", "anna00000000000", gelnhausen, "", ""},
	{"ben", "ben000000000000", sondershausen, "", ""},
	{"mehmet", "mehmet000000000", hanau, vdkMainKinzig, "moderator"},
	{"olga", "olga00000000000", sondershausen, awoKyffhaeuser, "moderator"},
	{"stefan", "stefan000000000", gelnhausen, stadtGelnhausen, "staff"},
	{"uwe", "uwe000000000000", gelnhausen, vdkMainKinzig, "member"},
	{"ingo", "ingo00000000000", gelnhausen, unverifiedInit, "moderator"},
}

// personId returns the user id of a fixture person.
func personId(key string) string {
	for _, p := range people {
		if p.key == key {
			return p.id
		}
	}
	panic("no fixture person " + key)
}

// buildFixtures saves the fixtures directly, bypassing API rules but not hooks.
func buildFixtures(app core.App) error {
	b := &builder{app: app}
	b.add("regions", mainKinzig, map[string]any{"name": "Main-Kinzig-Kreis", "kind": "landkreis", "ags": "06435"})
	b.add("regions", gelnhausen, map[string]any{"name": "Gelnhausen", "kind": "gemeinde", "ags": "06435011", "parent": mainKinzig})
	b.add("regions", hanau, map[string]any{"name": "Hanau", "kind": "gemeinde", "ags": "06435014", "parent": mainKinzig})
	b.add("regions", kyffhaeuser, map[string]any{"name": "Kyffhäuserkreis", "kind": "landkreis", "ags": "16065"})
	b.add("regions", sondershausen, map[string]any{"name": "Sondershausen", "kind": "gemeinde", "ags": "16065067", "parent": kyffhaeuser})
	b.add("services", wohngeld, map[string]any{"name": "Wohngeld", "topic": "soziales",
		"link": "https://verwaltung.bund.de/wohngeld", "regions": []string{mainKinzig, kyffhaeuser}})
	b.add("organizations", vdkMainKinzig, map[string]any{"name": "VdK Kreisverband Main-Kinzig", "kind": "verband", "verified": true, "regions": []string{mainKinzig}})
	b.add("organizations", awoKyffhaeuser, map[string]any{"name": "AWO Kyffhäuser", "kind": "verband", "verified": true, "regions": []string{kyffhaeuser}})
	b.add("organizations", stadtGelnhausen, map[string]any{"name": "Stadt Gelnhausen", "kind": "kommune", "verified": true, "regions": []string{gelnhausen}})
	b.add("organizations", unverifiedInit, map[string]any{"name": "Initiative Dorfplatz", "kind": "initiative", "verified": false, "regions": []string{mainKinzig}})
	for _, p := range people {
		b.addUser(p.key, p.id, p.home)
		if p.org != "" {
			b.add("memberships", "", map[string]any{"user": p.id, "organization": p.org, "role": p.role})
		}
	}

	anna, ben := personId("anna"), personId("ben")
	b.add("ideas", ideaPublished, map[string]any{"title": "Wohngeld in Leichter Sprache", "body": "Der Antrag ist schwer zu verstehen.",
		"region": gelnhausen, "service": wohngeld, "author": anna, "status": "submitted"})
	b.add("status_changes", statusChange1, map[string]any{"idea": ideaPublished, "to": "published",
		"actor": personId("mehmet"), "organization": vdkMainKinzig})
	b.add("ideas", ideaSubmitted, map[string]any{"title": "Bürgerbus digital buchen", "body": "Bitte eine Buchung per App.",
		"region": gelnhausen, "author": anna, "status": "submitted"})
	b.add("ideas", ideaHidden, map[string]any{"title": "Versteckte Idee", "body": "Dieser Text wurde ausgeblendet.",
		"region": gelnhausen, "author": anna, "status": "published", "hidden": true})
	b.add("ideas", ideaKyff, map[string]any{"title": "WLAN im Dorfgemeinschaftshaus", "body": "Offenes WLAN für alle.",
		"region": sondershausen, "author": ben, "status": "published"})
	b.add("votes", voteBen, map[string]any{"user": ben, "idea": ideaPublished})
	b.add("comments", commentBen, map[string]any{"idea": ideaPublished, "author": ben, "body": "Gute Idee!"})
	b.add("comments", commentHidden, map[string]any{"idea": ideaPublished, "author": ben, "body": "Unpassend.", "state": "hidden"})
	b.add("feedback", feedbackAnna, map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 2,
		"barriers": []string{"complicated"}, "author": anna})
	b.add("endorsements", endorsementVdK, map[string]any{"idea": ideaPublished, "organization": vdkMainKinzig, "by": personId("mehmet")})
	b.add("reports", reportAnna, map[string]any{"reporter": anna, "comment": commentBen, "reason": "off_topic"})
	b.add("moderation_log", logGelnhausen, map[string]any{"actor": personId("mehmet"), "organization": vdkMainKinzig,
		"action": "hide", "target_collection": "ideas", "target_id": ideaHidden, "region": gelnhausen})
	b.add("moderation_log", logKyff, map[string]any{"actor": personId("olga"), "organization": awoKyffhaeuser,
		"action": "hide", "target_collection": "comments", "target_id": "x00000000000000", "region": sondershausen})
	if b.err != nil {
		return b.err
	}

	superuser, err := app.FindCollectionByNameOrId(core.CollectionNameSuperusers)
	if err != nil {
		return err
	}
	admin := core.NewRecord(superuser)
	admin.SetEmail("admin@test.mitwirken.de")
	admin.SetPassword("admin-password-123")
	if err := app.Save(admin); err != nil {
		return err
	}
	return b.mintTokens(admin)
}

// builder saves records one after another and keeps the first error.
type builder struct {
	app core.App
	err error
}

func (b *builder) add(collection, id string, data map[string]any) *core.Record {
	if b.err != nil {
		return nil
	}
	c, err := b.app.FindCollectionByNameOrId(collection)
	if err != nil {
		b.err = err
		return nil
	}
	r := core.NewRecord(c)
	if id != "" {
		r.Id = id
	}
	r.Load(data)
	if err := b.app.Save(r); err != nil {
		b.err = err
	}
	return r
}

func (b *builder) addUser(key, id, home string) {
	c, err := b.app.FindCollectionByNameOrId("users")
	if err != nil {
		b.err = err
		return
	}
	u := core.NewRecord(c)
	u.Id = id
	u.SetEmail(key + "@test.mitwirken.de")
	u.SetPassword("password-" + key)
	u.SetVerified(true)
	u.Set("display_name", key)
	u.Set("home_region", home)
	if err := b.app.Save(u); err != nil && b.err == nil {
		b.err = err
	}
}

// mintTokens issues an auth token per person and colleague; the copies of the
// fixture directory share the signing keys, so the tokens are valid in every
// test app. Colleagues are saved only by the tests that need them
// (addColleagues), with fixed token keys, so their tokens are signed here.
func (b *builder) mintTokens(admin *core.Record) error {
	for _, p := range people {
		u, err := b.app.FindRecordById("users", p.id)
		if err != nil {
			return err
		}
		if authTokens[p.key], err = u.NewAuthToken(); err != nil {
			return err
		}
	}
	users, err := b.app.FindCollectionByNameOrId("users")
	if err != nil {
		return err
	}
	for _, c := range colleagues {
		u := core.NewRecord(users)
		u.Id = c.id
		u.SetTokenKey(colleagueTokenKey(c.key))
		if authTokens[c.key], err = u.NewAuthToken(); err != nil {
			return err
		}
	}
	authTokens["admin"], err = admin.NewAuthToken()
	return err
}
