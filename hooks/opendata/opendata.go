// Package opendata publishes the insight aggregates as open data under the
// Datenlizenz Deutschland – Namensnennung 2.0: a DCAT-AP.de catalogue that
// GovData can harvest and CSV and JSON distributions of feedback, ideas and
// response times, at stable URLs, refreshed by the nightly rebuild. It reads
// only what the public may see (published feedback cells, no people, no
// free text); docs/opendata.md documents every column.
package opendata

import (
	"bytes"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/mitwirken/mitwirken/hooks/insight"
	"github.com/pocketbase/pocketbase/core"
)

// Config is what the operator says about the published data.
type Config struct {
	// MinGroupSize is the k of docs/privacy-aggregates.md; the aggregates
	// were published with it, and the distributions name it.
	MinGroupSize int
	// Publisher is the operator's name: dct:publisher and the attribution
	// the licence asks for.
	Publisher string
	// ContactEmail is the catalogue's contact point (vcard:hasEmail).
	ContactEmail string
	// ContributorID is the GovData contributor IRI
	// (http://dcat-ap.de/def/contributors/...), which GovData assigns to a
	// data provider; without it the datasets lack dcatde:contributorID.
	ContributorID string
}

// prefix is where the open data lives; its URLs are stable.
const prefix = "/api/opendata/"

// Register adds the catalogue and the distributions, answers writes with
// 405, and builds the aggregates on start if they were never rebuilt.
func Register(app core.App, cfg Config) {
	cache := &distributionCache{}
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET(prefix+"catalog", func(e *core.RequestEvent) error { return serveCatalog(e, cfg) })
		se.Router.GET(prefix+"{file}", func(e *core.RequestEvent) error { return serveDistribution(e, cfg, cache) })
		for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
			se.Router.Route(method, prefix+"{file}", methodNotAllowed)
		}
		if err := se.Next(); err != nil {
			return err
		}
		return rebuildIfNeverRecorded(se.App, cfg.MinGroupSize)
	})
}

// methodNotAllowed answers a write: the open data is read only.
func methodNotAllowed(e *core.RequestEvent) error {
	e.Response.Header().Set("Allow", "GET, HEAD")
	return e.Error(http.StatusMethodNotAllowed, "The open data is read only.", nil)
}

// rebuildIfNeverRecorded builds the aggregates of a database that has them
// from before their rebuild time was recorded, so the catalogue has a
// dct:modified before the first night. A fresh database is built here too
// (insight's own start check then finds it built).
func rebuildIfNeverRecorded(app core.App, minGroupSize int) error {
	var recorded int
	if err := app.DB().NewQuery("SELECT EXISTS (SELECT 1 FROM insight_rebuilds)").Row(&recorded); err != nil {
		return err
	}
	if recorded == 1 {
		return nil
	}
	return insight.Rebuild(app, minGroupSize, time.Now())
}

// serveDistribution answers /api/opendata/{dataset}.{csv|json}.
func serveDistribution(e *core.RequestEvent, cfg Config, cache *distributionCache) error {
	name, format, _ := strings.Cut(e.Request.PathValue("file"), ".")
	set, ok := datasetNamed(name)
	if !ok || (format != "csv" && format != "json") {
		return e.NotFoundError("", nil)
	}
	filter, err := filterOf(e)
	if err != nil {
		return err
	}
	rebuilt, err := lastRebuild(e.App)
	if err != nil {
		return err
	}
	if notModified(e, rebuilt, cfg.MinGroupSize) {
		return nil
	}
	key := name + "." + format + "?" + filter.Region + "&" + filter.Since
	body, ok := cache.get(key, rebuilt)
	if !ok {
		if body, err = encodeDistribution(e.App, set, format, filter, rebuilt, cfg); err != nil {
			return err
		}
		cache.put(key, rebuilt, body)
	}
	if format == "csv" {
		e.Response.Header().Set("Content-Type", "text/csv; charset=utf-8")
		e.Response.Header().Set("Content-Disposition", `inline; filename="`+set.name+`.csv"`)
	} else {
		e.Response.Header().Set("Content-Type", "application/json")
	}
	w := compressed(e)
	e.Response.WriteHeader(http.StatusOK)
	_, err = w.Write(body)
	return errors.Join(err, w.Close())
}

// encodeDistribution reads the dataset's table and encodes it as format.
func encodeDistribution(app core.App, set dataset, format string, f filter, rebuilt time.Time, cfg Config) ([]byte, error) {
	table, err := set.read(app, f)
	if err != nil {
		return nil, err
	}
	var body bytes.Buffer
	if format == "csv" {
		err = writeCSV(&body, table)
	} else {
		err = writeJSON(&body, set, table, rebuilt, cfg)
	}
	return body.Bytes(), err
}
