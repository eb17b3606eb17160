package tests

import (
	"net/http"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// BenchmarkSignedInBareCreate is BenchmarkBareCreate by a signed-in person:
// the part of any vote's cost that is PocketBase loading the person of the
// request's token.
func BenchmarkSignedInBareCreate(b *testing.B) {
	signedInBareCreate(b, "")
}

// BenchmarkSignedInBareCreateWithRule is BenchmarkSignedInBareCreate with the
// least create rule there is, "signed in": the part of any vote's cost that is
// PocketBase checking a create rule at all (it builds the rule's expression
// and runs it as a query of its own, parsed anew for each request).
func BenchmarkSignedInBareCreateWithRule(b *testing.B) {
	signedInBareCreate(b, `@request.auth.id != ""`)
}

// signedInBareCreate creates bare records through the API as 2,000 people in
// turn, with rule as the bare collection's create rule.
func signedInBareCreate(b *testing.B, rule string) {
	app, mux := participationBenchApp(b)
	bare := mustCollection(b, app, "bench_bare")
	bare.CreateRule = types.Pointer(rule)
	if err := app.Save(bare); err != nil {
		b.Fatal(err)
	}
	_, tokens := addCitizens(b, app, 2000)
	i := 0
	b.ResetTimer()
	for b.Loop() {
		serveOK(b, mux, http.MethodPost, "/api/collections/bench_bare/records", tokens[i%len(tokens)], bareCreateBody)
		i++
	}
}

// BenchmarkVoteFloor is the least a counted vote can cost in PocketBase: a
// signed-in create through the API into a collection with one relation to
// the person and a unique (idea, person) index, whose create moves a counter
// and appends one change-log row in the same transaction. It has none of
// Mitwirken's rules or hooks, so it shows how near BenchmarkVote can come to
// a bare create at all.
func BenchmarkVoteFloor(b *testing.B) {
	voteFloor(b, `@request.auth.id != "" && @request.body.user = @request.auth.id`)
}

// BenchmarkVoteFloorWithRule is BenchmarkVoteFloor with the votes' own
// create rule (the idea is one the voter may see) and the vote's idea a
// relation to the ideas: what a vote costs with its rule, without our hooks.
func BenchmarkVoteFloorWithRule(b *testing.B) {
	voteFloor(b, "")
}

// voteFloor runs the floor with rule, or with the votes' create rule when "".
func voteFloor(b *testing.B, rule string) {
	app, mux := participationBenchApp(b)
	ideas, realVotes := mustCollection(b, app, "ideas"), mustCollection(b, app, "votes")
	if rule == "" {
		rule = *realVotes.CreateRule
	}
	votes := core.NewBaseCollection("bench_votes")
	votes.Fields.Add(
		&core.RelationField{Name: "user", CollectionId: mustCollection(b, app, "users").Id, MaxSelect: 1, Required: true},
		&core.RelationField{Name: "idea", CollectionId: ideas.Id, MaxSelect: 1, Required: true},
	)
	votes.AddIndex("idx_bench_votes_idea_user", true, "idea, user", "")
	votes.CreateRule = types.Pointer(rule)
	if err := app.Save(votes); err != nil {
		b.Fatal(err)
	}
	if _, err := app.NonconcurrentDB().NewQuery("CREATE TABLE bench_log (id INTEGER PRIMARY KEY, record_id TEXT, idea TEXT)").Execute(); err != nil {
		b.Fatal(err)
	}
	app.OnRecordCreate("bench_votes").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := e.Next(); err != nil {
				return err
			}
			idea := e.Record.GetString("idea")
			// The counter of a bare record with the ideas' fields (the idea
			// itself is in a table with our indexes).
			if _, err := txApp.DB().NewQuery("UPDATE bench_bare SET votes_count = votes_count + 1 WHERE id = {:counter}").
				Bind(dbx.Params{"counter": "bench0000000001"}).Execute(); err != nil {
				return err
			}
			_, err := txApp.DB().NewQuery("INSERT INTO bench_log (record_id, idea) VALUES ({:id}, {:idea})").
				Bind(dbx.Params{"id": e.Record.Id, "idea": idea}).Execute()
			return err
		})
	})
	benchVotesIn(b, app, mux, "DELETE FROM bench_votes", func(mux http.Handler, id, token string) {
		serveOK(b, mux, http.MethodPost, "/api/collections/bench_votes/records", token, `{"user":"`+id+`","idea":"`+ideaKyff+`"}`)
	})
}

func mustCollection(b testing.TB, app core.App, name string) *core.Collection {
	c, err := app.FindCollectionByNameOrId(name)
	if err != nil {
		b.Fatal(err)
	}
	return c
}
