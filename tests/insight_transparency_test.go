package tests

import (
	"testing"
)

func TestTransparencyTellsWhatARegionDidWithWhatCameIn(t *testing.T) {
	gelnhausenPage := "/api/insight/transparency?region=" + gelnhausen
	districtPage := "/api/insight/transparency?region=" + mainKinzig
	hanauPage := "/api/insight/transparency?region=" + hanau
	shared := withChange("ideas", ideaPublished, map[string]any{"status": "implemented", "shared_solution": true})
	adoptedByHanau := withRecord("adoptions", "adoptionhanau01", map[string]any{"origin": ideaPublished, "region": hanau,
		"organization": stadtHanau, "by": userIdOf("hanna")})
	runChecksOn(t, newColleaguesApp, []accessCheck{
		{access: access{name: "a municipality: its public ideas, none answered yet", url: gelnhausenPage, status: 200,
			has: []string{`"region":{"id":"gelnhausen00000","name":"Gelnhausen"},"kind":"gemeinde"`,
				`"ideas":1,"answered":0,"implemented":0,"unanswered":1,"medianDaysToResponse":null`}}, before: rebuilt},
		{access: access{name: "a district counts its municipalities' ideas", url: districtPage, status: 200,
			has: []string{`"kind":"landkreis"`, `"ideas":1,"answered":0`}}, before: rebuilt},
		{access: access{name: "five people: the service is among the best rated, with its figures", url: gelnhausenPage, status: 200,
			has: []string{`"bestServices":[{"service":"wohngeld0000000","name":"Wohngeld","region":"gelnhausen00000","regionName":"Gelnhausen","count":5,"mean":3.8}],"worstServices":[]`}},
			before: withRaters(4)},
		{access: access{name: "four people: no service is named, no figure shown", url: gelnhausenPage, status: 200,
			has: []string{`"bestServices":[],"worstServices":[]`}, hasNot: []string{"Wohngeld", `"count":4`}},
			before: withRaters(3)},
		{access: access{name: "a district names the best and the worst rated service of its municipalities", url: districtPage, status: 200,
			has: []string{`"bestServices":[{"service":"wohngeld0000000","name":"Wohngeld","region":"gelnhausen00000","regionName":"Gelnhausen","count":5,"mean":3.8}],` +
				`"worstServices":[{"service":"wohngeld0000000","name":"Wohngeld","region":"hanau0000000000","regionName":"Hanau","count":5,"mean":1.8}]`}},
			before: all(withRaters(4), withHanauRatings(5))},
		{access: access{name: "an implemented and answered idea, shared and adopted by another municipality", url: gelnhausenPage, status: 200,
			has: []string{`"ideas":1,"answered":1,"implemented":1,"unanswered":0,"medianDaysToResponse":0`,
				`"sharedSolutions":[{"idea":"ideapublished01","title":"Wohngeld in Leichter Sprache","region":"gelnhausen00000","regionName":"Gelnhausen","adoptions":1}]`}},
			before: all(withRecord("status_changes", "statuschange003", map[string]any{"idea": ideaPublished, "to": "in_review",
				"response": "Wir prüfen das.", "actor": personId("stefan"), "organization": stadtGelnhausen}), shared, adoptedByHanau, rebuilt)},
		{access: access{name: "the adopting municipality shows the solution it adopted from another", url: hanauPage, status: 200,
			has: []string{`"adoptedFromOthers":[{"idea":"ideapublished01","title":"Wohngeld in Leichter Sprache","region":"gelnhausen00000","regionName":"Gelnhausen"}]`}},
			before: all(shared, adoptedByHanau, rebuilt)},
		{access: access{name: "without a region", url: "/api/insight/transparency", status: 400,
			has: []string{`"region":{"code":"validation_required"`}}},
		{access: access{name: "an unknown region", url: "/api/insight/transparency?region=nosuchregion000", status: 400,
			has: []string{`"region":{"code":"validation_missing_rel_records"`}}},
	})
}
