package textsim

// Compound splitting on the lexicon's own vocabulary. German glues nouns
// together ("Friedhofsgebühren", "Kitaplatz") where a citizen may as well
// write two words ("Gebühren für den Friedhof", "Kita-Platz"); splitting both
// into the same parts lets them meet. Only parts the lexicon knows are split
// off, so an unknown word stays whole rather than falling into nonsense.

// linkingElements are the Fugenelemente that may join two parts, longest first.
var linkingElements = []string{"es", "en", "s", "n", "e"}

// split returns the parts of a compound, or nil if word is not made of
// known parts. The longest known first part is tried first.
func (a *Analyzer) split(word string) []string {
	if len(word) < 2*minPartLength {
		return nil
	}
	for end := len(word) - minPartLength; end >= minPartLength; end-- {
		head := word[:end]
		if !a.parts[head] {
			continue
		}
		for _, rest := range a.restsAfter(word[end:]) {
			if a.isLastPart(rest) {
				return []string{head, rest}
			}
			if more := a.split(rest); more != nil {
				return append([]string{head}, more...)
			}
		}
	}
	return nil
}

// restsAfter returns what follows a first part: the rest itself and the rest
// without each linking element it starts with.
func (a *Analyzer) restsAfter(rest string) []string {
	rests := []string{rest}
	for _, link := range linkingElements {
		if len(rest) > len(link)+minPartLength-1 && rest[:len(link)] == link {
			rests = append(rests, rest[len(link):])
		}
	}
	return rests
}

// isLastPart reports whether rest is a known part in any inflected form.
func (a *Analyzer) isLastPart(rest string) bool {
	return len(rest) >= minPartLength && (a.parts[rest] || a.partStems[a.stem(rest)])
}
