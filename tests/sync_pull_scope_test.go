package tests

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

func TestPullIsScopedToTheDistrictOfTheRegion(t *testing.T) {
	app := newTestApp(t)
	server := newServer(t, app)
	annasNotice := noticeOf(t, app, "anna")
	pulls := map[string][]pulledChange{}
	pulled := func(person, region string) []pulledChange {
		key := person + "@" + region
		if _, ok := pulls[key]; !ok {
			query := ""
			if region != "" {
				query = "&region=" + region
			}
			pulls[key], _ = newDevice(t, server, person).pullAll(0, query)
		}
		return pulls[key]
	}
	for _, c := range []struct {
		name                       string
		as, region, collection, id string
		op                         string
	}{
		{"a pull for Gelnhausen gets the ideas of Gelnhausen", "uwe", gelnhausen, "ideas", ideaPublished, opUpsert},
		{"a pull for Hanau gets the ideas of the other municipalities of its district", "uwe", hanau, "ideas", ideaPublished, opUpsert},
		{"a pull for the district gets the ideas of its municipalities", "uwe", mainKinzig, "ideas", ideaPublished, opUpsert},
		{"a pull for Gelnhausen gets the comments, status changes and endorsements of its ideas", "uwe", gelnhausen, "comments", commentBen, opUpsert},
		{"a pull for Gelnhausen does not get the ideas of the Kyffhäuserkreis", "uwe", gelnhausen, "ideas", ideaKyff, opAbsent},
		{"a pull for Sondershausen gets the ideas of Sondershausen", "uwe", sondershausen, "ideas", ideaKyff, opUpsert},
		{"a pull for Sondershausen does not get the ideas of Main-Kinzig", "uwe", sondershausen, "ideas", ideaPublished, opAbsent},
		{"a pull for Sondershausen does not get comments on Main-Kinzig ideas", "uwe", sondershausen, "comments", commentBen, opAbsent},
		{"a pull for Sondershausen does not get status changes of Main-Kinzig ideas", "uwe", sondershausen, "status_changes", statusChange1, opAbsent},
		{"a pull for Sondershausen does not get endorsements of Main-Kinzig ideas", "uwe", sondershausen, "endorsements", endorsementVdK, opAbsent},
		{"a pull for Gelnhausen gets the whole catalogue: regions", "uwe", gelnhausen, "regions", sondershausen, opUpsert},
		{"a pull for Gelnhausen gets the whole catalogue: services", "uwe", gelnhausen, "services", wohngeld, opUpsert},
		{"a pull for Gelnhausen gets the whole catalogue: organizations", "uwe", gelnhausen, "organizations", awoKyffhaeuser, opUpsert},
		{"a pull for Sondershausen still gets one's own vote on a Main-Kinzig idea", "ben", sondershausen, "votes", voteBen, opUpsert},
		{"a pull for Sondershausen still gets one's own feedback from Gelnhausen", "anna", sondershausen, "feedback", feedbackAnna, opUpsert},
		{"a pull for Sondershausen still gets one's own report", "anna", sondershausen, "reports", reportAnna, opUpsert},
		{"a pull for Sondershausen still gets one's own notification", "anna", sondershausen, "notifications", annasNotice, opUpsert},
		{"a pull without a region gets every district", "uwe", "", "ideas", ideaKyff, opUpsert},
		{"a guest's pull for Sondershausen gets the ideas of Sondershausen", "", sondershausen, "ideas", ideaKyff, opUpsert},
		{"a guest's pull for Sondershausen does not get the ideas of Main-Kinzig", "", sondershausen, "ideas", ideaPublished, opAbsent},
		{"a guest's pull for Sondershausen does not get comments on Main-Kinzig ideas", "", sondershausen, "comments", commentBen, opAbsent},
		{"a guest's pull for Sondershausen does not get status changes of Main-Kinzig ideas", "", sondershausen, "status_changes", statusChange1, opAbsent},
		{"a guest's pull for Sondershausen does not get endorsements of Main-Kinzig ideas", "", sondershausen, "endorsements", endorsementVdK, opAbsent},
		{"a guest's pull for Sondershausen gets the whole catalogue", "", sondershausen, "services", wohngeld, opUpsert},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := opOf(pulled(c.as, c.region), c.collection, c.id); got != c.op {
				t.Errorf("%s %s: got %s, want %s", c.collection, c.id, got, c.op)
			}
		})
	}
}

func TestPullChecksItsParameters(t *testing.T) {
	app := newTestApp(t)
	anna := newDevice(t, newServer(t, app), "anna")
	for _, c := range []struct {
		name   string
		query  string
		status int
		field  string
	}{
		{"the defaults are a full pull", "", 200, ""},
		{"a cursor, a region and the largest limit are accepted", "cursor=3&region=" + gelnhausen + "&limit=500", 200, ""},
		{"a cursor that is not a number is refused", "cursor=abc", 400, "cursor"},
		{"a negative cursor is refused", "cursor=-1", 400, "cursor"},
		{"a limit of 0 is refused", "limit=0", 400, "limit"},
		{"a limit above 500 is refused", "limit=501", 400, "limit"},
		{"a limit that is not a number is refused", "limit=zehn", 400, "limit"},
		{"a region id of the wrong length is refused", "region=gelnhausen", 400, "region"},
		{"a region id with other characters is refused", "region=gelnhausen0000%27", 400, "region"},
		{"a region that does not exist is refused", "region=nosuchregion000", 400, "region"},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, reply := anna.pull(c.query)
			if status != c.status {
				t.Fatalf("got %d %s %v, want %d", status, reply.Message, reply.Data, c.status)
			}
			if c.field != "" && fieldCode(reply.Data, c.field) == "" {
				t.Errorf("data: got %v, want an error on %s", reply.Data, c.field)
			}
			if c.field == "" && len(reply.Changes) == 0 {
				t.Errorf("got no changes, want the fixtures")
			}
		})
	}
}

