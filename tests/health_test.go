package tests

import "testing"

// /api/health stays PocketBase's: the public gets what PocketBase gives it
// and nothing about the backups; superusers also see the replication.
func TestHealthShowsReplicationToSuperusersOnly(t *testing.T) {
	run(t, []access{
		{name: "the public sees PocketBase's health and nothing more", url: "/api/health", status: 200,
			has: []string{`"message":"API is healthy."`, `"data":{}`}, hasNot: []string{"replication", "canBackup"}},
		{name: "a citizen sees no more than the public", as: "anna", url: "/api/health", status: 200,
			has: []string{`"data":{}`}, hasNot: []string{"replication"}},
		{name: "a superuser sees PocketBase's data and that replication is off", as: "admin", url: "/api/health", status: 200,
			has: []string{`"canBackup":true`, `"replication":{"configured":false`}},
	})
}
