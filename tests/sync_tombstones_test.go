package tests

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// ideaWithdrawn is an idea Anna withdrew while it waited for pre-moderation:
// it was never public, and only she, the region's moderators and the
// municipality's staff could ever see it.
const ideaWithdrawn = "ideawithdrawn01"

func withWithdrawnIdea(t testing.TB, app core.App) {
	t.Helper()
	b := &builder{app: app}
	idea := b.add("ideas", ideaWithdrawn, argsWith(newIdeaArgs(gelnhausen), "author", personId("anna"), "status", "submitted"))
	if b.err != nil {
		t.Fatal(b.err)
	}
	if err := app.Delete(idea); err != nil {
		t.Fatal(err)
	}
}

func TestAPullNamesNoRecordItsReaderCouldNeverHaveReceived(t *testing.T) {
	app := newColleaguesApp(t)
	withWithdrawnIdea(t, app)
	server := newServer(t, app)
	neverPublic := []struct{ collection, id, author string }{
		{"ideas", ideaSubmitted, "anna"}, {"ideas", ideaHidden, "anna"}, {"ideas", ideaWithdrawn, "anna"}, {"comments", commentHidden, "ben"},
	}
	for _, person := range []string{"", "ben", "olga", "hanna", "uwe"} {
		changes, _ := newDevice(t, server, person).pullAll(0, "")
		for _, r := range neverPublic {
			if r.author == person {
				continue
			}
			if got := opOf(changes, r.collection, r.id); got != opAbsent {
				t.Errorf("%q's pull from 0: %s %s got %s, want absent: it was never public", person, r.collection, r.id, got)
			}
		}
	}
	for _, c := range []struct{ person, why string }{
		{"anna", "its author"}, {"mehmet", "the moderator of its region"}, {"stefan", "the staff of its municipality"},
	} {
		changes, _ := newDevice(t, server, c.person).pullAll(0, "")
		if got := opOf(changes, "ideas", ideaWithdrawn); got != opTombstone {
			t.Errorf("the withdrawn idea for %s: got %s, want a tombstone: they could see it", c.why, got)
		}
	}
}

func TestSomeoneWhoSawAnIdeaGetsItsTombstoneWhenItIsHidden(t *testing.T) {
	app := newTestApp(t)
	server := newServer(t, app)
	uwe := newDevice(t, server, "uwe")
	changes, cursor := uwe.pullAll(0, "")
	if got := opOf(changes, "ideas", ideaPublished); got != opUpsert {
		t.Fatalf("before: got %s, want the idea as an upsert", got)
	}
	withChange("ideas", ideaPublished, map[string]any{"hidden": true})(t, app)
	changes, _ = uwe.pullAll(cursor, "")
	for _, r := range []struct{ collection, id string }{{"ideas", ideaPublished}, {"comments", commentBen}} {
		if got := opOf(changes, r.collection, r.id); got != opTombstone {
			t.Errorf("after hiding: %s %s got %s, want a tombstone", r.collection, r.id, got)
		}
	}
}
