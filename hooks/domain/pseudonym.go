package domain

import (
	"github.com/pocketbase/pocketbase/tools/security"
)

// NewPseudonym stands in for a deleted person where their deeds must stay
// recognisable as one person's, without saying whose.
func NewPseudonym() string {
	return "gelöscht-" + security.RandomStringWithAlphabet(10, "abcdefghijkmnopqrstuvwxyz23456789")
}
