package sync

import (
	"errors"

	"github.com/pocketbase/pocketbase/core"
)

// errGroupFallback rolls a group commit back: a mutation of the push was
// rejected, or something else failed, and the push is applied again one
// mutation per transaction.
var errGroupFallback = errors.New("group commit falls back to one transaction per mutation")

// pushGroup applies all mutations of a push, with their journal rows, in one
// transaction: a commit costs as much as the hooks of a mutation, and a push
// of 50 mostly succeeds as a whole. The first rejection (or any error, such
// as a second tab's journal row for the same id) rolls the WHOLE transaction
// back, not a savepoint: PocketBase queues the realtime events of records
// saved in a transaction until the outermost commit, savepoints included, so
// only a full rollback announces nothing. The caller then applies the push
// one mutation per transaction (pushOne), which gives the rejected mutation
// its own journal row and the others their effects, exactly as if no group
// had been tried. ok is false in that case.
func pushGroup(e *core.RequestEvent, device string, mutations []mutation, prior map[string]journalEntry) (results []mutationResult, ok bool) {
	err := e.App.RunInTransaction(func(txApp core.App) error {
		results = make([]mutationResult, 0, len(mutations))
		for _, m := range mutations {
			if entry, found := prior[m.Id]; found {
				results = append(results, replayed(e, m, entry))
				continue
			}
			r := applyMutation(txApp, e, m)
			if r.Status == "rejected" {
				return errGroupFallback
			}
			if err := saveJournal(txApp, e.Auth.Id, device, m, r); err != nil {
				return err
			}
			results = append(results, r)
		}
		return nil
	})
	if err != nil {
		return nil, false
	}
	return results, true
}
