package hooks

import (
	"sync"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// pushQuota admits pushes against the limit of mutations per person and
// minute. Counting and reserving are one step under a lock, so that pushes
// of one person running in parallel never apply more than the limit between
// them: a count read before applying, without a lock, let ten parallel
// pushes of 100 all through. What a push counts against is the journal (the
// mutations processed in the last minute) plus the reservations of the
// pushes still applying; a push's journal rows and its reservation overlap
// for a moment, which errs on the side of refusing.
//
// The reservations live in memory: one Mitwirken process owns its SQLite
// database, and a restart ends every push that held one.
type pushQuota struct {
	mu       sync.Mutex
	reserved map[string]int // mutations admitted per person, not yet released
}

const pushQuotaKey = "mitwirkenPushQuota"

// pushQuotaOf returns the app's quota; each app (each test app too) has its own.
func pushQuotaOf(app core.App) *pushQuota {
	return app.Store().GetOrSet(pushQuotaKey, func() any {
		return &pushQuota{reserved: map[string]int{}}
	}).(*pushQuota)
}

// reserve admits n more mutations of user within the minute, or answers
// false when they would exceed pushMaxPerMinute. An admitted push must call
// release when it is done, whatever happened.
func (q *pushQuota) reserve(app core.App, user string, n int) (bool, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var recent int
	since := time.Now().UTC().Add(-time.Minute).Format(journalTimestampFormat)
	err := app.DB().NewQuery("SELECT COUNT(*) FROM sync_mutations WHERE user = {:user} AND created > {:since}").
		Bind(dbx.Params{"user": user, "since": since}).Row(&recent)
	if err != nil {
		return false, err
	}
	if recent+q.reserved[user]+n > pushMaxPerMinute {
		return false, nil
	}
	q.reserved[user] += n
	return true, nil
}

// release ends a reservation; by now the push's mutations are journaled.
func (q *pushQuota) release(user string, n int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.reserved[user] -= n; q.reserved[user] <= 0 {
		delete(q.reserved, user)
	}
}
