package opendata

import (
	"compress/gzip"
	"database/sql"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// lastRebuild is when the insight aggregates were last rebuilt: the data's
// dct:modified and Last-Modified. It is the zero time before the first
// rebuild, which Register makes on start.
func lastRebuild(app core.App) (time.Time, error) {
	var rebuilt string
	err := app.DB().NewQuery("SELECT rebuilt FROM insight_rebuilds ORDER BY rebuilt DESC LIMIT 1").Row(&rebuilt)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	at, err := types.ParseDateTime(rebuilt)
	return at.Time(), err
}

// notModified sets the caching headers of a response drawn from the
// aggregates of rebuilt and answers 304 when the harvester has that version.
// The ETag is weak because the bytes differ with gzip; it names k too, since
// the same rebuild under another --minGroupSize is other data. A URL's
// content depends on nothing else, so harvesters download once per night
// at most and only after a rebuild.
func notModified(e *core.RequestEvent, rebuilt time.Time, minGroupSize int) bool {
	etag := `W/"` + strconv.FormatInt(rebuilt.UnixMilli(), 36) + "-k" + strconv.Itoa(minGroupSize) + `"`
	header := e.Response.Header()
	header.Set("ETag", etag)
	header.Set("Last-Modified", rebuilt.UTC().Format(http.TimeFormat))
	header.Set("Cache-Control", "public, max-age=3600")
	header.Add("Vary", "Accept-Encoding")
	if match := e.Request.Header.Get("If-None-Match"); match != "" {
		if !etagListHas(match, etag) {
			return false
		}
	} else if since, err := http.ParseTime(e.Request.Header.Get("If-Modified-Since")); err != nil || rebuilt.Truncate(time.Second).After(since) {
		return false
	}
	e.Response.WriteHeader(http.StatusNotModified)
	return true
}

// etagListHas reports whether an If-None-Match list names etag (weak
// comparison, RFC 9110 13.1.2).
func etagListHas(list, etag string) bool {
	for _, candidate := range strings.Split(list, ",") {
		candidate = strings.TrimSpace(candidate)
		if candidate == "*" || strings.TrimPrefix(candidate, "W/") == strings.TrimPrefix(etag, "W/") {
			return true
		}
	}
	return false
}

// compressed returns the writer of the response body, gzipped when the
// client accepts it: the CSV of a year of many municipalities shrinks
// tenfold.
func compressed(e *core.RequestEvent) io.WriteCloser {
	if !strings.Contains(e.Request.Header.Get("Accept-Encoding"), "gzip") {
		return nopCloser{e.Response}
	}
	e.Response.Header().Set("Content-Encoding", "gzip")
	return gzip.NewWriter(e.Response)
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }
