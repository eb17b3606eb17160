package textsim

// The lexicon of the municipal-services domain, written for Mitwirken (not
// taken from a thesaurus; OpenThesaurus's LGPL data is not published as a Go
// module or npm package, and a general thesaurus groups far more loosely than
// duplicate detection can afford). Words are written as citizens write them;
// New folds and stems them with the caller's own analysis.
//
// Each line of synonymGroups is one group of words that mean the same in an
// idea about a public service, the first standing for the group. Short forms
// and abbreviations belong to their long form's group. Keep groups narrow: a
// word that means the same only sometimes ("Karte", "frei") stays out, since
// one loose group costs precision everywhere it appears.
const synonymGroups = `
online internet digital digitale web netz
auto kfz pkw fahrzeug fahrzeuge wagen kraftfahrzeug
anmelden anmeldung zulassen zulassung registrieren
personalausweis perso ausweis personalausweise ausweise
reisepass pass kinderreisepass
termin termine uhrzeit zeitfenster
warten wartezeit wartezimmer warteschlange schlange anstehen wartenummer wartemarke
verlängern erneuern verlängerung erneuerung
friedhof grab gräber grabstelle grabstätte friedhöfe beerdigung bestattung
gebühr gebühren kosten entgelt entgelte preise
verständlich transparent nachvollziehbar übersichtlich
erklären erläutern aufschlüsseln auflisten aufzählen erklärung
antrag anträge beantragen anfordern einreichen
buchen reservieren buchung reservierung vereinbaren belegen
handy smartphone mobiltelefon
melden mitteilen meldung melder
defekt kaputt beschädigt ausgefallen schaden schäden kaputte
laterne laternen lampe lampen leuchte leuchten beleuchtung
abfall müll
abfuhr abholung leerung abholen leeren
kita kindergarten kindertagesstätte kiga kitas
schwimmbad freibad hallenbad bad
ticket tickets eintrittskarte eintrittskarten eintritt
bücherei bibliothek
ausleihe ausleihen leihen entleihen ausgeliehen
amt ämter rathaus behörde verwaltung gemeindeverwaltung
bürgerbüro bürgeramt einwohnermeldeamt bürgerservice
webseite homepage website internetseite seite
formular formulare vordruck
kostenlos gratis umsonst gebührenfrei kostenfrei
wlan wifi hotspot hotspots
breitband glasfaser dsl
senioren senior seniorinnen rentner ältere
schnee glätte winterdienst räumdienst streudienst
räumen streuen geräumt gestreut
bescheinigung bestätigung nachweis
herunterladen runterladen download downloaden
mail email
wochenende samstag sonntag samstags sonntags wochenenden we
dorf gemeinde kommune ort ortschaft
raum räume saal säle
stand status bearbeitungsstand bearbeitungsstatus
kompliziert umständlich aufwendig aufwändig mühsam
bus busse buslinie busverbindung nahverkehr öpnv
dgh dorfgemeinschaftshaus bürgerhaus gemeinschaftshaus
hund hunde
sperrmüll sperrgut sperrabfall
spielplatz spielplätze spielgeräte spielgerät
`

// compoundParts are further words that compounds of the domain are built of,
// besides every word of synonymGroups. A word listed here is never split
// itself, so established compounds that mean more than their parts
// ("Bürgerbüro", "Wohngeld", "Rathaus") belong here whole.
const compoundParts = `
abgabe abruf adresse angebot anschluss antwort anzeige app arbeit arzt ausbau auskunft auszug
bau baum bauplatz baugebiet bedarf behinderung beitrag beratung bericht betreuung bewohner anwohner
bio brief bürger bürgerbüro bürgerhaus dach daten dienst dokument durchsage
ehe eltern elterngeld ersatz fahrplan fahrt familie feuerwehr fläche foto frist führerschein
gang garten geburt geld gemeinderat genehmigung gericht geschäft gewerbe grund
halle haltestelle haus heim hilfe hochwasser hof information jugend kalender karte
kennzeichen kind kinder kindergeld kreis kurs laden lage leistung leitung liste marke markt medien
miete nachbar neubau neubaugebiet nummer papier park parkplatz parkausweis plan platz portal post
rat rathaus recht rechnung rest schein schrift schule schüler sitzung sperr stadt
stelle steuer straße strom system tag telefon tonne uhr umzug unterlagen urkunde verein verfahren
verkehr versicherung vertrag wahl wahlschein weg wert wertstoff wohn wohngeld wohnsitz wunsch zeit
zentrum zettel zimmer zuschuss standesamt melde
`

// fillerWords are colloquial and dialect spellings of words without meaning
// for similarity, which the stopword list in standard spelling misses.
const fillerWords = `
net nit nich nix nischt ned ne nen nem mer mr hab hob han gibts gibt's grad gerad halt eh
mal ma jetzt endlich wär wäre wärs wär's isch is iss usw bzw ca zb evtl vllt bissl bisschen
aufm aufn fürs übers ins vom zum zur übern unterm immer echt total
`
