package live

import (
	"strings"
	"sync"
)

// A rule such as the ideas' "(public) || author = @request.auth.id || ..."
// lets everyone see a record as soon as one of its top-level alternatives
// that does not mention @request holds for it: every auth state then gets
// the same answer, and one check serves every subscriber. openParts finds
// those alternatives.

// openPartsCache holds each rule's auth-free alternatives; rules are few and
// change only with a migration or the admin UI.
var openPartsCache sync.Map // rule → string ("" when there are none)

// openParts returns the top-level alternatives of rule that do not depend on
// the request, joined by "||", or "" when there are none or the rule is not
// simple enough to split with certainty (comments, unbalanced quotes or
// parentheses). Filters are SQL underneath, where AND binds tighter than
// OR, so an alternative that holds makes the whole rule hold.
func openParts(rule string) string {
	if cached, ok := openPartsCache.Load(rule); ok {
		return cached.(string)
	}
	var open []string
	if !strings.Contains(rule, "//") {
		for _, part := range splitAlternatives(unwrap(rule)) {
			if part != "" && !strings.Contains(part, "@request") {
				open = append(open, "("+part+")")
			}
		}
	}
	joined := strings.Join(open, " || ")
	openPartsCache.Store(rule, joined)
	return joined
}

// unwrap strips parentheses that enclose the whole of rule.
func unwrap(rule string) string {
	rule = strings.TrimSpace(rule)
	for strings.HasPrefix(rule, "(") && closingParen(rule) == len(rule)-1 {
		rule = strings.TrimSpace(rule[1 : len(rule)-1])
	}
	return rule
}

// closingParen is the index of the parenthesis that closes the one rule
// starts with, or -1.
func closingParen(rule string) int {
	depth := 0
	index := -1
	scanRule(rule, func(i int, c byte) bool {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				index = i
				return false
			}
		}
		return true
	})
	return index
}

// splitAlternatives splits rule at its "||" outside parentheses and quotes;
// nil when the rule is malformed.
func splitAlternatives(rule string) []string {
	var parts []string
	depth, start := 0, 0
	complete := scanRule(rule, func(i int, c byte) bool {
		switch {
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0 && i+1 < len(rule) && rule[i+1] == '|':
			parts = append(parts, strings.TrimSpace(rule[start:i]))
			start = i + 2
		}
		return depth >= 0
	})
	if !complete || depth != 0 {
		return nil
	}
	return append(parts, strings.TrimSpace(rule[start:]))
}

// scanRule calls visit with each byte of rule outside string literals until
// visit returns false, and reports whether it reached the end with every
// literal closed.
func scanRule(rule string, visit func(i int, c byte) bool) bool {
	var quote byte
	for i := 0; i < len(rule); i++ {
		c := rule[i]
		switch {
		case quote != 0 && c == '\\':
			i++ // an escaped character inside a literal
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '|' && i+1 < len(rule) && rule[i+1] == '|':
			if !visit(i, c) {
				return false
			}
			i++ // both bars are one operator
		default:
			if !visit(i, c) {
				return false
			}
		}
	}
	return quote == 0
}
