package tests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
)

// TestGroupCommittedPushesSurviveKill9 pushes batches into a child server
// and kills it (SIGKILL) while pushes are in flight. After a restart every
// batch is sent again, as a device does with what it holds: what was
// acknowledged comes back as duplicate, nothing is lost, and nothing is
// applied twice (the idea's comment counter equals its comments).
func TestGroupCommittedPushesSurviveKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs a child server")
	}
	binary := buildBinary(t, t.TempDir())
	dir := t.TempDir()
	addSuperuser(t, binary, dir)
	server := startChild(t, binary, dir, nil)
	superuser := superuserToken(t, server.URL)
	var region struct{ Id string }
	if code := call(t, http.DefaultClient, "POST", server.URL+"/api/collections/regions/records", superuser,
		map[string]string{"name": "Gelnhausen", "kind": "gemeinde"}, &region); code != 200 {
		t.Fatalf("creating the region: got %d", code)
	}
	const email, password = "anna@test.mitwirken.de", "Passwort-1234"
	if code := call(t, http.DefaultClient, "POST", server.URL+"/api/collections/users/records", superuser,
		map[string]any{"email": email, "password": password, "passwordConfirm": password, "verified": true, "display_name": "Anna"}, nil); code != 200 {
		t.Fatalf("creating Anna: got %d", code)
	}
	var auth struct{ Token string }
	if code := call(t, http.DefaultClient, "POST", server.URL+"/api/collections/users/auth-with-password", "",
		map[string]string{"identity": email, "password": password}, &auth); code != 200 {
		t.Fatalf("signing in: got %d", code)
	}

	idea, device := uuid.NewString(), uuid.NewString()
	first := []syncMutation{{Id: uuid.NewString(), Seq: 1, Type: "idea.create", Args: map[string]any{"id": idea,
		"title": "Sitzbänke am Bahnhof", "body": "Es fehlen Bänke zum Warten.", "region": region.Id}}}
	if results, err := pushTo(server.URL, auth.Token, device, first); err != nil || results[0].Status != "applied" {
		t.Fatalf("creating the idea: got %v %v, want applied", results, err)
	}
	// Batches of 10 comments on the idea, sent one after the other until the kill.
	var mu sync.Mutex
	var sent [][]syncMutation
	acknowledged := map[string]bool{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for b := 0; b < 25; b++ {
			batch := make([]syncMutation, 10)
			for i := range batch {
				batch[i] = syncMutation{Id: uuid.NewString(), Seq: int64(2 + b*10 + i), Type: "comment.create",
					Args: map[string]any{"id": uuid.NewString(), "idea": idea, "body": fmt.Sprintf("Kommentar %d", b*10+i)}}
			}
			mu.Lock()
			sent = append(sent, batch)
			mu.Unlock()
			results, err := pushTo(server.URL, auth.Token, device, batch)
			if err != nil {
				return // killed
			}
			mu.Lock()
			for _, r := range results {
				if r.Status == "applied" {
					acknowledged[r.Id] = true
				}
			}
			mu.Unlock()
		}
	}()
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		mu.Lock()
		n := len(acknowledged)
		mu.Unlock()
		if n >= 60 || time.Now().After(deadline) {
			break
		}
	}
	server.kill()
	<-done
	if len(acknowledged) < 60 {
		t.Fatalf("only %d mutations were acknowledged before the kill", len(acknowledged))
	}

	server = startChild(t, binary, dir, nil)
	comments := 0
	for _, batch := range sent {
		results, err := pushTo(server.URL, auth.Token, device, batch)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range results {
			if acknowledged[r.Id] && r.Status != "duplicate" {
				t.Errorf("mutation %s was acknowledged before the kill: got %s again, want duplicate", r.Id, r.Status)
			}
			if r.Status != "applied" && r.Status != "duplicate" {
				t.Errorf("mutation %s: got %s %s, want applied or duplicate", r.Id, r.Status, r.Code)
			}
			comments++
		}
	}
	var list struct {
		TotalItems int `json:"totalItems"`
	}
	call(t, http.DefaultClient, "GET", server.URL+"/api/collections/comments/records?perPage=1&filter="+
		"idea%3D%27"+idea+"%27", superuser, nil, &list)
	var stored struct {
		CommentsCount int `json:"comments_count"`
	}
	call(t, http.DefaultClient, "GET", server.URL+"/api/collections/ideas/records/"+idea, superuser, nil, &stored)
	if list.TotalItems != comments || stored.CommentsCount != comments {
		t.Errorf("got %d comments stored and a counter of %d, want %d of each (every comment sent, once)",
			list.TotalItems, stored.CommentsCount, comments)
	}
}

// pushTo pushes a batch to a server over HTTP and returns the results.
func pushTo(baseURL, token, device string, batch []syncMutation) ([]pushResult, error) {
	raw, err := json.Marshal(map[string]any{"device": device, "mutations": batch})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, baseURL+"/api/sync/push", bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", token)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var reply syncReply
	if err := json.NewDecoder(res.Body).Decode(&reply); err != nil {
		return nil, err
	}
	if res.StatusCode != http.StatusOK || len(reply.Results) != len(batch) {
		return nil, fmt.Errorf("push: got %d with %d results, want 200 with %d", res.StatusCode, len(reply.Results), len(batch))
	}
	return reply.Results, nil
}
