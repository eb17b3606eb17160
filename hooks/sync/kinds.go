package sync

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// mutationKinds is the table of what a device may push (docs/sync.md). A new
// kind is an entry here with its args and apply function, its test, the PWA's
// action and its docs; `go test ./hooks/sync` says when docs/sync.md's
// generated table, which the PWA's build reads, needs rewriting (-update).
var mutationKinds = []mutationKind{
	kindWithArgs(mutationKind{Type: "idea.create", Collection: "ideas", Op: "create", Owners: []string{"author", "entered_by"},
		Rest: "`POST /api/collections/ideas/records`",
		Example: `{"id":"5b0c7c0e-0000-4000-8000-0000000000a1","title":"Sitzbänke am Bahnhof","body":"Es fehlen Bänke zum Warten.",` +
			`"region":"gelnhausen00000","service":"wohngeld0000000","topic":"mobility","channel":"assisted","organization":"verband0000001","consent":true}`},
		func(txApp core.App, e *core.RequestEvent, m mutation, a ideaCreateArgs) mutationResult {
			return createRecord(txApp, e, m, "ideas", a.Id, a.owner(map[string]any{"title": a.Title, "body": a.Body, "region": a.Region,
				"service": a.Service, "topic": a.Topic}, e.Auth.Id, "author"))
		}),
	kindWithArgs(mutationKind{Type: "idea.update", Collection: "ideas", Op: "update",
		Rest:    "`PATCH …/ideas/records/{id}` (only while `submitted`)",
		Example: `{"id":"ideasubmitted01","base_updated":"2026-01-01 10:00:00.000Z","title":"Bürgerbus per App","body":"Ein Bus, den man bestellt.","service":"","topic":"mobility"}`}, updateIdea),
	kindWithArgs(mutationKind{Type: "feedback.create", Collection: "feedback", Op: "create", Owners: []string{"author", "entered_by"},
		Rest:    "`POST …/feedback/records`",
		Example: `{"id":"5b0c7c0e-0000-4000-8000-0000000000f1","service":"wohngeld0000000","region":"hanau0000000000","rating":4,"text":"Gut.","barriers":["mobile","other"],"barrier_other":"Treppe","channel":"paper","consent":true}`},
		func(txApp core.App, e *core.RequestEvent, m mutation, a feedbackCreateArgs) mutationResult {
			return createRecord(txApp, e, m, "feedback", a.Id, a.owner(map[string]any{"service": a.Service, "region": a.Region,
				"rating": a.Rating, "text": a.Text, "barriers": a.Barriers, "barrier_other": a.BarrierOther}, e.Auth.Id, "author"))
		}),
	kindWithArgs(mutationKind{Type: "comment.create", Collection: "comments", Op: "create", Owners: []string{"author"},
		Rest:    "`POST …/comments/records`",
		Example: `{"id":"5b0c7c0e-0000-4000-8000-0000000000c1","idea":"ideakyff0000001","body":"Ja!"}`},
		func(txApp core.App, e *core.RequestEvent, m mutation, a commentCreateArgs) mutationResult {
			return createRecord(txApp, e, m, "comments", a.Id, map[string]any{"idea": a.Idea, "body": a.Body, "author": e.Auth.Id})
		}),
	kindWithArgs(mutationKind{Type: "comment.update", Collection: "comments", Op: "update",
		Rest:    "`PATCH …/comments/records/{id}` (only the author, while `visible`)",
		Example: `{"id":"commentben00001","body":"Doch nicht."}`}, updateComment),
	kindWithArgs(mutationKind{Type: "vote.cast", Collection: "votes", Op: "create", Owners: []string{"user"},
		Rest:    "`POST …/votes/records`",
		Example: `{"id":"5b0c7c0e-0000-4000-8000-0000000000b1","idea":"ideakyff0000001"}`}, castVote),
	kindWithArgs(mutationKind{Type: "vote.retract", Collection: "votes", Op: "delete", Owners: []string{"user"},
		Rest:    "`DELETE …/votes/records/{id of my vote}`",
		Example: `{"idea":"ideakyff0000001"}`},
		func(txApp core.App, e *core.RequestEvent, m mutation, a voteRetractArgs) mutationResult {
			return retractVote(txApp, e, m, a.Idea)
		}),
	kindWithArgs(mutationKind{Type: "report.create", Collection: "reports", Op: "create", Owners: []string{"reporter"},
		Rest:    "`POST …/reports/records`",
		Example: `{"id":"5b0c7c0e-0000-4000-8000-0000000000e1","comment":"commentben00001","reason":"personal_data","note":"Adresse"}`},
		func(txApp core.App, e *core.RequestEvent, m mutation, a reportCreateArgs) mutationResult {
			return createRecord(txApp, e, m, "reports", a.Id, map[string]any{"idea": a.Idea, "comment": a.Comment,
				"reason": a.Reason, "note": a.Note, "reporter": e.Auth.Id})
		}),
}

