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
	fileTypeCSV   = "http://publications.europa.eu/resource/authority/file-type/CSV"
	fileTypeJSON  = "http://publications.europa.eu/resource/authority/file-type/JSON"
	themeGovern   = "http://publications.europa.eu/resource/authority/data-theme/GOVE"
	frequencyDaly = "http://publications.europa.eu/resource/authority/frequency/DAILY"
	languageGer   = "http://publications.europa.eu/resource/authority/language/DEU"
	levelDistrict = "http://dcat-ap.de/def/politicalGeocoding/Level/district"
	districtKey   = "http://dcat-ap.de/def/politicalGeocoding/districtKey/"
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
	base := strings.TrimRight(app.Settings().Meta.AppURL, "/")
	modified := typed(rebuilt.UTC().Format(time.RFC3339), "xsd:dateTime")
	publisher := node{"@type": "foaf:Agent", "foaf:name": cfg.Publisher}
	geocoding, err := districtKeys(app)
	if err != nil {
		return nil, err
	}
	var sets []node
	for _, set := range datasets {
		d := node{
			"@id": base + prefix + "catalog#" + set.name, "@type": "dcat:Dataset",
			"dct:identifier": base + prefix + "catalog#" + set.name,
			"dct:title":      german(set.title), "dct:description": german(set.description),
			"dct:publisher": publisher, "dct:modified": modified,
			"dcat:keyword": set.keywords, "dcat:theme": ref(themeGovern),
			"dct:accrualPeriodicity": ref(frequencyDaly), "dct:language": ref(languageGer),
			"dcat:landingPage":  ref(base + "/insight"),
			"dcat:distribution": []node{distribution(base, set, "csv", cfg, modified), distribution(base, set, "json", cfg, modified)},
		}
		if cfg.ContributorID != "" {
			d["dcatde:contributorID"] = ref(cfg.ContributorID)
		}
		if cfg.ContactEmail != "" {
			d["dcat:contactPoint"] = node{"@type": "vcard:Organization", "vcard:fn": cfg.Publisher,
				"vcard:hasEmail": ref("mailto:" + cfg.ContactEmail)}
		}
		if len(geocoding) > 0 {
			d["dcatde:politicalGeocodingLevelURI"] = ref(levelDistrict)
			d["dcatde:politicalGeocodingURI"] = geocoding
		}
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
		"@context": context, "@id": base + prefix + "catalog", "@type": "dcat:Catalog",
		"dct:title":       german("Mitwirken – offene Daten zu Bürgerbeteiligung und Verwaltungsleistungen"),
		"dct:description": german("Bewertungen von Online-Verwaltungsleistungen, Ideen und Antwortzeiten der Kommunen auf Mitwirken, k-anonym und nächtlich aktualisiert."),
		"dct:publisher":   publisher, "dct:modified": modified, "dct:language": ref(languageGer),
		"foaf:homepage": ref(base + "/"), "dcat:dataset": sets,
	}, nil
}

// distribution is one file of a dataset.
func distribution(base string, set dataset, format string, cfg Config, modified node) node {
	url := base + prefix + set.name + "." + format
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
		"dcatde:licenseAttributionByText": "Datenlizenz Deutschland – Namensnennung – Version 2.0; " + cfg.Publisher,
		"dct:modified":                    modified,
	}
}
