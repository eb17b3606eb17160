package tests

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

var ourCollections = []string{"regions", "services", "organizations", "memberships", "ideas", "votes", "comments",
	"feedback", "status_changes", "endorsements", "reports", "moderation_log"}

func TestMigrationsRunOnEmptyDirectoryAndRevert(t *testing.T) {
	app := newEmptyApp(t) // NewTestApp has already run every migration on an empty directory
	for _, name := range ourCollections {
		if _, err := app.FindCollectionByNameOrId(name); err != nil {
			t.Errorf("after up: collection %s: %v", name, err)
		}
	}
	if app.Settings().Logs.LogIP {
		t.Error("after up: IP logging is on, want off")
	}

	ours := len(core.AppMigrations.Items()) // PocketBase's own are in core.SystemMigrations
	runner := core.NewMigrationsRunner(app, core.AppMigrations)
	reverted, err := runner.Down(ours)
	if err != nil {
		t.Fatalf("down: %v", err)
	}
	if len(reverted) != ours {
		t.Fatalf("down: got %d reverted, want %d", len(reverted), ours)
	}
	for _, name := range ourCollections {
		if _, err := app.FindCollectionByNameOrId(name); err == nil {
			t.Errorf("after down: collection %s still exists", name)
		}
	}
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	if users.Fields.GetByName("display_name") != nil || users.Fields.GetByName("name") == nil {
		t.Error("after down: users fields are not restored")
	}
	if !app.Settings().Logs.LogIP {
		t.Error("after down: IP logging setting is not restored")
	}

	applied, err := runner.Up()
	if err != nil {
		t.Fatalf("up again: %v", err)
	}
	if len(applied) != ours {
		t.Errorf("up again: got %d applied, want %d", len(applied), ours)
	}
}
