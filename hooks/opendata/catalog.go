package opendata

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// Vocabularies of DCAT-AP.de 2.0 and the EU authority tables it prescribes.
const (
	fileTypeCSV    = "http://publications.europa.eu/resource/authority/file-type/CSV"
	fileTypeJSON   = "http://publications.europa.eu/resource/authority/file-type/JSON"
	themeGovern    = "http://publications.europa.eu/resource/authority/data-theme/GOVE"
	frequencyDaily = "http://publications.europa.eu/resource/authority/frequency/DAILY"
	languageGerman = "http://publications.europa.eu/resource/authority/language/DEU"
	levelDistrict  = "http://dcat-ap.de/def/politicalGeocoding/Level/district"
	districtKey    = "http://dcat-ap.de/def/politicalGeocoding/districtKey/"
)

// context maps the JSON-LD terms to their vocabularies.
var context = map[string]string{
	"dcat":   "http://www.w3.org/ns/dcat#",
	"dct":    "http://purl.org/dc/terms/",
	"dcatde": "http://dcat-ap.de/def/dcatde/",
	"foaf":   "http://xmlns.com/foaf/0.1/",
	"vcard":  "http://www.w3.org/2006/vcard/ns#",
	"xsd":    "http://www.w3.org/2001/XMLSchema#",
}

// node is a JSON-LD node; its keys are compact IRIs such as "dct:title".
type node = map[string]any

func ref(iri string) node { return node{"@id": iri} }

func typed(value, datatype string) node { return node{"@value": value, "@type": datatype} }

func german(text string) node { return node{"@value": text, "@language": "de"} }

// serveCatalog answers the DCAT-AP.de catalogue of the open data as JSON-LD.
func serveCatalog(e *core.RequestEvent, cfg Config) error {
	rebuilt, err := lastRebuild(e.App)
	if err != nil {
		return err
	}
	if notModified(e, rebuilt, cfg.MinGroupSize) {
		return nil
	}
	catalog, err := catalogOf(e.App, cfg, rebuilt)
	if err != nil {
		return err
	}
	w := compressed(e)
	e.Response.Header().Set("Content-Type", "application/ld+json")
	e.Response.WriteHeader(http.StatusOK)
	return errors.Join(writeJSONLD(w, catalog), w.Close())
}

// catalogOf describes the datasets. URLs are absolute from the application
// URL of the settings (Meta.AppURL), which the operator sets to the public
// address.
func catalogOf(app core.App, cfg Config, rebuilt time.Time) (node, error) {
	about := release{base: strings.TrimRight(app.Settings().Meta.AppURL, "/"), cfg: cfg,
		modified:  typed(rebuilt.UTC().Format(time.RFC3339), "xsd:dateTime"),
		publisher: node{"@type": "foaf:Agent", "foaf:name": cfg.Publisher}}
	geocoding, err := districtKeys(app)
	if err != nil {
		return nil, err
	}
	var sets []node
	for _, set := range datasets {
		d := about.datasetNode(set, geocoding)
		if set.monthly {
			if period, err := temporalOf(app, set); err != nil {
				return nil, err
			} else if period != nil {
				d["dct:temporal"] = period
			}
		}
		sets = append(sets, d)
	}
	return node{
		"@context": context, "@id": about.base + prefix + "catalog", "@type": "dcat:Catalog",
		"dct:title":       german("Mitwirken – offene Daten zu Bürgerbeteiligung und Verwaltungsleistungen"),
		"dct:description": german("Bewertungen von Online-Verwaltungsleistungen, Ideen und Antwortzeiten der Kommunen auf Mitwirken, k-anonym und nächtlich aktualisiert."),
		"dct:publisher":   about.publisher, "dct:modified": about.modified, "dct:language": ref(languageGerman),
		"foaf:homepage": ref(about.base + "/"), "dcat:dataset": sets,
	}, nil
}

// release is what every dataset of one catalogue shares.
type release struct {
	base      string
	cfg       Config
	modified  node
	publisher node
}

// datasetNode describes one dataset; geocoding are its political geocoding IRIs.
func (r release) datasetNode(set dataset, geocoding []node) node {
	id := r.base + prefix + "catalog#" + set.name
	d := node{
		"@id": id, "@type": "dcat:Dataset", "dct:identifier": id,
		"dct:title": german(set.title), "dct:description": german(set.description),
		"dct:publisher": r.publisher, "dct:modified": r.modified,
		"dcat:keyword": set.keywords, "dcat:theme": ref(themeGovern),
		"dct:accrualPeriodicity": ref(frequencyDaily), "dct:language": ref(languageGerman),
		"dcat:landingPage":  ref(r.base + "/insight"),
		"dcat:distribution": []node{r.distribution(set, "csv"), r.distribution(set, "json")},
	}
	if r.cfg.ContributorID != "" {
		d["dcatde:contributorID"] = ref(r.cfg.ContributorID)
	}
	if r.cfg.ContactEmail != "" {
		d["dcat:contactPoint"] = node{"@type": "vcard:Organization", "vcard:fn": r.cfg.Publisher,
			"vcard:hasEmail": ref("mailto:" + r.cfg.ContactEmail)}
	}
	if len(geocoding) > 0 {
		d["dcatde:politicalGeocodingLevelURI"] = ref(levelDistrict)
		d["dcatde:politicalGeocodingURI"] = geocoding
	}
	return d
}

// distribution is one file of a dataset.
func (r release) distribution(set dataset, format string) node {
	url := r.base + prefix + set.name + "." + format
	fileType, media, label := fileTypeCSV, "text/csv", "CSV"
	if format == "json" {
		fileType, media, label = fileTypeJSON, "application/json", "JSON"
	}
	return node{
		"@id": url, "@type": "dcat:Distribution",
		"dct:title":      german(set.title + " (" + label + ")"),
		"dcat:accessURL": ref(url), "dcat:downloadURL": ref(url),
		"dct:format": ref(fileType), "dcat:mediaType": ref("https://www.iana.org/assignments/media-types/" + media),
		"dct:license":                     ref(licenseURI),
		"dcatde:licenseAttributionByText": "Datenlizenz Deutschland – Namensnennung – Version 2.0; " + r.cfg.Publisher,
		"dct:modified":                    r.modified,
	}
}
