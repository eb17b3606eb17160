package demo

// ortsteile are the villages (Ortsteile) of the demo Gemeinden by AGS, so that
// the municipality chooser finds a Gemeinde from the village a person lives in.
//
// Source: the Ortsteile as named in the main statutes (Hauptsatzungen) of the
// Gemeinden and in the German Wikipedia articles on each Gemeinde and its
// district ("Liste der Orte im Main-Kinzig-Kreis", "… im
// Rheingau-Taunus-Kreis", "… im Kyffhäuserkreis"), written down from memory
// for the demo, not copied from an official register. Only well-known
// villages are listed; where the assignment after the Thuringian mergers of
// 2019–2024 was uncertain (Artern, Ebeleben, Greußen and several villages
// around Bad Frankenhausen), the Gemeinde is left without villages rather
// than guessed. Gemeinden without Ortsteile (e.g. Bad Orb, Kiedrich) have none.
var ortsteile = map[string][]string{
	// Main-Kinzig-Kreis
	"06435002": {"Bad Soden", "Salmünster", "Ahl", "Alsberg", "Eckardroth", "Hausen", "Katholisch-Willenroth", "Kerbersdorf", "Mernes", "Romsthal", "Wahlert"},
	"06435003": {"Bieber", "Breitenborn/Lützel", "Kassel", "Lanzingen", "Roßbach", "Wirtheim"},
	"06435004": {"Bösgesäß", "Fischborn", "Hettersroth", "Illnhausen", "Kirchbracht", "Lichenroth", "Mauswinkel", "Oberreichenbach", "Obersotzbach", "Unterreichenbach", "Untersotzbach", "Völzberg", "Wettges", "Wüstwillenroth"},
	"06435005": {"Hellstein", "Neuenschmidten", "Schlierbach", "Spielberg", "Streitberg", "Udenhain"},
	"06435006": {"Butterstadt", "Niederissigheim", "Oberissigheim", "Roßdorf"},
	"06435007": {"Langendiebach", "Rückingen"},
	"06435008": {"Flörsbach", "Kempfenbrunn", "Lohrhaupten", "Mosborn"},
	"06435009": {"Altenmittlau", "Bernbach", "Horbach", "Neuses", "Somborn"},
	"06435010": {"Hailer", "Haitz", "Höchst", "Meerholz", "Roth"},
	"06435012": {"Breitenborn", "Gettenbach", "Hain-Gründau", "Lieblos", "Mittel-Gründau", "Niedergründau", "Rothenbergen"},
	"06435013": {"Langen-Bergheim", "Marköbel"},
	"06435015": {"Gondsroth", "Neuenhaßlau", "Niedermittlau"},
	"06435016": {"Burgjoß", "Lettgenbrunn", "Oberndorf", "Pfaffenhausen"},
	"06435018": {"Altenhaßlau", "Eidengesäß", "Geislitz", "Großenhausen", "Lützelhausen"},
	"06435019": {"Bischofsheim", "Dörnigheim", "Hochstadt", "Wachenbuchen"},
	"06435020": {"Ravolzhausen", "Rüdigheim"},
	"06435021": {"Eichen", "Erbstadt", "Heldenbergen", "Ostheim", "Windecken"},
	"06435023": {"Niederrodenbach", "Oberrodenbach"},
	"06435024": {"Altwiedermus", "Hüttengesäß", "Neuwiedermus"},
	"06435025": {"Ahlersbach", "Breitenbach", "Elm", "Gundhelm", "Herolz", "Hohenzell", "Hutten", "Kressenbach", "Niederzell", "Vollmerz", "Wallroth"},
	"06435026": {"Büdesheim", "Kilianstädten", "Oberdorfelden"},
	"06435027": {"Altengronau", "Breunings", "Jossa", "Mottgers", "Neuengronau", "Oberzell", "Sannerz", "Schwarzenfels", "Sterbfritz", "Weichersbach", "Weiperz", "Züntersbach"},
	"06435028": {"Bellings", "Hintersteinau", "Marborn", "Neustall", "Rabenstein", "Rebsdorf", "Sarrod", "Seidenroth", "Uerzell", "Ulmbach"},
	"06435029": {"Aufenau", "Hesseldorf", "Leisenwald", "Neudorf", "Waldensberg", "Weilers", "Wittgenborn"},
	// Rheingau-Taunus-Kreis
	"06439001": {"Daisbach", "Hausen über Aar", "Kettenbach", "Michelbach", "Panrod", "Rückershausen"},
	"06439002": {"Adolfseck", "Fischbach", "Heimbach", "Hettenhain", "Langenseifen", "Lindschied", "Ramschied"},
	"06439003": {"Erbach", "Hattenheim", "Martinsthal", "Rauenthal"},
	"06439004": {"Johannisberg", "Marienthal", "Stephanshausen"},
	"06439005": {"Dickschied", "Egenroth", "Huppert", "Kemel", "Laufenselden", "Mappershain", "Springen", "Watzelhain", "Zorn"},
	"06439006": {"Born", "Breithardt", "Hennethal", "Holzhausen über Aar", "Steckenroth", "Strinz-Margarethä"},
	"06439007": {"Bechtheim", "Beuerbach", "Görsroth", "Kesselbach", "Ketternschwalbach", "Limbach", "Oberlibbach", "Strinz-Trinitatis", "Wallbach", "Wallrabenstein"},
	"06439008": {"Dasbach", "Ehrenbach", "Eschenhahn", "Heftrich", "Kröftel", "Lenzhahn", "Nieder-Oberrod", "Niederauroff", "Oberauroff", "Walsdorf", "Wörsdorf"},
	"06439010": {"Espenschied", "Lorchhausen", "Ransel", "Wollmerschied"},
	"06439011": {"Engenhahn", "Königshofen", "Niederseelbach", "Oberjosbach", "Oberseelbach"},
	"06439012": {"Hallgarten", "Mittelheim", "Oestrich", "Winkel"},
	"06439013": {"Assmannshausen", "Aulhausen", "Presberg"},
	"06439014": {"Bärstadt", "Georgenborn", "Hausen vor der Höhe", "Niedergladbach", "Obergladbach", "Wambach"},
	"06439015": {"Bleidenstadt", "Hahn", "Hambach", "Neuhof", "Niederlibbach", "Orlen", "Seitzenhahn", "Watzhahn", "Wehen", "Wingsbach"},
	"06439016": {"Bermbach", "Esch", "Reichenbach", "Steinfischbach", "Wüstems"},
	"06439017": {"Niederwalluf", "Oberwalluf"},
	// Kyffhäuserkreis
	"16065088": {"Bretleben", "Gorsleben", "Hauteroda", "Heldrungen", "Hemleben", "Oldisleben"},
	"16065003": {"Esperstedt", "Udersleben"},
	"16065032": {"Friedrichsrode", "Großberndten", "Hainrode", "Keula", "Kleinberndten", "Toba"},
	"16065085": {"Badra", "Bendeleben", "Göllingen", "Günserode", "Hachelbich", "Steinthaleben"},
	"16065087": {"Bottendorf", "Donndorf", "Garnbach", "Langenroda", "Roßleben", "Wiehe"},
	"16065067": {"Bebra", "Berka", "Großfurra", "Himmelsberg", "Hohenebra", "Immenrode", "Jecha", "Jechaburg", "Kleinfurra", "Oberspier", "Schernberg", "Stockhausen", "Straußberg", "Thalebra"},
}
