// Package characters decides which characters the text people type may
// hold. It is a pure rule, without PocketBase, so that it can be fuzzed fast;
// hooks/platform/text_characters.go applies it to every text field of Mitwirken's
// collections.
package characters

import (
	"unicode"
	"unicode/utf8"
)

// Forbidden returns the first character that text must not contain,
// or false when there is none. Multi-line text admits tab, line feed and a
// carriage return before a line feed (a Windows line break), line and
// paragraph separators, and direction marks; a single line admits none of
// them. Invalid UTF-8 is reported as U+FFFD.
func Forbidden(text string, multiline bool) (rune, bool) {
	if !utf8.ValidString(text) {
		return utf8.RuneError, true
	}
	for i, r := range text {
		switch {
		case r == '\t' || r == '\n':
			if !multiline {
				return r, true
			}
		case r == '\r':
			if !multiline || i+1 == len(text) || text[i+1] != '\n' {
				return r, true
			}
		case unicode.IsControl(r): // C0, DEL and C1
			return r, true
		case !multiline && (unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029'):
			return r, true
		}
	}
	return 0, false
}
