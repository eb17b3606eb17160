package tests

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/google/uuid"
	"github.com/mitwirken/mitwirken/hooks/live"
	"github.com/pocketbase/pocketbase/core"
)

// pushOne pushes one mutation as the person and fails unless it is applied.
func pushOne(t *testing.T, d *syncDevice, kind string, args map[string]any) {
	t.Helper()
	status, reply := d.push(d.queue(kind, args))
	if status != http.StatusOK || reply.Results[0].Status != "applied" {
		t.Fatalf("%s: got %d %v, want applied", kind, status, reply.Results)
	}
}

func TestDevicesArePokedOnTheTopicOfTheirDistrict(t *testing.T) {
	annasTopic := "sync/user/" + personId("anna")
	newIdea := func(region string) map[string]any { return argsWith(newIdeaArgs(region), "id", uuid.NewString()) }
	ideaIn := func(region string) func(*testing.T, core.App, map[string]*syncDevice) {
		return func(t *testing.T, _ core.App, d map[string]*syncDevice) {
			pushOne(t, d["anna"], "idea.create", newIdea(region))
		}
	}
	for _, c := range []struct {
		name   string
		topic  string
		change func(*testing.T, core.App, map[string]*syncDevice)
		poked  bool
	}{
		{"an idea in Gelnhausen pokes the devices of Main-Kinzig with the new head", "sync/" + mainKinzig, ideaIn(gelnhausen), true},
		{"an idea in Sondershausen does not poke Main-Kinzig", "sync/" + mainKinzig, ideaIn(sondershausen), false},
		{"an idea in Sondershausen pokes the Kyffhäuserkreis", "sync/" + kyffhaeuser, ideaIn(sondershausen), true},
		{"a comment pokes the district of its idea", "sync/" + mainKinzig,
			func(t *testing.T, _ core.App, d map[string]*syncDevice) {
				pushOne(t, d["ben"], "comment.create", map[string]any{"id": uuid.NewString(), "idea": ideaPublished, "body": "Gut."})
			}, true},
		{"a change of the catalogue pokes sync/catalogue", "sync/catalogue",
			func(t *testing.T, app core.App, _ map[string]*syncDevice) {
				service := mustFind(t, app, "services", wohngeld)
				service.Set("summary", "Zuschuss zur Miete")
				if err := app.Save(service); err != nil {
					t.Fatal(err)
				}
			}, true},
		{"a private change pokes its owner's topic", annasTopic,
			func(t *testing.T, _ core.App, d map[string]*syncDevice) {
				pushOne(t, d["anna"], "feedback.create", map[string]any{"id": uuid.NewString(), "service": wohngeld, "region": hanau, "rating": 2})
			}, true},
		{"someone else's private change does not poke one's topic", annasTopic,
			func(t *testing.T, _ core.App, d map[string]*syncDevice) {
				pushOne(t, d["ben"], "feedback.create", map[string]any{"id": uuid.NewString(), "service": wohngeld, "region": hanau, "rating": 2})
			}, false},
		{"a rating with two owners pokes the topic of each, here the one who entered it", annasTopic,
			func(t *testing.T, app core.App, _ map[string]*syncDevice) {
				withRecord("feedback", "twoowners000001", map[string]any{"service": wohngeld, "region": gelnhausen, "rating": 4,
					"author": personId("ben"), "channel": "assisted", "organization": vdkMainKinzig,
					"entered_by": personId("anna"), "consent": true})(t, app)
			}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			server := newServer(t, app)
			devices := map[string]*syncDevice{"anna": newDevice(t, server, "anna"), "ben": newDevice(t, server, "ben")}
			ctx := listeningWindow(t)
			events := listenRealtime(t, ctx, server, "anna", c.topic)

			before := headOf(t, app)
			c.change(t, app, devices)
			head := headOf(t, app)
			// Pokes are gathered over a short window; end it here, so that the
			// change under test is not announced together with the next one.
			live.HubOf(app).FlushPokes()
			// A change known to poke the topic comes last: if the change under test
			// poked nobody, the first poke is this one's.
			switch c.topic {
			case "sync/" + kyffhaeuser:
				pushOne(t, devices["ben"], "idea.create", newIdea(sondershausen))
			case "sync/catalogue":
				region := mustFind(t, app, "regions", hanau)
				region.Set("name", "Hanau am Main")
				if err := app.Save(region); err != nil {
					t.Fatal(err)
				}
			case annasTopic:
				pushOne(t, devices["anna"], "vote.cast", map[string]any{"id": uuid.NewString(), "idea": ideaKyff})
			default:
				pushOne(t, devices["anna"], "idea.create", newIdea(hanau))
			}
			var poke sseEvent
			select {
			case poke = <-events:
			case <-ctx.Done():
				t.Fatal("no poke before the deadline")
			}
			var data struct{ Seq int64 }
			if err := json.Unmarshal([]byte(poke.data), &data); err != nil || poke.name != c.topic {
				t.Fatalf("got %s %s, want a poke on %s", poke.name, poke.data, c.topic)
			}
			if ofTheChange := before < data.Seq && data.Seq <= head; ofTheChange != c.poked {
				t.Errorf("first poke: got seq %d, the change wrote %d to %d; want a poke for the change: %v", data.Seq, before+1, head, c.poked)
			}
		})
	}
}

// subscribeStatus connects to the realtime API as person and answers the
// status of subscribing to topic.
func subscribeStatus(t *testing.T, ctx context.Context, d *syncDevice, topic string) int {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.server.URL+"/api/realtime", nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := d.server.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	events := make(chan sseEvent, 8)
	go readEvents(ctx, res, events)
	var hello struct{ ClientId string }
	select {
	case connect := <-events:
		if err := json.Unmarshal([]byte(connect.data), &hello); err != nil {
			t.Fatalf("got %q, want PB_CONNECT", connect.data)
		}
	case <-ctx.Done():
		t.Fatal("no PB_CONNECT before the deadline")
	}
	return call(t, d.server.Client(), http.MethodPost, d.server.URL+"/api/realtime", d.token,
		map[string]any{"clientId": hello.ClientId, "subscriptions": []string{topic}}, nil)
}

func TestOnlyTheOwnerListensToTheTopicOfPrivateChanges(t *testing.T) {
	for _, c := range []struct {
		name, as, topic string
		status          int
	}{
		{"a person subscribes to her own topic", "anna", "sync/user/" + personId("anna"), http.StatusNoContent},
		{"a person cannot subscribe to someone else's topic", "ben", "sync/user/" + personId("anna"), http.StatusForbidden},
		{"a guest cannot subscribe to anyone's topic", "", "sync/user/" + personId("anna"), http.StatusForbidden},
		{"a guest subscribes to a district", "", "sync/" + mainKinzig, http.StatusNoContent},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newTestApp(t)
			ctx := listeningWindow(t)
			if got := subscribeStatus(t, ctx, newDevice(t, newServer(t, app), c.as), c.topic); got != c.status {
				t.Errorf("got %d, want %d", got, c.status)
			}
		})
	}
}
