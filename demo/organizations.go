package demo

// organizations are realistic but fictitious demo accounts of administrations, associations and local initiatives.
var organizations = []organizationSeed{
	{
		Key:       "kreis-mkk",
		Name:      "Kreisverwaltung Main-Kinzig-Kreis",
		Kind:      "kommune",
		RegionAGS: []string{"06435"},
		Verified:  true,
	},
	{
		Key:       "stadt-gelnhausen",
		Name:      "Stadt Gelnhausen",
		Kind:      "kommune",
		RegionAGS: []string{"06435010"},
		Verified:  true,
	},
	{
		Key:       "kreis-rtk",
		Name:      "Kreisverwaltung Rheingau-Taunus-Kreis",
		Kind:      "kommune",
		RegionAGS: []string{"06439"},
		Verified:  true,
	},
	{
		Key:       "kreis-kyf",
		Name:      "Landratsamt Kyffhäuserkreis",
		Kind:      "kommune",
		RegionAGS: []string{"16065"},
		Verified:  true,
	},
	{
		Key:       "stadt-sondershausen",
		Name:      "Stadt Sondershausen",
		Kind:      "kommune",
		RegionAGS: []string{"16065067"},
		Verified:  true,
	},
	{
		Key:       "vdk-mkk",
		Name:      "Sozialverband VdK – Kreisverband Main-Kinzig",
		Kind:      "verband",
		RegionAGS: []string{"06435"},
		Verified:  true,
	},
	{
		Key:       "bsbh-bezirk",
		Name:      "Blinden- und Sehbehindertenbund in Hessen – Bezirksgruppe Main-Kinzig/Rheingau-Taunus",
		Kind:      "verband",
		RegionAGS: []string{"06435", "06439"},
		Verified:  true,
	},
	{
		Key:       "awo-kyf",
		Name:      "AWO Kreisverband Kyffhäuser",
		Kind:      "verband",
		RegionAGS: []string{"16065"},
		Verified:  true,
	},
	{
		Key:       "seniorenbeirat-sdh",
		Name:      "Seniorenbeirat der Stadt Sondershausen",
		Kind:      "initiative",
		RegionAGS: []string{"16065067"},
		Verified:  true,
	},
	{
		Key:       "buergerbus-aartal",
		Name:      "Bürgerbus-Initiative Aartal",
		Kind:      "initiative",
		RegionAGS: []string{"06439001", "06439006"},
		Verified:  false,
	},
}