func TestPullPagesAreBoundedByCountAndBytes(t *testing.T) {
	app := newTestApp(t)
	start := headOf(t, app)
	addIdeas(t, app, 60, strings.Repeat("Ein sehr ausführlicher Vorschlag. ", 140))
	anna := newDevice(t, newServer(t, app), "anna")
	for _, c := range []struct {
		name    string
		limit   int
		changes int  // in the first page; 0 for "cut short by its size"
		hasMore bool // of the first page
	}{
		{"a page holds no more changes than the limit", 7, 7, true},
		{"a page is cut at about 256 KB, before the limit", 500, 0, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, raw := anna.send(http.MethodGet, fmt.Sprintf("/api/sync/pull?cursor=%d&limit=%d", start, c.limit), nil, nil)
			var page pullReply
			mustUnmarshal(t, raw, &page)
			switch {
			case status != http.StatusOK:
				t.Fatalf("got %d, want 200", status)
			case c.changes > 0 && len(page.Changes) != c.changes:
				t.Errorf("got %d changes, want %d", len(page.Changes), c.changes)
			case c.changes == 0 && (len(page.Changes) >= 60 || len(page.Changes) == 0):
				t.Errorf("got %d of 60 changes, want a page cut short by its size", len(page.Changes))
			case page.HasMore != c.hasMore:
				t.Errorf("hasMore: got %v, want %v", page.HasMore, c.hasMore)
			case len(raw) > 256<<10+1024:
				t.Errorf("page size: got %d bytes, want at most about 256 KB", len(raw))
			case page.Cursor != page.Changes[len(page.Changes)-1].Seq:
				t.Errorf("cursor: got %d, want the seq of the last change sent, %d", page.Cursor, page.Changes[len(page.Changes)-1].Seq)
			}
			all, _ := anna.pullAll(start, fmt.Sprintf("&limit=%d", c.limit))
			if ideas := countOp(all, "ideas", opUpsert); ideas != 60 {
				t.Errorf("pulling on: got %d ideas, want all 60", ideas)
			}
		})
	}
}

// countOp counts the changes of a collection with an op.
func countOp(changes []pulledChange, collection, op string) int {
	n := 0
	for _, c := range changes {
		if c.Collection == collection && c.Op == op {
			n++
		}
	}
	return n
}

// headOf returns the newest seq of the change log.
func headOf(t testing.TB, app core.App) int64 {
	t.Helper()
	var head int64
	if err := app.DB().NewQuery("SELECT COALESCE(MAX(seq), 0) FROM sync_log").Row(&head); err != nil {
		t.Fatal(err)
	}
	return head
}

// addIdeas saves n published ideas of Ben in Gelnhausen in one transaction,
// through the hooks, so that each gets its log entry; it returns their ids.
func addIdeas(t testing.TB, app core.App, n int, body string) []string {
	t.Helper()
	return addRecords(t, app, "ideas", n, func(i int) map[string]any {
		return map[string]any{"title": fmt.Sprintf("Idee Nummer %d", i), "body": body, "region": gelnhausen, "author": personId("ben")}
	})
}

// addRecords saves n records in one transaction, through the hooks but
// without validation: PocketBase checks a new id with a full scan (COLLATE
// NOCASE), which would make the loop quadratic.
func addRecords(t testing.TB, app core.App, collection string, n int, data func(i int) map[string]any) []string {
	t.Helper()
	ids := make([]string, n)
	err := app.RunInTransaction(func(txApp core.App) error {
		c, err := txApp.FindCollectionByNameOrId(collection)
		if err != nil {
			return err
		}
		for i := range ids {
			record := core.NewRecord(c)
			record.Load(data(i))
			if err := txApp.SaveNoValidate(record); err != nil {
				return err
			}
			ids[i] = record.Id
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestPullIsCompressedWhenTheDeviceAcceptsIt(t *testing.T) {
	app := newTestApp(t)
	server := newServer(t, app)
	plain := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	pull := func(acceptEncoding string) (string, pullReply) {
		req, err := http.NewRequest(http.MethodGet, server.URL+"/api/sync/pull?cursor=0", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", authTokenOf("anna"))
		if acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", acceptEncoding)
		}
		res, err := plain.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		raw, _ := readDecoded(t, res)
		encoding := res.Header.Get("Content-Encoding")
		var reply pullReply
		if err := json.Unmarshal(raw, &reply); err != nil {
			t.Fatalf("Accept-Encoding %q: got %q, want JSON", acceptEncoding, raw)
		}
		return encoding, reply
	}
	_, uncompressed := pull("")
	for _, c := range []struct {
		name, acceptEncoding, encoding string
	}{
		{"a device accepting gzip gets gzip", "gzip", "gzip"},
		{"a browser accepting several encodings gets gzip", "gzip, deflate, br", "gzip"},
		{"a device accepting nothing gets plain JSON", "", ""},
		{"a device accepting only other encodings gets plain JSON", "br", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			encoding, reply := pull(c.acceptEncoding)
			if encoding != c.encoding {
				t.Errorf("Content-Encoding: got %q, want %q", encoding, c.encoding)
			}
			if !reflect.DeepEqual(reply, uncompressed) || len(reply.Changes) == 0 {
				t.Errorf("got %d changes, want the same %d as uncompressed", len(reply.Changes), len(uncompressed.Changes))
			}
		})
	}
}
