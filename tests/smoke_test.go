package tests

import (
	"testing"
)

func TestFixturesDeriveRoles(t *testing.T) {
	app := newTestApp(t)
	for _, c := range []struct {
		person, field string
		want          []string
	}{
		{"mehmet", "moderator_regions", []string{gelnhausen, hanau, mainKinzig}},
		{"olga", "moderator_regions", []string{kyffhaeuser, sondershausen}},
		{"stefan", "staff_regions", []string{gelnhausen}},
		{"stefan", "moderator_regions", []string{}},
		{"ingo", "moderator_regions", []string{}},
		{"uwe", "moderator_regions", []string{}},
	} {
		u, err := app.FindRecordById("users", personId(c.person))
		if err != nil {
			t.Fatal(err)
		}
		got := u.GetStringSlice(c.field)
		if len(got) != len(c.want) {
			t.Errorf("%s %s: got %v, want %v", c.person, c.field, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s %s: got %v, want %v", c.person, c.field, got, c.want)
			}
		}
	}
}
