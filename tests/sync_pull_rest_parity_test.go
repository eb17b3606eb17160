package tests

import (
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// Records the parity scenario adds: what Uwe, a volunteer of the VdK, entered
// for people who are not online, and one rating with two owners.
const (
	assistedRating = "parityassisted1" // Uwe entered it for someone without an account
	paperRating    = "paritypaper0001" // Uwe typed it in from a paper form
	sharedRating   = "parityshared001" // Ben's own rating, entered with Uwe's help: two owners
	enteredIdea    = "parityassidea01" // Uwe entered it; it waits for pre-moderation
)

// withVolunteerEntries saves what a volunteer entered, through the app and its hooks.
func withVolunteerEntries(t testing.TB, app core.App) {
	uwe := personId("uwe")
	entry := func(channel string) map[string]any {
		return map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 4, "channel": channel,
			"organization": vdkMainKinzig, "entered_by": uwe, "consent": true}
	}
	b := &builder{app: app}
	b.add("feedback", assistedRating, entry("assisted"))
	b.add("feedback", paperRating, entry("paper"))
	b.add("feedback", sharedRating, argsWith(entry("assisted"), "author", personId("ben")))
	b.add("ideas", enteredIdea, argsWith(newIdeaArgs(gelnhausen), "channel", "assisted", "organization", vdkMainKinzig,
		"entered_by", uwe, "consent", true))
	if b.err != nil {
		t.Fatal(b.err)
	}
}

// keptOnDevice is, per private collection, the REST filter of the records a
// device keeps: those that name its person as an owner. The other private
// records a person may read (a moderator's reports, the feedback at a desk)
// are read online and are not theirs to keep. Public collections are kept
// whole, as far as the person may see them.
var keptOnDevice = map[string]string{
	"votes":         "user = {:me}",
	"feedback":      "author = {:me} || entered_by = {:me}",
	"reports":       "reporter = {:me}",
	"notifications": "user = {:me}",
}

// syncedForParity are the collections a device keeps (docs/sync.md).
var syncedForParity = []string{"regions", "services", "organizations", "ideas", "comments", "status_changes",
	"endorsements", "votes", "feedback", "reports", "notifications"}

func TestPullFromZeroDeliversWhatTheRESTListShows(t *testing.T) {
	app := newColleaguesApp(t)
	withDeletions(t, app)
	withVolunteerEntries(t, app)
	server := newServer(t, app)
	for _, person := range []string{"", "anna", "ben", "uwe", "ingo", "mehmet", "marta", "olga", "stefan", "hanna"} {
		changes, _ := newDevice(t, server, person).pullAll(0, "")
		pulled := map[string]map[string]map[string]any{}
		for _, c := range changes {
			if pulled[c.Collection] == nil {
				pulled[c.Collection] = map[string]map[string]any{}
			}
			if c.Op == opUpsert {
				pulled[c.Collection][c.Id] = c.Record
			} else {
				delete(pulled[c.Collection], c.Id)
			}
		}
		for _, collection := range syncedForParity {
			t.Run(fmt.Sprintf("%s as %q", collection, person), func(t *testing.T) {
				listed := restList(t, server.URL, person, collection)
				got, want := idsOf(pulled[collection]), idsOf(listed)
				if !slices.Equal(got, want) {
					t.Fatalf("pull from 0 delivers %v, want what the REST list shows: %v", got, want)
				}
				for id, record := range listed {
					if !reflect.DeepEqual(pulled[collection][id], record) {
						t.Errorf("%s: pulled %v, want as listed: %v", id, pulled[collection][id], record)
					}
				}
			})
		}
	}
}

// restList returns the records of collection that the REST list shows person, by id.
func restList(t *testing.T, base, person, collection string) map[string]map[string]any {
	t.Helper()
	query := url.Values{"perPage": {"500"}, "skipTotal": {"1"}}
	if filter, private := keptOnDevice[collection]; private && person != "" {
		query.Set("filter", strings.ReplaceAll(filter, "{:me}", strconv.Quote(userIdOf(person))))
	}
	var page struct {
		Items []map[string]any `json:"items"`
	}
	status := call(t, http.DefaultClient, http.MethodGet, base+"/api/collections/"+collection+"/records?"+query.Encode(),
		authTokenOf(person), nil, &page)
	if status != http.StatusOK {
		t.Fatalf("REST list of %s as %q: got status %d, want 200", collection, person, status)
	}
	if len(page.Items) == 500 {
		t.Fatalf("REST list of %s: a full page; the comparison needs all records", collection)
	}
	records := map[string]map[string]any{}
	for _, item := range page.Items {
		records[item["id"].(string)] = item
	}
	return records
}

func idsOf(records map[string]map[string]any) []string {
	ids := make([]string, 0, len(records))
	for id := range records {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}
