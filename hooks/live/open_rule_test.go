package live

import "testing"

func TestOpenParts(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, rule, want string
	}{
		{"the ideas' rule opens on its public alternative",
			"((status != 'submitted' && hidden = false) || (@request.auth.id != '' && author = @request.auth.id) || " +
				"@request.auth.moderator_regions.id ?= region)",
			"((status != 'submitted' && hidden = false))"},
		{"a rule about the requester alone is never open", "@request.auth.id != ''", ""},
		{"AND binds tighter than OR", "status = 'x' && hidden = false || @request.auth.id = author", "(status = 'x' && hidden = false)"},
		{"an alternative inside a conjunction does not open the rule",
			"(status = 'x' || hidden = false) && @request.auth.id != ''", ""},
		{"bars inside a literal do not split", "title = 'a || b' || @request.auth.id != ''", "(title = 'a || b')"},
		{"an escaped quote does not end a literal", `title = 'it\'s || x' || @request.auth.id != ''`, `(title = 'it\'s || x')`},
		{"@request in a literal counts as depending on the request", "title = '@request' || hidden = false", "(hidden = false)"},
		{"several open alternatives", "(a = 1) || (b = 2)", "((a = 1)) || ((b = 2))"},
		{"a rule with a comment is not split", "a = 1 // why\n || @request.auth.id != ''", ""},
		{"unbalanced parentheses are not split", "(a = 1 || @request.auth.id != ''", ""},
		{"an unclosed literal is not split", "a = 'x || @request.auth.id != ''", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if got := openParts(c.rule); got != c.want {
				t.Errorf("openParts(%q) = %q, want %q", c.rule, got, c.want)
			}
		})
	}
}
