package sync

import (
	"sync"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// pushQuota admits pushes against the limit of mutations per person and
// minute. Counting and admitting are one step under a lock, so that pushes
// of one person running in parallel never apply more than the limit between
// them: a count read before applying, without a lock, let ten parallel
// pushes of 100 all through.
//
// What counts are the pushes admitted within the last minute, kept in
// memory. The journal is read only when a person has no admission in memory
// (the first push after a start, or after a quiet minute), so that a restart
// does not reset the limit; reading the journal on every push would count a
// running push twice, once by its admission and once by the rows it has
// journaled so far, and refuse pushes within the limit.
type pushQuota struct {
	mu       sync.Mutex
	admitted map[string][]admission // per person, oldest first
}

// admission is one admitted push: when, and how many mutations it carried.
type admission struct {
	at time.Time
	n  int
}

// PushQuotaStoreKey is where an app keeps its push quota (app.Store()).
// Removing it is what a restart does: the quota then starts from the journal.
const PushQuotaStoreKey = "mitwirkenPushQuota"

// pushQuotaOf returns the app's quota; each app (each test app too) has its own.
func pushQuotaOf(app core.App) *pushQuota {
	return app.Store().GetOrSet(PushQuotaStoreKey, func() any {
		return &pushQuota{admitted: map[string][]admission{}}
	}).(*pushQuota)
}

// reserve admits n more mutations of user within the minute, or answers
// false when they would exceed pushMaxPerMinute.
func (q *pushQuota) reserve(app core.App, user string, n int) (bool, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	now := time.Now().UTC()
	recent := q.admitted[user]
	for len(recent) > 0 && now.Sub(recent[0].at) >= time.Minute {
		recent = recent[1:]
	}
	if len(recent) == 0 {
		var journaled int
		since := now.Add(-time.Minute).Format(journalTimestampFormat)
		err := app.DB().NewQuery("SELECT COUNT(*) FROM sync_mutations WHERE user = {:user} AND created > {:since}").
			Bind(dbx.Params{"user": user, "since": since}).Row(&journaled)
		if err != nil {
			return false, err
		}
		if journaled > 0 {
			recent = []admission{{at: now, n: journaled}}
		}
	}
	count := 0
	for _, a := range recent {
		count += a.n
	}
	if count+n > pushMaxPerMinute {
		q.store(user, recent)
		return false, nil
	}
	q.store(user, append(recent, admission{at: now, n: n}))
	return true, nil
}

// store keeps a person's admissions, dropping the person when none is left.
func (q *pushQuota) store(user string, recent []admission) {
	if len(recent) == 0 {
		delete(q.admitted, user)
		return
	}
	q.admitted[user] = recent
}
