package search

import (
	"strings"
	"unicode"

	"github.com/mitwirken/mitwirken/hooks/textsim"

	"golang.org/x/text/unicode/norm"
)

// German text analysis for the search index. Ideas and queries go through
// the same steps, so whatever spelling a citizen types meets the same terms:
//
//  1. lowercase, and fold ä→ae, ö→oe, ü→ue, ß→ss; other accents are dropped
//     (é→e), so "Bürgerbüro", "Buergerbuero" and "BÜRGERBÜRO" agree;
//  2. split on everything that is not a letter or a digit ("Online-Antrag"
//     gives two words), drop one-letter words and the stopwords below;
//  3. stem each word with stemGerman, after splitting a known compound into
//     its parts, and replace a synonym or short form by the stem of its
//     group (textsim).
//
// Terms contain only letters and digits, so they are safe to quote in an
// FTS5 query.

// minStemLength is the shortest stem the stemmer leaves; it keeps short
// words such as "Amt" or "Bus" whole.
const minStemLength = 3

// feminineSuffix is removed first, so that "Bürgerinnen" meets "Bürger".
const feminineSuffix = "innen"

// derivationalSuffixes turn a noun back into its verb stem, so that
// "Anmeldung", "Anmeldungen" and "anmelden" meet at "anmeld". At most one
// is removed, longest first.
var derivationalSuffixes = []string{"ungen", "heiten", "keiten", "ung", "heit", "keit"}

// inflectionalSuffixes are plural and case endings. They are removed
// repeatedly, longest first, so that a word reaches the same stem from any
// of its forms: "Papiere" → "papier" → "papi" ← "Papier".
var inflectionalSuffixes = []string{"ern", "en", "er", "es", "e", "n", "s"}

// germanStopwords are frequent words that say nothing about an idea, in
// folded spelling. The list is short on purpose: a word that matters in a
// title ("online", "digital") is left to bm25's weighting.
var germanStopwords = toSet(
	"aber", "alle", "allen", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "beim", "bis", "bitte",
	"da", "damit", "dann", "das", "dass", "dem", "den", "denn", "der", "des", "die", "dies", "diese",
	"diesem", "diesen", "dieser", "dieses", "doch", "dort", "du", "durch", "ein", "eine", "einem",
	"einen", "einer", "eines", "er", "es", "etwa", "fuer", "gibt", "hat", "haben", "hier", "ich", "ihr",
	"ihre", "ihrem", "ihren", "im", "immer", "in", "ins", "ist", "ja", "jede", "jeder", "jedes", "kann",
	"kein", "keine", "keinen", "koennen", "koennte", "man", "mehr", "mich", "mir", "mit", "muss",
	"muessen", "nach", "nicht", "noch", "nur", "ob", "oder", "sehr", "sein", "seine", "seit", "seitdem", "sich", "sie",
	"sind", "so", "soll", "sollen", "sollte", "sollten", "statt", "um", "und", "uns", "unser", "unsere",
	"vom", "von", "vor", "waere", "war", "was", "weil", "wenn", "wer", "werden", "wie", "wir", "wird",
	"wo", "wuerde", "wuerden", "zu", "zum", "zur", "ueber",
)

func toSet(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// Terms returns the normalized terms of text in their order, with repeats: the
// text analysis of the search index and the duplicate check, and of every
// package that compares texts the same way (themes).
func Terms(text string) []string {
	var terms []string
	for _, word := range foldedWords(text) {
		terms = append(terms, domainWords.Terms(word)...)
	}
	return terms
}

// foldedWords returns the folded words of text that are not stopwords.
func foldedWords(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(norm.NFC.String(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	folded := make([]string, 0, len(words))
	for _, word := range words {
		word = foldGerman(word)
		if len(word) < 2 || germanStopwords[word] {
			continue
		}
		folded = append(folded, word)
	}
	return folded
}

// domainWords knows the synonyms, short forms and compounds of the
// municipal-services domain, so that "Kfz-Anmeldung" and "Auto anmelden"
// give the same terms; see package textsim.
var domainWords = textsim.New(foldGerman, stemGerman)

// umlautFolding spells umlauts and ß the way a keyboard without them does.
var umlautFolding = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// foldGerman folds a lowercase word to its umlaut-free spelling and drops
// any other accents.
func foldGerman(word string) string {
	word = umlautFolding.Replace(word)
	var b strings.Builder
	for _, r := range norm.NFD.String(word) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stemGerman reduces a folded word to a stem. It is a deliberately small
// suffix stripper, not a full Snowball stemmer: it removes "innen" (so
// "Bürgerinnen" meets "Bürger"), one derivational suffix, then inflectional
// suffixes until none fits, always keeping minStemLength letters. A final
// "ss" becomes "s" ("Straße" and "Strassen" give "stras", "Busse" gives
// "bus"), and the umlaut spellings ae, oe, ue become a, o, u, so that
// "Antrag" and "Anträge" share the stem "antrag". Collisions such as
// "Schule" and "Schüler" are the accepted price of such a small stemmer.
func stemGerman(word string) string {
	word = trimSuffix(word, feminineSuffix)
	for _, suffix := range derivationalSuffixes {
		if stem, ok := cutSuffix(word, suffix); ok {
			word = stem
			break
		}
	}
	for stripped := true; stripped; {
		stripped = false
		for _, suffix := range inflectionalSuffixes {
			if suffix == "s" && strings.HasSuffix(word, "ss") {
				continue
			}
			if stem, ok := cutSuffix(word, suffix); ok {
				word, stripped = stem, true
				break
			}
		}
	}
	if strings.HasSuffix(word, "ss") && len(word) > minStemLength {
		word = word[:len(word)-1]
	}
	return reduceUmlauts(word)
}

// cutSuffix removes suffix from word if a stem of minStemLength letters remains.
func cutSuffix(word, suffix string) (string, bool) {
	stem, found := strings.CutSuffix(word, suffix)
	if !found || len(stem) < minStemLength {
		return word, false
	}
	return stem, true
}

func trimSuffix(word, suffix string) string {
	stem, _ := cutSuffix(word, suffix)
	return stem
}

// reduceUmlauts turns ae, oe and ue into a, o and u, except the "ue" of "qu".
func reduceUmlauts(stem string) string {
	if !strings.ContainsAny(stem, "e") {
		return stem
	}
	var b strings.Builder
	for i := 0; i < len(stem); i++ {
		c := stem[i]
		b.WriteByte(c)
		if i+1 < len(stem) && stem[i+1] == 'e' && isUmlautBase(c) && !(c == 'u' && i > 0 && stem[i-1] == 'q') {
			i++ // skip the e
		}
	}
	return b.String()
}

func isUmlautBase(c byte) bool { return c == 'a' || c == 'o' || c == 'u' }
