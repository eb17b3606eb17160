package platform

import (
	"bytes"
	"encoding/json"
	"errors"
	"html"
	"net/http"
	"regexp"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/dbx"
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
// with the app's shell carrying the municipality and its newest public ideas:
// as cards in the page, shown as soon as the page and its stylesheet are
// there, and as data for the app, which draws the same cards without asking
// again. On a slow link (EDGE: 840 ms a round trip, 30 KB of app a second)
// the ideas then come with the page instead of a round trip after the app.
// The page stays free of inline script (the Content-Security-Policy): the
// data are <meta> elements, which ui/src/prefs.js and
// ui/src/store/first-ideas.js read.

// municipalityLinkPrefix is the path of a municipality's link, before its key.
const municipalityLinkPrefix = "/m/"

// firstIdeasCount is how many of the newest ideas the start page shows
// (RECENT_IDEAS in ui/src/store/first-ideas.js).
const firstIdeasCount = 3

var municipalityAGS = regexp.MustCompile(`^[0-9]{8}$`)

var errNotMunicipality = errors.New("the key names no municipality")

// registerMunicipalityLinks serves /m/{key}, the chooser's answer
// /m?gemeinde={key} and the start page / from shell, the built index.html.
func registerMunicipalityLinks(se *core.ServeEvent, shell []byte) {
	se.Router.GET(municipalityLinkPrefix+"{key}", func(e *core.RequestEvent) error {
		return serveMunicipality(e, shell, e.Request.PathValue("key"))
	}).Bind(apis.Gzip())
	se.Router.GET("/m", func(e *core.RequestEvent) error {
		return serveMunicipality(e, shell, e.Request.URL.Query().Get(chooserParam))
	}).Bind(apis.Gzip())
	se.Router.GET("/{$}", func(e *core.RequestEvent) error {
		return serveChooser(e, shell, http.StatusOK)
	}).Bind(apis.Gzip())
}

// serveMunicipality answers the start page of the municipality key names.
func serveMunicipality(e *core.RequestEvent, shell []byte, key string) error {
	place, err := findMunicipality(e.App, key)
	if err != nil {
		// An old poster or a typo: the start page with the chooser.
		return serveChooser(e, shell, http.StatusNotFound)
	}
	ideas, err := newestIdeas(e.App, place)
	if err != nil {
		return err
	}
	e.Response.Header().Set("Cache-Control", "no-cache")
	return e.Blob(http.StatusOK, "text/html; charset=utf-8", municipalityPage(shell, place, ideas))
}

// serveChooser answers the start page with the chooser's form.
func serveChooser(e *core.RequestEvent, shell []byte, status int) error {
	page, err := chooserPage(e.App, shell)
	if err != nil {
		return err
	}
	e.Response.Header().Set("Cache-Control", "no-cache")
	return e.Blob(status, "text/html; charset=utf-8", page)
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

// firstIdea is an idea as a card of the start page shows it, in the shape
// of ui/src/store/first-ideas.js.
type firstIdea struct {
	Id            string `json:"id"`
	Title         string `json:"title"`
	Status        string `json:"status"`
	Region        string `json:"region"`
	VotesCount    int    `json:"votes_count"`
	CommentsCount int    `json:"comments_count"`
	Created       string `json:"created"`
	PlaceName     string `json:"placeName"`
}

// newestIdeas returns the newest public ideas of a municipality and its
// district, as the start page shows them.
func newestIdeas(app core.App, place *core.Record) ([]firstIdea, error) {
	district, err := app.FindRecordById("regions", place.GetString("parent"))
	if err != nil {
		return nil, err
	}
	records, err := app.FindRecordsByFilter("ideas",
		"(region = {:place} || region = {:district}) && "+domain.PublicIdeaRule(""), "-created", firstIdeasCount, 0,
		dbx.Params{"place": place.Id, "district": district.Id})
	if err != nil {
		return nil, err
	}
	names := map[string]string{place.Id: place.GetString("name"), district.Id: district.GetString("name")}
	ideas := make([]firstIdea, 0, len(records))
	for _, r := range records {
		ideas = append(ideas, firstIdea{
			Id: r.Id, Title: r.GetString("title"), Status: r.GetString("status"), Region: r.GetString("region"),
			VotesCount: r.GetInt("votes_count"), CommentsCount: r.GetInt("comments_count"),
			Created: r.GetDateTime("created").String(), PlaceName: names[r.GetString("region")],
		})
	}
	return ideas, nil
}

// municipalityPage is shell naming place: its title and heading, its newest
// ideas as cards, and both as <meta> data for the app. The chooser's list,
// which this visit does not need, is no longer preloaded.
func municipalityPage(shell []byte, place *core.Record, ideas []firstIdea) []byte {
	named, _ := json.Marshal(map[string]string{
		"id": place.Id, "name": place.GetString("name"), "parent": place.GetString("parent"), "ags": place.GetString("ags"),
	})
	data, _ := json.Marshal(ideas)
	head := `<meta name="mitwirken-municipality" content="` + html.EscapeString(string(named)) + `">` + "\n" +
		`<meta name="mitwirken-first-ideas" content="` + html.EscapeString(string(data)) + `">`
	name := html.EscapeString(place.GetString("name"))
	page := bytes.Replace(shell, []byte("<title>Mitwirken</title>"), []byte("<title>Mitwirken in "+name+"</title>"), 1)
	page = bytes.Replace(page, []byte("<h1>Mitwirken</h1>"), []byte("<h1>Mitwirken in "+name+"</h1>"), 1)
	page = bytes.Replace(page, []byte("<noscript>"), append(ideaCards(ideas), "<noscript>"...), 1)
	return replaceChooserPreload(page, []byte(head))
}

// ideaCards is the start page's list of the newest ideas, as the app draws it
// (IdeaList in ui/src/views/idea-list.js, "Neue Ideen" in ui/src/i18n/de.js),
// until the app runs: title and place; the app adds status and counts.
func ideaCards(ideas []firstIdea) []byte {
	if len(ideas) == 0 {
		return nil
	}
	var out bytes.Buffer
	out.WriteString("<h2>Neue Ideen</h2>\n<ul class=\"ideas\">\n")
	for _, idea := range ideas {
		out.WriteString(`<li><article class="idea-card"><h3 class="idea-title"><a href="/ideas/` + html.EscapeString(idea.Id) + `">` +
			html.EscapeString(idea.Title) + `</a></h3><p class="meta"><span>` + html.EscapeString(idea.PlaceName) + "</span></p></article></li>\n")
	}
	out.WriteString("</ul>\n")
	return out.Bytes()
}

// chooserPreload opens the preload of the chooser's list in index.html
// (REGIONS_URL of ui/src/regions-url.js, written in by ui/build.mjs).
var chooserPreload = []byte(`<link rel="preload" href="/api/collections/regions/`)

// replaceChooserPreload puts head where the chooser's preload is;
// without one, before </head>.
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
