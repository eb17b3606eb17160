package tests

import (
	"net/http"
	"strings"
	"testing"
)

// comment.update decides as a PATCH of the comment does: the same update
// rule (the author, while the comment is visible) and the same validation.
func TestCommentUpdateDecidesLikeTheRESTAPI(t *testing.T) {
	const edited = "Sehr gute Idee, gleich umsetzen!"
	for _, c := range []struct {
		name       string
		as, id     string
		args       map[string]any // id added from the row
		status     string         // of the push result; "" when the push is refused as a whole
		code       string         // of a rejection
		field      string         // of a rejection's field error
		restStatus int            // the PATCH with the same change
		restCode   string         // the PATCH's field error code on field
		wantBody   string         // the comment's body afterwards
	}{
		{"the author edits his visible comment", "ben", commentBen, map[string]any{"body": edited},
			"applied", "", "", http.StatusOK, "", edited},
		{"the author cannot edit his comment once it is hidden", "ben", commentHidden, map[string]any{"body": edited},
			"rejected", "sync_not_found", "", http.StatusNotFound, "", "Unpassend."},
		{"another citizen cannot edit the comment", "anna", commentBen, map[string]any{"body": edited},
			"rejected", "sync_not_found", "", http.StatusNotFound, "", "Gute Idee!"},
		{"the moderator of the region cannot edit the comment", "mehmet", commentBen, map[string]any{"body": edited},
			"rejected", "sync_not_found", "", http.StatusNotFound, "", "Gute Idee!"},
		{"a moderator of another region cannot edit the comment", "olga", commentBen, map[string]any{"body": edited},
			"rejected", "sync_not_found", "", http.StatusNotFound, "", "Gute Idee!"},
		{"anonymous cannot edit the comment", "", commentBen, map[string]any{"body": edited},
			"", "", "", http.StatusNotFound, "", "Gute Idee!"},
		{"a comment that does not exist is not found", "ben", "nosuchcomment00", map[string]any{"body": edited},
			"rejected", "sync_not_found", "", http.StatusNotFound, "", ""},
		{"an empty body is refused as REST refuses it", "ben", commentBen, map[string]any{"body": ""},
			"rejected", "validation_required", "body", http.StatusBadRequest, "validation_required", "Gute Idee!"},
		{"a body over 2000 characters is refused as REST refuses it", "ben", commentBen, map[string]any{"body": strings.Repeat("a", 2001)},
			"rejected", "validation_max_text_constraint", "body", http.StatusBadRequest, "validation_max_text_constraint", "Gute Idee!"},
		{"the author cannot restore his hidden comment: args have no state", "ben", commentHidden, map[string]any{"body": edited, "state": "visible"},
			"rejected", "validation_invalid_value", "args", http.StatusNotFound, "", "Unpassend."},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			server := newServer(t, app)
			device := newDevice(t, server, c.as)
			status, reply := device.push(device.queue("comment.update", argsWith(c.args, "id", c.id)))
			switch {
			case c.status == "" && status != http.StatusUnauthorized:
				t.Fatalf("push: got %d, want 401", status)
			case c.status != "" && (status != http.StatusOK || len(reply.Results) != 1):
				t.Fatalf("push: got %d with %v, want 200 with one result", status, reply.Results)
			case c.status != "":
				r := reply.Results[0]
				if r.Status != c.status || r.Code != c.code || (c.field != "" && fieldCode(r.Data, c.field) != c.code) {
					t.Fatalf("push: got %s %q %v, want %s %q on %q", r.Status, r.Code, r.Data, c.status, c.code, c.field)
				}
			}
			if c.wantBody != "" {
				if got := mustFind(t, app, "comments", c.id).GetString("body"); got != c.wantBody {
					t.Errorf("body after the push: got %q, want %q", got, c.wantBody)
				}
			}
			if got := mustFind(t, app, "ideas", ideaPublished).GetInt("comments_count"); got != 1 {
				t.Errorf("comments_count: got %d, want 1: an edit counts nothing", got)
			}
			var out struct {
				Data map[string]any `json:"data"`
			}
			delete(c.args, "id")
			got := call(t, server.Client(), http.MethodPatch, server.URL+"/api/collections/comments/records/"+c.id,
				authTokenOf(c.as), c.args, &out)
			if got != c.restStatus || (c.restCode != "" && fieldCode(out.Data, c.field) != c.restCode) {
				t.Errorf("REST PATCH: got %d %v, want %d %s on %q", got, out.Data, c.restStatus, c.restCode, c.field)
			}
		})
	}
}
