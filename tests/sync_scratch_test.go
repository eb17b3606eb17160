package tests

import (
	"encoding/json"
	"testing"
)

func TestSyncScratch(t *testing.T) {
	app := newTestApp(t)
	server := newServer(t, app)
	anna := newDevice(t, server, "anna")
	idea := newUUID()
	ms := []syncMutation{
		anna.queue("idea.create", map[string]any{"id": idea, "title": "Neue Idee hier", "body": "Ein langer Text dazu.", "region": gelnhausen}),
		anna.queue("idea.create", map[string]any{"id": newUUID(), "title": "x", "body": "Ein langer Text dazu.", "region": gelnhausen}),
		anna.queue("comment.create", map[string]any{"id": newUUID(), "idea": ideaSubmitted, "body": "hallo"}),
		anna.queue("vote.cast", map[string]any{"id": newUUID(), "idea": ideaHidden}),
		anna.queue("idea.update", map[string]any{"id": ideaPublished, "title": "Neuer Titel"}),
		anna.queue("idea.update", map[string]any{"id": ideaKyff, "title": "Neuer Titel"}),
		anna.queue("idea.create", map[string]any{"id": newUUID(), "title": "Neue Idee hier", "body": "Ein langer Text dazu.", "region": "nonexist0000000"}),
		anna.queue("report.create", map[string]any{"id": newUUID(), "idea": ideaKyff, "comment": commentBen, "reason": "spam"}),
		anna.queue("feedback.create", map[string]any{"id": newUUID(), "service": wohngeld, "region": gelnhausen, "rating": 3, "author": "x"}),
		anna.queue("vote.retract", map[string]any{"idea": ideaPublished}),
		anna.queue("idea.update", map[string]any{"id": ideaSubmitted, "title": "Neuer Titel"}),
	}
	status, reply := anna.push(ms...)
	raw, _ := json.MarshalIndent(reply, "", " ")
	t.Logf("%d %s", status, raw)
	anna.language = "en"
	status, reply = anna.push(ms[1:4]...)
	raw, _ = json.MarshalIndent(reply, "", " ")
	t.Logf("%d %s", status, raw)
	admin := newDevice(t, server, "admin")
	s, b := admin.send("POST", "/api/sync/push", []byte(`{}`), nil)
	t.Logf("%d %s", s, b)
	s, b = anna.send("POST", "/api/sync/push", []byte(`{"device":"x","mutations":[]}`), nil)
	t.Logf("%d %s", s, b)
	anna.language = ""
	s, b = anna.send("POST", "/api/sync/push", []byte(`{"device":"x","mutations":[]}`), nil)
	t.Logf("%d %s", s, b)
	s, b = anna.send("POST", "/api/sync/push", []byte(`{"device":`), nil)
	t.Logf("%d %s", s, b)
	s, b = anna.send("GET", "/api/sync/pull?cursor=0&limit=500", nil, nil)
	t.Logf("%d %s", s, b)
}
