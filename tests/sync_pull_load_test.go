package tests

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"sync"
	"testing"
	"time"
)

// When a poke makes every phone of a district pull at once, the pulls
// beyond the server's few slots wait in line: each is answered in full, none
// is refused, and a refused pull (a bad cursor) gives its slot back.
func TestPullsBeyondTheSlotsWaitInLineAndAllGetTheirPage(t *testing.T) {
	app := newTestApp(t)
	app.Settings().RateLimits.Enabled = false
	server := newServer(t, app)
	client := &http.Client{Timeout: time.Minute} // asks for gzip and unpacks it
	pull := func(cursor string) (int, pullReply, error) {
		req, err := http.NewRequest(http.MethodGet, server.URL+"/api/sync/pull?cursor="+cursor, nil)
		if err != nil {
			return 0, pullReply{}, err
		}
		req.Header.Set("Authorization", authTokenOf("anna"))
		res, err := client.Do(req)
		if err != nil {
			return 0, pullReply{}, err
		}
		defer res.Body.Close()
		var reply pullReply
		if res.StatusCode == http.StatusOK {
			err = json.NewDecoder(res.Body).Decode(&reply)
		}
		return res.StatusCode, reply, err
	}
	status, alone, err := pull("0")
	if err != nil || status != http.StatusOK || len(alone.Changes) == 0 {
		t.Fatalf("a pull alone: got %d with %d changes (%v), want 200 with changes", status, len(alone.Changes), err)
	}

	for _, c := range []struct {
		name   string
		cursor string
		status int
	}{
		{"pulls with a bad cursor are refused and free their slots", "soon", http.StatusBadRequest},
		{"a hundred pulls at once each get the whole page", "0", http.StatusOK},
	} {
		t.Run(c.name, func(t *testing.T) {
			var wg sync.WaitGroup
			failures := make(chan string, 100)
			for range 100 {
				wg.Go(func() {
					status, reply, err := pull(c.cursor)
					switch {
					case err != nil || status != c.status:
						failures <- fmt.Sprintf("got %d (%v), want %d", status, err, c.status)
					case status == http.StatusOK && !reflect.DeepEqual(reply, alone):
						failures <- fmt.Sprintf("got %d changes up to %d, want the %d up to %d of a pull alone",
							len(reply.Changes), reply.Cursor, len(alone.Changes), alone.Cursor)
					}
				})
			}
			wg.Wait()
			close(failures)
			for failure := range failures {
				t.Error(failure)
			}
		})
	}
}
