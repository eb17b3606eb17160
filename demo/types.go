// Package demo holds the demo data set that `mitwirken serve --demo` loads into an empty database.
package demo

// districtSeed is a Landkreis with its municipalities (Gemeinden), keyed by the official AGS.
type districtSeed struct {
	Name           string
	AGS            string // 5-digit Kreisschlüssel, e.g. "06435"
	Municipalities []municipalitySeed
}

// municipalitySeed is a Gemeinde with its 8-digit Amtlicher Gemeindeschlüssel.
type municipalitySeed struct {
	Name string
	AGS  string
}

// serviceSeed is one OZG service (Leistung) of the catalogue.
type serviceSeed struct {
	Key     string // stable slug, e.g. "wohngeld"
	Name    string // the official German name
	NameEn  string // an English name for the English interface
	Topic   string // one of the topic slugs listed in topics.go
	Summary string // one or two plain-language German sentences, max 300 chars
	Link    string // https URL
}

// organizationSeed is a Kommune, Verband, Hochschule or Initiative.
type organizationSeed struct {
	Key       string
	Name      string
	Kind      string   // kommune | verband | hochschule | initiative
	RegionAGS []string // AGS of the regions it acts in (district or municipality)
	Verified  bool
}

// personSeed is a demo account. All demo accounts share the password documented in the README.
type personSeed struct {
	Key         string // e.g. "anna"
	DisplayName string // may be a pseudonym
	Email       string // @demo.mitwirken.de
	HomeAGS     string
	Locale      string // "de" or "en"
	Memberships []membershipSeed
}

// membershipSeed gives a person a role in an organization.
type membershipSeed struct {
	Org  string // organizationSeed.Key
	Role string // member | moderator | staff
}

// ideaSeed is a citizen idea with its history.
type ideaSeed struct {
	Key       string
	Title     string         // 5..140 chars
	Body      string         // 10..2000 chars, plain text
	RegionAGS string         // usually a municipality
	Service   string         // serviceSeed.Key or ""
	Topic     string         // topic slug
	Author    string         // personSeed.Key
	Responses []responseSeed // lifecycle steps after publication, in order
	Voters    []string       // personSeed.Keys, never including duplicates
	Comments  []commentSeed
}

// responseSeed is one lifecycle transition with the public response of staff or a moderator.
type responseSeed struct {
	To   string // in_review | accepted | declined | in_progress | implemented
	By   string // personSeed.Key of a staff member (or moderator) responsible for the idea's region
	Text string // the public response, plain German
}

// commentSeed is a comment on an idea.
type commentSeed struct {
	Author string
	Body   string
}

// feedbackSeed is a rating of a service in a region.
type feedbackSeed struct {
	Service   string // serviceSeed.Key
	RegionAGS string
	Author    string   // personSeed.Key
	Rating    int      // 1..5
	Text      string   // optional
	Barriers  []string // subset of: screenreader, complicated, in_person, mobile, language
}
