package sync

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	gosync "sync"

	"github.com/pocketbase/pocketbase/core"
)

// pullPage is the reply of one pull as it goes on the wire: the changes are
// encoded one by one straight into the compressor, so the uncompressed page
// is never held whole, and the small compressed reply is all that waits for
// a slow device once the pull's slot is free (pull_slots.go).
type pullPage struct {
	wire    *bytes.Buffer
	zipper  *gzip.Writer // nil when the device does not accept gzip
	scratch []byte       // one change, encoded
	size    int          // bytes before compression, to bound the page
	count   int
}

var (
	pullWires   = gosync.Pool{New: func() any { return new(bytes.Buffer) }}
	pullZippers = gosync.Pool{New: func() any { return gzip.NewWriter(nil) }}
)

// newPullPage starts a page for the request, with gzip when it accepts it
// (as PocketBase's gzip middleware decides).
func newPullPage(e *core.RequestEvent) *pullPage {
	p := &pullPage{wire: pullWires.Get().(*bytes.Buffer)}
	p.wire.Reset()
	if strings.Contains(e.Request.Header.Get("Accept-Encoding"), "gzip") {
		p.zipper = pullZippers.Get().(*gzip.Writer)
		p.zipper.Reset(p.wire)
	}
	p.write([]byte(`{"changes":[`))
	return p
}

func (p *pullPage) write(raw []byte) {
	p.size += len(raw)
	if p.zipper != nil {
		p.zipper.Write(raw) // into a bytes.Buffer: cannot fail
		return
	}
	p.wire.Write(raw)
}

// add appends a change unless the page would pass maxBytes; the first change
// always fits. Its bytes are those of json.Marshal(change), without encoding
// the record twice (json.Marshal re-reads a MarshalJSON result to compact it).
func (p *pullPage) add(c pulledChange, maxBytes int) (bool, error) {
	b := p.scratch[:0]
	if p.count > 0 {
		b = append(b, ',')
	}
	b = append(b, `{"seq":`...)
	b = strconv.AppendInt(b, c.Seq, 10)
	b = appendJSONField(b, "collection", c.Collection)
	b = appendJSONField(b, "op", c.Op)
	b = appendJSONField(b, "id", c.Id)
	if c.Record != nil {
		record, err := c.Record.MarshalJSON()
		if err != nil {
			return false, err
		}
		b = append(append(b, `,"record":`...), record...)
	}
	b = append(b, '}')
	p.scratch = b
	if p.count > 0 && p.size+len(b) > maxBytes {
		return false, nil
	}
	p.write(b)
	p.count++
	return true, nil
}

func appendJSONField(b []byte, name, value string) []byte {
	raw, _ := json.Marshal(value) // a string always encodes
	return append(append(append(append(b, `,"`...), name...), `":`...), raw...)
}

// finish closes the page with its cursor; the page is then ready to send.
func (p *pullPage) finish(cursor int64, hasMore bool) {
	p.write([]byte(`],"cursor":` + strconv.FormatInt(cursor, 10) + `,"hasMore":` + strconv.FormatBool(hasMore) + `}`))
	if p.zipper != nil {
		p.zipper.Close()
	}
}

// send writes the page and returns its buffers to their pools.
func (p *pullPage) send(e *core.RequestEvent) error {
	defer p.free()
	e.Response.Header().Add("Vary", "Accept-Encoding")
	if p.zipper != nil {
		e.Response.Header().Set("Content-Encoding", "gzip")
	}
	return e.Blob(http.StatusOK, "application/json", p.wire.Bytes())
}

// free returns the buffers to their pools; a page that is not sent (an error) is freed too.
func (p *pullPage) free() {
	if p.zipper != nil {
		p.zipper.Reset(nil)
		pullZippers.Put(p.zipper)
		p.zipper = nil
	}
	if p.wire != nil && p.wire.Cap() <= pullMaxBytes {
		pullWires.Put(p.wire)
	}
	p.wire = nil
}
