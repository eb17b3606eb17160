package tests

import (
	"net/http"
	"reflect"
	"slices"
	"testing"

	"github.com/google/uuid"
)

// Ids of an idea and a comment that do not exist. An action on a record one
// may not see must be answered exactly as an action on one of these.
const (
	missingIdea    = "nosuchidea00000"
	missingComment = "nosuchcomment00"
)

// refusedAsMissing is the whole REST answer to a create whose target does not
// exist, in the German default: the create rule refuses it.
const refusedAsMissing = `{"data":{},"message":"Der Eintrag konnte nicht gespeichert werden.","status":400}`

// refusedAsMissingInABatch is that answer inside a batch, which PocketBase leaves untranslated.
var refusedAsMissingInABatch = append(failedAt("0"), `"response":{"data":{},"message":"Failed to create record.","status":400}`)

// unseenTarget is a record some people may not see, and who may.
type unseenTarget struct {
	name, field, id string
	seenBy          []string
}

var unseenTargets = []unseenTarget{
	{"a submitted idea of someone else", "idea", ideaSubmitted, []string{"anna", "mehmet", "stefan"}},
	{"a hidden idea", "idea", ideaHidden, []string{"anna", "mehmet", "stefan"}},
	{"a hidden comment", "comment", commentHidden, []string{"ben", "mehmet"}},
}

// everyRole is one person in each role towards the fixtures' Gelnhausen
// content, with how a row names them.
var everyRole = []struct{ person, role string }{
	{"", "anonymous"},
	{"ben", "another citizen (Ben)"},
	{"anna", "a citizen (Anna)"},
	{"mehmet", "the moderator of the region"},
	{"olga", "a moderator of another region"},
	{"stefan", "the staff of the municipality"},
	{"hanna", "the staff of another municipality"},
}

// targetAction is one way of acting on a target: the REST collection, the
// request body, and the sync mutation that does the same ("" when none does).
type targetAction struct {
	verb, collection, kind string
	fields                 []string // the target fields it accepts
	body                   func(person, field, id string) string
}

var targetActions = []targetAction{
	{"reports", "reports", "report.create", []string{"idea", "comment"}, func(person, field, id string) string {
		if field == "comment" {
			return reportBody(actorId(person), "", id)
		}
		return reportBody(actorId(person), id, "")
	}},
	{"votes on", "votes", "vote.cast", []string{"idea"}, func(person, _, id string) string {
		return `{"user":"` + actorId(person) + `","idea":"` + id + `"}`
	}},
	{"comments on", "comments", "comment.create", []string{"idea"}, func(person, _, id string) string {
		return `{"author":"` + actorId(person) + `","idea":"` + id + `","body":"Was ist damit?"}`
	}},
	{"endorses", "endorsements", "", []string{"idea"}, func(person, _, id string) string {
		organization := vdkMainKinzig
		if person == "olga" {
			organization = awoKyffhaeuser
		}
		return endorsementBody(id, organization, actorId(person))
	}},
	{"appeals against the hiding of", "appeals", "", []string{"idea", "comment"}, func(person, field, id string) string {
		return `{"appellant":"` + actorId(person) + `","` + field + `":"` + id + `","text":"Bitte noch einmal prüfen."}`
	}},
}

// actorId is the user id a body names for a person; "" for anonymous.
func actorId(person string) string {
	if person == "" {
		return ""
	}
	return userIdOf(person)
}

// missingOf is the id of a record of the target's kind that does not exist.
func missingOf(field string) string {
	if field == "comment" {
		return missingComment
	}
	return missingIdea
}

func TestActionsOnUnseenTargetsAreRefusedLikeOnMissingOnes(t *testing.T) {
	t.Parallel()
	var rows []accessCheck
	for _, action := range targetActions {
		url := "/api/collections/" + action.collection + "/records"
		for _, field := range action.fields {
			body := action.body("ben", field, missingOf(field))
			rows = append(rows,
				accessCheck{access: access{name: "a citizen " + action.verb + " a missing " + field + ": the answer the others are compared with",
					as: "ben", method: http.MethodPost, url: url, body: body, status: 400, has: []string{refusedAsMissing}}},
				accessCheck{access: access{name: "a citizen " + action.verb + " a missing " + field + " in a batch: the answer the others are compared with",
					as: "ben", method: http.MethodPost, url: batch, body: batchOf(batchRequest(http.MethodPost, url, body)), status: 400,
					has: refusedAsMissingInABatch}})
		}
		for _, target := range unseenTargets {
			if !slices.Contains(action.fields, target.field) {
				continue
			}
			for _, r := range everyRole {
				if slices.Contains(target.seenBy, r.person) {
					continue
				}
				body := action.body(r.person, target.field, target.id)
				stored := wantNone(action.collection, map[string]any{target.field: target.id})
				rows = append(rows,
					accessCheck{access: access{name: r.role + " " + action.verb + " " + target.name + " unseen: refused as if missing",
						as: r.person, method: http.MethodPost, url: url, body: body, status: 400, has: []string{refusedAsMissing}}, after: stored},
					accessCheck{access: access{name: r.role + " " + action.verb + " " + target.name + " unseen in a batch: refused as if missing",
						as: r.person, method: http.MethodPost, url: batch, body: batchOf(batchRequest(http.MethodPost, url, body)), status: 400,
						has: refusedAsMissingInABatch}, after: stored},
				)
			}
		}
	}
	runChecksOn(t, newColleaguesApp, rows)
}

