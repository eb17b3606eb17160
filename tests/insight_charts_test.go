package tests

import (
	"testing"
)

func TestChartsAndTheirCSVShowNoNumberBelowTheThreshold(t *testing.T) {
	csv := "/api/insight/compare.csv?service=" + wohngeld + "&region=" + mainKinzig + "&chart="
	svg := "/api/insight/compare.svg?service=" + wohngeld + "&region=" + mainKinzig + "&chart="
	tooFew := "zu wenige Bewertungen"
	month := lastMonth().Format("2006-01")
	runChecks(t, []accessCheck{
		{access: access{name: "four people: the ratings CSV says too few ratings, no number", url: csv + "ratings", status: 200,
			has: []string{"Gemeinde,1 Stern,2 Sterne,3 Sterne,4 Sterne,5 Sterne\n",
				"Gelnhausen," + tooFew + "," + tooFew + "," + tooFew + "," + tooFew + "," + tooFew + "\n"},
			hasNot: []string{"Gelnhausen,0", "Gelnhausen,1"}},
			before: withRaters(3)},
		{access: access{name: "five people: the ratings CSV holds their histogram", url: csv + "ratings", status: 200,
			has: []string{"Gelnhausen,0,1,1,1,2\n", "Hanau," + tooFew}},
			before: withRaters(4)},
		{access: access{name: "five people last month: the trend CSV holds the month's mean", url: csv + "trend", status: 200,
			has: []string{"Monat,Gelnhausen,Hanau\n", month + ",3.8," + tooFew + "\n"}},
			before: all(withRaters(4), feedbackGivenAt(lastMonth()), rebuilt)},
		{access: access{name: "four people last month: the trend CSV has no number for the month", url: csv + "trend", status: 200,
			has: []string{month + "," + tooFew + "," + tooFew + "\n"}, hasNot: []string{"3.5"}},
			before: all(withRaters(3), feedbackGivenAt(lastMonth()), rebuilt)},
		{access: access{name: "five people: the barriers CSV in English, shares in percent", url: csv + "barriers&lang=en", status: 200,
			has: []string{"Barrier,Gelnhausen,Hanau\n", "screen reader,20,too few ratings\n", "in person only,0,too few ratings\n"}},
			before: withRaters(4)},
		{access: access{name: "four people: the ratings chart draws only the words too few ratings", url: svg + "ratings", status: 200,
			has: []string{"<svg", tooFew}, hasNot: []string{"Gelnhausen", "<path"}},
			before: withRaters(3)},
		{access: access{name: "five people: the ratings chart draws Gelnhausen", url: svg + "ratings", status: 200,
			has: []string{"<svg", "Gelnhausen", "<path"}, hasNot: []string{"Hanau", tooFew}},
			before: withRaters(4)},
		{access: access{name: "four people last month: the trend chart draws no line", url: svg + "trend&lang=en", status: 200,
			has: []string{"too few ratings"}, hasNot: []string{"Gelnhausen"}},
			before: all(withRaters(3), feedbackGivenAt(lastMonth()), rebuilt)},
		{access: access{name: "five people last month: the trend chart draws Gelnhausen's line", url: svg + "trend&lang=en", status: 200,
			has: []string{"Gelnhausen", month}, hasNot: []string{"Hanau"}},
			before: all(withRaters(4), feedbackGivenAt(lastMonth()), rebuilt)},
		{access: access{name: "an unknown chart", url: svg + "pie", status: 400, has: []string{`"chart":{"code":"validation_invalid_value"`}}},
		{access: access{name: "a CSV without a chart", url: "/api/insight/compare.csv?service=" + wohngeld + "&region=" + mainKinzig,
			status: 400, has: []string{`"chart":{"code":"validation_required"`}}},
		{access: access{name: "a chart of a municipality instead of a district", url: "/api/insight/compare.svg?service=" + wohngeld +
			"&region=" + gelnhausen + "&chart=trend", status: 400, has: []string{`"region":{"code":"insight_region_not_district"`}}},
	})
}
