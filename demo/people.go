package demo

// people are the memorable fixture accounts used in docs, tests and demos (fictitious persons).
var people = []personSeed{
	{
		Key:         "anna",
		DisplayName: "Anna Becker",
		Email:       "anna@demo.mitwirken.de",
		HomeAGS:     "06435010", // Gelnhausen
		Locale:      "de",
	},
	{
		Key:         "ben",
		DisplayName: "Ben Hoffmann",
		Email:       "ben@demo.mitwirken.de",
		HomeAGS:     "06439002", // Bad Schwalbach
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "buergerbus-aartal", Role: "member"},
		},
	},
	{
		Key:         "clara",
		DisplayName: "Clara Wendt",
		Email:       "clara@demo.mitwirken.de",
		HomeAGS:     "16065067", // Sondershausen
		Locale:      "de",
	},
	{
		Key:         "dieter",
		DisplayName: "Dieter aus dem Jossgrund",
		Email:       "dieter@demo.mitwirken.de",
		HomeAGS:     "06435016", // Jossgrund
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "vdk-mkk", Role: "member"},
		},
	},
	{
		Key:         "elif",
		DisplayName: "Elif Yılmaz",
		Email:       "elif@demo.mitwirken.de",
		HomeAGS:     "06435019", // Maintal
		Locale:      "de",
	},
	{
		Key:         "frieda",
		DisplayName: "Frieda K.",
		Email:       "frieda@demo.mitwirken.de",
		HomeAGS:     "16065003", // Bad Frankenhausen/Kyffhäuser
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "seniorenbeirat-sdh", Role: "member"},
		},
	},
	{
		Key:         "goran",
		DisplayName: "Goran Petrović",
		Email:       "goran@demo.mitwirken.de",
		HomeAGS:     "06439015", // Taunusstein
		Locale:      "en",
		Memberships: []membershipSeed{
			{Org: "bsbh-bezirk", Role: "member"},
		},
	},
	{
		Key:         "hanna",
		DisplayName: "Wiesenfreundin",
		Email:       "hanna@demo.mitwirken.de",
		HomeAGS:     "06435025", // Schlüchtern
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "bsbh-bezirk", Role: "member"},
		},
	},
	{
		Key:         "jana",
		DisplayName: "Unstrutkind",
		Email:       "jana@demo.mitwirken.de",
		HomeAGS:     "16065087", // Roßleben-Wiehe
		Locale:      "de",
	},
	{
		Key:         "karl",
		DisplayName: "Karl Fischer",
		Email:       "karl@demo.mitwirken.de",
		HomeAGS:     "16065067", // Sondershausen
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "seniorenbeirat-sdh", Role: "moderator"},
		},
	},
	{
		Key:         "lena",
		DisplayName: "Lena M.",
		Email:       "lena@demo.mitwirken.de",
		HomeAGS:     "06439003", // Eltville am Rhein
		Locale:      "en",
	},
	{
		Key:         "mehmet",
		DisplayName: "Mehmet Aydın",
		Email:       "mehmet@demo.mitwirken.de",
		HomeAGS:     "06435006", // Bruchköbel
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "vdk-mkk", Role: "moderator"},
		},
	},
	{
		Key:         "olga",
		DisplayName: "Olga Schneider",
		Email:       "olga@demo.mitwirken.de",
		HomeAGS:     "16065086", // Artern
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "awo-kyf", Role: "moderator"},
		},
	},
	{
		Key:         "rita",
		DisplayName: "Rita Lorenz",
		Email:       "rita@demo.mitwirken.de",
		HomeAGS:     "06439008", // Idstein
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "kreis-rtk", Role: "staff"},
		},
	},
	{
		Key:         "sabine",
		DisplayName: "Sabine Roth",
		Email:       "sabine@demo.mitwirken.de",
		HomeAGS:     "06435012", // Gründau
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "kreis-mkk", Role: "staff"},
		},
	},
	{
		Key:         "stefan",
		DisplayName: "Stefan Brandt (Stadt Gelnhausen)",
		Email:       "stefan@demo.mitwirken.de",
		HomeAGS:     "06435010", // Gelnhausen
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "stadt-gelnhausen", Role: "staff"},
		},
	},
	{
		Key:         "thomas",
		DisplayName: "Thomas Krüger",
		Email:       "thomas@demo.mitwirken.de",
		HomeAGS:     "16065067", // Sondershausen
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "kreis-kyf", Role: "staff"},
		},
	},
	{
		Key:         "uwe",
		DisplayName: "Uwe Hartmann",
		Email:       "uwe@demo.mitwirken.de",
		HomeAGS:     "06435029", // Wächtersbach
		Locale:      "de",
		Memberships: []membershipSeed{
			{Org: "vdk-mkk", Role: "member"},
		},
	},
}
