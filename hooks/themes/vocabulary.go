package themes

import (
	"strings"
)

// The themes' own word knowledge. The text analysis (hooks/textsim) groups
// words narrowly, as duplicate detection needs: "Schnee" and "streuen" are
// not duplicates. A theme is broader: "nicht geräumt", "Glatteis" and "kein
// Streufahrzeug" are one theme, winter service. topicWords names the
// everyday words of the recurring themes of municipal life, so that texts
// that share no word but share a topic meet; genericWords are the words of
// any complaint ("ständig", "klappt nicht", "seit Wochen"), which would
// otherwise join texts of different themes by their tone.
//
// Written for Mitwirken from the municipal domain, one topic a line, the
// first word naming it; like the lexicon, it is data in the binary and no
// thesaurus is read at run time.
const topicWords = `
winterdienst winter schnee schneeräumung glatt glätte glatteis eis eisglätte vereist spiegelglatt räumen geräumt räumung räumdienst streuen gestreut streufahrzeug streusalz splitt rutschig
abfall müll mülltonne tonne tonnen biotonne restmüll papiertonne sack säcke abfuhr müllabfuhr leerung leeren geleert abholung abgeholt abholen müllauto sperrmüll wertstoff wertstoffhof container
beleuchtung laterne laternen straßenlaterne lampe lampen straßenlampe leuchte straßenleuchte licht dunkel stockdunkel finster flackert brennt
straßenschaden schlagloch schlaglöcher loch löcher belag asphalt fahrbahn buckelpiste bröckelt aufgebrochen risse riss ausbessern flicken straßenschäden
nahverkehr bus busse buslinie busverbindung busanbindung fahrplan verbindung anbindung öpnv linie takt rufbus bahn zug haltestelle
breitband internet glasfaser dsl mbit netz empfang funkloch langsam lahm inet homeoffice kupferkabel mobilfunk wlan router
onlinedienst formular onlineformular portal serviceportal bürgerportal onlinedienste login upload hochladen absenden abschicken fehlermeldung fehler button eingaben webformular onlineantrag
hundekot hund hunde kot hundehaufen haufen häufchen hundedreck hundekotbeutel kotbeutel beutel beutelspender hundebesitzer hundehalter gassi tretmine
parken parkplatz parkplätze falschparker zugeparkt parkmöglichkeit parkmöglichkeiten parkend gehwegparken abschleppen knöllchen parkhaus stellplatz stellplätze
öffnungszeiten öffnungszeit geöffnet öffnen offen geschlossen sprechzeiten sprechstunde vormittags nachmittags abends samstags berufstätige pendler schichtarbeiter
terminvergabe termin terminbuchung telefon telefonisch anrufen angerufen anruf hotline besetzt warteschleife erreichbar erreicht rückruf
wohngeld wohngeldantrag wohngeldstelle wohngeldbescheid mietzuschuss
kinderbetreuung kita kitaplatz kindergarten krippe krippenplatz betreuungsplatz kiga hort tagesmutter warteliste eingewöhnung
spielplatz spielplätze spielgerät spielgeräte schaukel rutsche sandkasten klettergerüst
radweg radwege fahrradweg radfahrer fahrrad radverkehr
lärm laut krach lärmschutz ruhestörung
friedhof grab gräber grabstelle beerdigung bestattung urne
grünpflege baum bäume hecke hecken rasen mähen grünschnitt gestrüpp unkraut
kfz auto kennzeichen zulassungsstelle fahrzeugschein fahrzeugbrief zulassungsbescheinigung ummelden abmelden
ausweis personalausweis reisepass perso ausweisdokument
bearbeitungsstand stand zwischenstand auskunft sachstand bearbeitungszeit
raserei raser tempo geschwindigkeit tempolimit blitzer zebrastreifen ampel
`

// genericWords say that something is wrong, how often or since when, and
// nothing about what it is.
const genericWords = `
ständig dauernd immer nie wieder schon seit viel viele mehr ganz gar total
kommt kommen geht gehen klappt klappen funktioniert funktionieren bleibt bleiben
wochen woche monate monat tage tag jahr jahre stunde stunden zwei drei
unmöglich katastrophe problem probleme bitte endlich warum wann leute überall
einfach gut schlecht besser nötig fehlt fehlen oft lang lange kurz spät schnell
wurde wird worden man mal nix nichts keiner niemand eigentlich quasi echt sogar
ewig dauert dauern frei gut alt alten neu wichtig hilfreich wenig genug erst
per bekommen kriegen einmal
`

// Vocabulary is the themes' word knowledge in the terms of one text analysis.
type Vocabulary struct {
	// topics maps a term to its topic.
	topics map[string]string
	// prefixes are the topic terms long enough to find in compounds the
	// analysis leaves whole ("Hundekotbeutel", "Kitaplatzmangel").
	prefixes []string
	generic  map[string]bool
}

// topicMark starts a topic feature; terms never contain its colon.
const topicMark = "topic:"

// minTopicPrefix is the shortest topic term recognised at the start of a compound.
const minTopicPrefix = 4

// NewVocabulary analyses the themes' word tables with terms, the same text
// analysis that the clustered texts went through.
func NewVocabulary(terms func(string) []string) *Vocabulary {
	v := &Vocabulary{topics: map[string]string{}, generic: map[string]bool{}}
	for _, line := range strings.Split(topicWords, "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			continue
		}
		topic := topicMark + words[0]
		for _, word := range words {
			for _, term := range terms(word) {
				if _, taken := v.topics[term]; taken {
					continue // the first topic keeps a term two topics share
				}
				v.topics[term] = topic
				if len(term) >= minTopicPrefix {
					v.prefixes = append(v.prefixes, term)
				}
			}
		}
	}
	for _, word := range strings.Fields(genericWords) {
		for _, term := range terms(word) {
			v.generic[term] = true
		}
	}
	return v
}

// topicOf is the topic of a term: of the term itself, or of the longest
// topic term it starts with.
func (v *Vocabulary) topicOf(term string) (string, bool) {
	if topic, ok := v.topics[term]; ok {
		return topic, true
	}
	best := ""
	for _, prefix := range v.prefixes {
		if len(prefix) > len(best) && strings.HasPrefix(term, prefix) {
			best = prefix
		}
	}
	if best == "" {
		return "", false
	}
	return v.topics[best], true
}
