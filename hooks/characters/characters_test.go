package characters

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestForbidden(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		multiline bool
		want      string // the character refused, "" when the text is allowed
	}{
		{"plain German text is allowed", "Bänke am Bahnhof – für alle", false, ""},
		{"emoji with a zero-width joiner are allowed", "Familie 👩\u200D👧", false, ""},
		{"Arabic without direction controls is allowed in a title", "مقاعد في المحطة", false, ""},
		{"a NUL byte is refused in a title", "Bänke\x00", false, "U+0000"},
		{"a NUL byte is refused in a body", "Bänke\x00", true, "U+0000"},
		{"an escape is refused", "\x1b[31mrot", true, "U+001B"},
		{"DEL is refused", "a\x7fb", true, "U+007F"},
		{"a C1 control is refused", "a\u0085b", true, "U+0085"},
		{"a tab is refused in a title", "a\tb", false, "U+0009"},
		{"a line feed is refused in a title", "a\nb", false, "U+000A"},
		{"tab and line feed are allowed in a body", "a\n\tb\n", true, ""},
		{"a Windows line break is allowed in a body", "a\r\nb", true, ""},
		{"a lone carriage return is refused in a body", "a\rb", true, "U+000D"},
		{"a carriage return at the end is refused in a body", "a\r", true, "U+000D"},
		{"a line separator is refused in a title", "a\u2028b", false, "U+2028"},
		{"a line separator is allowed in a body", "a\u2028b", true, ""},
		{"a right-to-left override is refused in a title", "a\u202Eb", false, "U+202E"},
		{"a left-to-right embedding is refused in a title", "a\u202Ab", false, "U+202A"},
		{"a first-strong isolate is refused in a title", "a\u2068b", false, "U+2068"},
		{"a pop directional isolate is refused in a title", "a\u2069b", false, "U+2069"},
		{"a right-to-left mark is refused in a title", "a\u200Fb", false, "U+200F"},
		{"a left-to-right mark is refused in a title", "a\u200Eb", false, "U+200E"},
		{"an Arabic letter mark is refused in a title", "a\u061Cb", false, "U+061C"},
		{"direction marks are allowed in a body", "a\u200Fمقاعد\u200Eb\u202Ec\u202C", true, ""},
		{"invalid UTF-8 is refused", "a\xffb", true, "U+FFFD"},
		{"the replacement character itself is allowed", "a\uFFFDb", false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			if r, found := Forbidden(c.text, c.multiline); found {
				got = fmt.Sprintf("%U", r)
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// allowedByTheRule is the rule written out a second way, from the ranges the
// rule is about, to check Forbidden against.
func allowedByTheRule(text string, multiline bool) bool {
	if !utf8.ValidString(text) {
		return false
	}
	runes := []rune(text)
	for i, r := range runes {
		lineBreak := r == '\t' || r == '\n' || (r == '\r' && i+1 < len(runes) && runes[i+1] == '\n')
		control := r <= 0x1F || (r >= 0x7F && r <= 0x9F)
		direction := (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
		separator := r == 0x2028 || r == 0x2029
		if multiline && control && !lineBreak {
			return false
		}
		if !multiline && (control || direction || separator) {
			return false
		}
	}
	return true
}

// FuzzForbidden checks the rule on arbitrary text: it agrees with
// the rule written out, it names a character that is in the text, and a
// single line is never more lenient than multi-line text.
func FuzzForbidden(f *testing.F) {
	for _, seed := range []string{"", "Bänke am Bahnhof", "a\x00b", "a\r\nb\rc", "a\u202Eb", "x\u2028y", "\xff\xfe", "\t\n", "a\u0085b\u200F"} {
		f.Add(seed, false)
		f.Add(seed, true)
	}
	f.Fuzz(func(t *testing.T, text string, multiline bool) {
		r, found := Forbidden(text, multiline)
		if want := !allowedByTheRule(text, multiline); found != want {
			t.Fatalf("%q (multi-line %v): got forbidden %v (%U), want %v", text, multiline, found, r, want)
		}
		if !found {
			if _, refusedInBody := Forbidden(text, true); refusedInBody {
				t.Fatalf("%q is allowed in a title but not in a body", text)
			}
			return
		}
		if utf8.ValidString(text) && !strings.ContainsRune(text, r) {
			t.Fatalf("%q: got %U, which is not in the text", text, r)
		}
		if !utf8.ValidString(text) && r != utf8.RuneError {
			t.Fatalf("%q: got %U for invalid UTF-8, want U+FFFD", text, r)
		}
	})
}
