package platform

import (
	"bytes"
	"encoding/json"
	"errors"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strconv"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// A municipality's link, /m/{key}, names the municipality: the link on its
// posters, QR codes and website, and the address of its start page in the
// PWA. The key is the municipality's Amtlicher Gemeindeschlüssel (8 digits,
// stable across databases and known to every town hall), or its record id
// for a Verbund, which has none.
//
// A first visit through such a link needs no chooser, so the server answers
// with the app's shell naming the municipality, and with a preload of its
// newest ideas: on a slow link (EDGE: 840 ms a round trip) they then load
// side by side with the app's files instead of one round trip after them.
// The page stays free of inline script (the Content-Security-Policy): the
// municipality is a <meta>, which ui/src/prefs.js reads; the preload is a
// <link id="first-ideas">, whose answer ui/src/store/first-ideas.js takes.

// MunicipalityLinkPrefix is the path of a municipality's link, before its key.
const MunicipalityLinkPrefix = "/m/"

// FirstIdeasCount is how many of the newest ideas the start page shows
// (RECENT_IDEAS in ui/src/store/first-ideas.js).
const FirstIdeasCount = 3

// firstIdeasFields are the fields a card of the start page shows, and the
// name of the idea's place (FIELDS in ui/src/store/first-ideas.js).
const firstIdeasFields = "id,title,status,region,votes_count,comments_count,created,expand.region.name"

var municipalityAGS = regexp.MustCompile(`^[0-9]{8}$`)

var errNotMunicipality = errors.New("the key names no municipality")

// registerMunicipalityLinks serves /m/{key} from shell, the built index.html.
func registerMunicipalityLinks(se *core.ServeEvent, shell []byte) {
	se.Router.GET(MunicipalityLinkPrefix+"{key}", func(e *core.RequestEvent) error {
		e.Response.Header().Set("Cache-Control", "no-cache")
		place, err := findMunicipality(e.App, e.Request.PathValue("key"))
		if err != nil {
			// An old poster or a typo: the app's shell, which offers the chooser.
			return e.Blob(http.StatusNotFound, "text/html; charset=utf-8", shell)
		}
		return e.Blob(http.StatusOK, "text/html; charset=utf-8", municipalityPage(shell, place))
	}).Bind(apis.Gzip())
}

// findMunicipality finds the municipality (a region with a district) of a link's key.
func findMunicipality(app core.App, key string) (*core.Record, error) {
	var place *core.Record
	var err error
	if municipalityAGS.MatchString(key) {
		place, err = app.FindFirstRecordByData("regions", "ags", key)
	} else {
		place, err = app.FindRecordById("regions", key)
	}
	if err != nil {
		return nil, err
	}
	if place.GetString("parent") == "" {
		return nil, errNotMunicipality // a district: its municipalities have links of their own
	}
	return place, nil
}

// FirstIdeasURL is the REST request for the newest public ideas of a
// municipality and its district, as the start page shows them. It asks
// anonymously, so the ideas' list rule lets only public ideas through.
func FirstIdeasURL(place *core.Record) string {
	filter := "region='" + place.Id + "'||region='" + place.GetString("parent") + "'"
	query := url.Values{
		"filter":    {filter},
		"sort":      {"-created"},
		"perPage":   {strconv.Itoa(FirstIdeasCount)},
		"skipTotal": {"1"},
		"expand":    {"region"},
		"fields":    {firstIdeasFields},
	}
	return "/api/collections/ideas/records?" + query.Encode()
}

// municipalityPage is shell naming place: its title and heading, the
// municipality as a <meta> for the app, and the preload of its newest ideas
// in place of the chooser's list, which this visit does not need.
func municipalityPage(shell []byte, place *core.Record) []byte {
	named, _ := json.Marshal(map[string]string{
		"id": place.Id, "name": place.GetString("name"), "parent": place.GetString("parent"), "ags": place.GetString("ags"),
	})
	head := `<meta name="mitwirken-municipality" content="` + html.EscapeString(string(named)) + `">` + "\n" +
		`<link rel="preload" id="first-ideas" href="` + html.EscapeString(FirstIdeasURL(place)) + `" as="fetch" crossorigin>`
	// Until the app runs, the page's title and heading name the municipality.
	name := html.EscapeString(place.GetString("name"))
	page := bytes.Replace(shell, []byte("<title>Mitwirken</title>"), []byte("<title>Mitwirken in "+name+"</title>"), 1)
	page = bytes.Replace(page, []byte("<h1>Mitwirken</h1>"), []byte("<h1>Mitwirken in "+name+"</h1>"), 1)
	return replaceChooserPreload(page, []byte(head))
}

// chooserPreload opens the preload of the chooser's list in index.html
// (REGIONS_URL of ui/src/regions-url.js, written in by ui/build.mjs).
var chooserPreload = []byte(`<link rel="preload" href="/api/collections/regions/`)

// replaceChooserPreload puts head where the chooser's preload is, early in
// the head so that its request is among the first; without one, before </head>.
func replaceChooserPreload(page, head []byte) []byte {
	start := bytes.Index(page, chooserPreload)
	if start < 0 {
		return bytes.Replace(page, []byte("</head>"), append(append(head, '\n'), "</head>"...), 1)
	}
	end := start + bytes.IndexByte(page[start:], '>') + 1
	out := make([]byte, 0, len(page)+len(head))
	out = append(out, page[:start]...)
	out = append(out, head...)
	return append(out, page[end:]...)
}