func TestActionsOnSeenTargetsGiveTheirReasons(t *testing.T) {
	t.Parallel()
	votes := "/api/collections/votes/records"
	vote := func(person, idea string) string { return `{"user":"` + actorId(person) + `","idea":"` + idea + `"}` }
	runChecksOn(t, newColleaguesApp, []accessCheck{
		{access: access{name: "the author voting on her submitted idea is told it is not published yet", as: "anna", method: http.MethodPost, url: votes,
			body: vote("anna", ideaSubmitted), status: 400, has: []string{`"idea":{"code":"vote_idea_not_published"`}}},
		{access: access{name: "the staff of the municipality voting on a submitted idea is told it is not published yet", as: "stefan", method: http.MethodPost, url: votes,
			body: vote("stefan", ideaSubmitted), status: 400, has: []string{`"idea":{"code":"vote_idea_not_published"`}}},
		{access: access{name: "the moderator of the region voting on a hidden idea is told it is hidden", as: "mehmet", method: http.MethodPost, url: votes,
			body: vote("mehmet", ideaHidden), status: 400, has: []string{`"idea":{"code":"vote_idea_hidden"`}}},
		{access: access{name: "the author of a hidden comment appeals against its hiding", as: "ben", method: http.MethodPost, url: appeals,
			body: `{"appellant":"` + personId("ben") + `","comment":"` + commentHidden + `","text":"Bitte noch einmal prüfen."}`, status: 200},
			after: wantOne("appeals", map[string]any{"comment": commentHidden, "appellant": personId("ben")})},
		{access: access{name: "the moderator of the region reports a hidden comment", as: "mehmet", method: http.MethodPost, url: reports,
			body: reportBody(personId("mehmet"), "", commentHidden), status: 200},
			after: wantOne("reports", map[string]any{"comment": commentHidden, "reporter": personId("mehmet")})},
	})
}

// Sync push decides by the same create rules: a mutation on a record one may
// not see gets exactly the result of one on a record that does not exist.
func TestPushOnUnseenTargetsIsRefusedLikeOnMissingOnes(t *testing.T) {
	t.Parallel()
	app := newColleaguesApp(t)
	server := newServer(t, app)
	before := syncedCounts(t, app)
	for _, action := range targetActions {
		if action.kind == "" {
			continue
		}
		for _, target := range unseenTargets {
			if !slices.Contains(action.fields, target.field) {
				continue
			}
			for _, r := range everyRole {
				if r.person == "" || slices.Contains(target.seenBy, r.person) {
					continue
				}
				t.Run(r.role+" "+action.verb+" "+target.name+" unseen, by sync", func(t *testing.T) {
					device := newDevice(t, server, r.person)
					args := func(id string) map[string]any {
						a := map[string]any{"id": uuid.NewString(), target.field: id}
						switch action.kind {
						case "report.create":
							a["reason"] = "spam"
						case "comment.create":
							a["body"] = "Was ist damit?"
						}
						return a
					}
					status, reply := device.push(device.queue(action.kind, args(target.id)), device.queue(action.kind, args(missingOf(target.field))))
					if status != http.StatusOK || len(reply.Results) != 2 {
						t.Fatalf("got %d with %d results, want 200 with 2", status, len(reply.Results))
					}
					unseen, missing := reply.Results[0], reply.Results[1]
					if unseen.Status != "rejected" {
						t.Fatalf("got %s, want rejected", unseen.Status)
					}
					if unseen.Code != missing.Code || unseen.Message != missing.Message || !reflect.DeepEqual(unseen.Data, missing.Data) {
						t.Errorf("got %s %q %v, want what a missing %s gets: %s %q %v",
							unseen.Code, unseen.Message, unseen.Data, target.field, missing.Code, missing.Message, missing.Data)
					}
				})
			}
		}
	}
	after := syncedCounts(t, app)
	delete(before, "sync_mutations") // the journal keeps the rejections
	delete(after, "sync_mutations")
	if !reflect.DeepEqual(after, before) {
		t.Errorf("records: got %v after the pushes, want %v as before", after, before)
	}
}
