package platform

import (
	"bytes"
	"html"
	"slices"

	"github.com/pocketbase/pocketbase/core"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// A first visit without a municipality's link opens with the chooser. The
// app draws it once its files are in: on EDGE (840 ms a round trip, 30 KB
// of app a second) at about 3.5 s, and the chosen municipality's ideas came
// a round trip after the choice. So the server draws the same form into the
// start page, usable as soon as the page is there (its stylesheet is in it). Sent
// before the app runs, it asks for /m?gemeinde={id}, which answers as the
// municipality's link does, ideas included; without JavaScript it is the
// way in. Once the app runs, it draws its own chooser in its place
// (RegionChooser in ui/src/views/region.js, texts from ui/src/i18n/de.js),
// keeping a municipality already picked here. The service worker serves its
// pages without this form (ui/src/sw.js): by then a municipality is chosen.

// chooserParam is the query parameter of the form's choice on /m.
const chooserParam = "gemeinde"

// chooserSection opens the server's chooser; the service worker cuts from
// here to the section's end.
const chooserSection = `<section id="first-visit-chooser">`

// chooserPage is shell with the chooser's form after its introduction.
func chooserPage(app core.App, shell []byte) ([]byte, error) {
	form, err := chooserForm(app)
	if err != nil {
		return nil, err
	}
	return bytes.Replace(shell, []byte("<noscript>"), append(form, "<noscript>"...), 1), nil
}

// chooserForm is the form of RegionChooser without its search: every
// municipality, grouped by district, both by name in German order.
func chooserForm(app core.App) ([]byte, error) {
	regions, err := app.FindAllRecords("regions")
	if err != nil {
		return nil, err
	}
	order := collate.New(language.German)
	byName := func(a, b *core.Record) int { return order.CompareString(a.GetString("name"), b.GetString("name")) }
	slices.SortFunc(regions, byName)

	var out bytes.Buffer
	out.WriteString(chooserSection + "\n<h2>Wählen Sie Ihre Gemeinde</h2>\n" +
		`<form class="stack" method="get" action="/m">` + "\n<div class=\"field\">\n" +
		`<label for="first-visit-region">Ihre Gemeinde</label>` + "\n" +
		`<p class="hint" id="first-visit-region-hint">Die Gemeinden sind nach Landkreis geordnet. Sie können Ihre Wahl jederzeit ändern.</p>` + "\n" +
		`<select id="first-visit-region" name="` + chooserParam + `" required aria-describedby="first-visit-region-hint">` + "\n" +
		`<option value="">Bitte wählen</option>` + "\n")
	for _, district := range regions {
		if district.GetString("kind") != "landkreis" {
			continue
		}
		out.WriteString(`<optgroup label="` + html.EscapeString(district.GetString("name")) + `">`)
		for _, member := range regions {
			if member.GetString("parent") == district.Id {
				out.WriteString(`<option value="` + html.EscapeString(member.Id) + `">` + html.EscapeString(member.GetString("name")) + "</option>")
			}
		}
		out.WriteString("</optgroup>\n")
	}
	out.WriteString("</select>\n</div>\n<button type=\"submit\">Gemeinde übernehmen</button>\n</form>\n</section>\n")
	return out.Bytes(), nil
}