// The args of each mutation kind. Field bounds repeat the schema's so that a
// device learns of a mistake without a database round trip; the schema and
// the collection rules still decide.
type (
	ideaCreateArgs struct {
		Id      string `json:"id" validate:"required,uuid"`
		Title   string `json:"title" validate:"required,min=5,max=140"`
		Body    string `json:"body" validate:"required,min=10,max=5000"`
		Region  string `json:"region" validate:"required,max=36"`
		Service string `json:"service" validate:"max=36"`
		Topic   string `json:"topic" validate:"max=40"`
		entryArgs
	}
	ideaUpdateArgs struct {
		Id          string  `json:"id" validate:"required,min=15,max=36"`
		BaseUpdated string  `json:"base_updated" validate:"max=40"`
		Title       *string `json:"title" validate:"omitempty,min=5,max=140"`
		Body        *string `json:"body" validate:"omitempty,min=10,max=5000"`
		Service     *string `json:"service" validate:"omitempty,max=36"`
		Topic       *string `json:"topic" validate:"omitempty,max=40"`
	}
	feedbackCreateArgs struct {
		Id       string   `json:"id" validate:"required,uuid"`
		Service  string   `json:"service" validate:"required,max=36"`
		Region   string   `json:"region" validate:"required,max=36"`
		Rating   int      `json:"rating" validate:"required,min=1,max=5"`
		Text     string   `json:"text" validate:"max=2000"`
		Barriers []string `json:"barriers" validate:"max=7,dive,barrier"`
		// BarrierOther says what the "other" barrier was.
		BarrierOther string `json:"barrier_other" validate:"max=200"`
		entryArgs
	}
	commentCreateArgs struct {
		Id   string `json:"id" validate:"required,uuid"`
		Idea string `json:"idea" validate:"required,max=36"`
		Body string `json:"body" validate:"required,min=1,max=2000"`
	}
	commentUpdateArgs struct {
		Id   string `json:"id" validate:"required,max=36"`
		Body string `json:"body" validate:"required,min=1,max=2000"`
	}
	voteCastArgs struct {
		Id   string `json:"id" validate:"required,uuid"`
		Idea string `json:"idea" validate:"required,max=36"`
	}
	voteRetractArgs struct {
		Idea string `json:"idea" validate:"required,max=36"`
	}
	reportCreateArgs struct {
		Id      string `json:"id" validate:"required,uuid"`
		Idea    string `json:"idea" validate:"required_without=Comment,max=36"`
		Comment string `json:"comment" validate:"max=36"`
		Reason  string `json:"reason" validate:"required,oneof=spam offensive personal_data off_topic other"`
		Note    string `json:"note" validate:"max=500"`
	}
)

func castVote(txApp core.App, e *core.RequestEvent, m mutation, a voteCastArgs) mutationResult {
	// Asked with a prepared statement: nearly every vote finds none.
	var existingId string
	err := preparedQuery(txApp, "SELECT id FROM votes WHERE user = {:me} AND idea = {:idea} LIMIT 1").
		Bind(dbx.Params{"me": e.Auth.Id, "idea": a.Idea}).Row(&existingId)
	if err == nil {
		if existing, err := txApp.FindRecordById("votes", existingId); err == nil {
			return conflict(e, m, "vote_exists", "You have already voted for this idea.", existing)
		}
	}
	return createRecord(txApp, e, m, "votes", a.Id, map[string]any{"idea": a.Idea, "user": e.Auth.Id})
}

func updateIdea(txApp core.App, e *core.RequestEvent, m mutation, a ideaUpdateArgs) mutationResult {
	idea, err := txApp.FindRecordById("ideas", a.Id)
	if err != nil {
		return rejection(m, "sync_not_found", "The record was not found.", nil)
	}
	body := map[string]any{}
	for field, value := range map[string]*string{"title": a.Title, "body": a.Body, "service": a.Service, "topic": a.Topic} {
		if value != nil {
			body[field] = *value
		}
	}
	// The update rule alone decides. Its refusal of the person's own idea
	// means the idea moved on (it was published meanwhile): the device gets
	// the server's record to settle on. Anyone else's idea is not theirs to
	// find.
	if ok, err := txApp.CanAccessRecord(idea, requestWithBody(e, body), idea.Collection().UpdateRule); !ok || err != nil {
		if err == nil && domain.IsOwnedBy(idea, e.Auth.Id) {
			return conflict(e, m, "idea_changed", "The idea was changed on the server meanwhile.", idea)
		}
		return rejection(m, "sync_not_found", "The record was not found.", nil)
	}
	if a.BaseUpdated != "" && a.BaseUpdated != idea.GetString("updated") {
		return conflict(e, m, "idea_changed", "The idea was changed on the server meanwhile.", idea)
	}
	idea.Load(body)
	if err := txApp.Save(idea); err != nil {
		return saveFailure(m, err)
	}
	return applied(e, m, idea)
}

func retractVote(txApp core.App, e *core.RequestEvent, m mutation, idea string) mutationResult {
	vote, err := txApp.FindFirstRecordByFilter("votes", "user = {:me} && idea = {:idea}", dbx.Params{"me": e.Auth.Id, "idea": idea})
	if err != nil {
		return mutationResult{Id: m.Id, Seq: m.Seq, Status: "applied"} // nothing to retract: the wanted state holds
	}
	if ok, err := txApp.CanAccessRecord(vote, requestWithBody(e, nil), vote.Collection().DeleteRule); !ok || err != nil {
		return forbidden(m)
	}
	if err := txApp.Delete(vote); err != nil {
		return saveFailure(m, err)
	}
	return mutationResult{Id: m.Id, Seq: m.Seq, Status: "applied"}
}

// updateComment changes the body of one's comment as a PATCH does: a comment
// the update rule refuses (someone else's, a hidden one) is not found, as REST says.
func updateComment(txApp core.App, e *core.RequestEvent, m mutation, a commentUpdateArgs) mutationResult {
	comment, err := txApp.FindRecordById("comments", a.Id)
	if err != nil {
		return rejection(m, "sync_not_found", "The record was not found.", nil)
	}
	body := map[string]any{"body": a.Body}
	if ok, err := txApp.CanAccessRecord(comment, requestWithBody(e, body), comment.Collection().UpdateRule); !ok || err != nil {
		return rejection(m, "sync_not_found", "The record was not found.", nil)
	}
	comment.Load(body)
	if err := txApp.Save(comment); err != nil {
		return saveFailure(m, err)
	}
	return applied(e, m, comment)
}
