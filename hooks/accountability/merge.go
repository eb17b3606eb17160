package accountability

import (
	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/notifications"
	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// mergeTarget loads and checks the idea a duplicate is merged into.
func mergeTarget(app core.App, source domain.Idea, targetId string) (domain.Idea, error) {
	if targetId == "" {
		return domain.Idea{}, validation.Errors{"merged_into": validation.NewError("merge_target_required",
			"Name the idea this one is merged into.")}
	}
	record, err := app.FindRecordById("ideas", targetId)
	if err != nil || targetId == source.Id || !(domain.Idea{Record: record}).IsPublic() || !(domain.Idea{Record: record}).IsOpen() {
		return domain.Idea{}, validation.Errors{"merged_into": validation.NewError("merge_target_invalid",
			"An idea can only be merged into another published, open idea.")}
	}
	return domain.Idea{Record: record}, nil
}

// merge closes source as merged into target and moves its votes. A person who
// voted for both keeps one vote. Nobody's support moves silently: every voter
// of source is told that it now counts for target, and may withdraw it there.
func merge(txApp core.App, change *core.Record, source, target domain.Idea) error {
	var voters []string
	err := txApp.DB().Select("user").From("votes").Where(dbx.HashExp{"idea": source.Id}).Column(&voters)
	if err != nil {
		return err
	}
	_, err = txApp.DB().NewQuery(`
		UPDATE votes SET idea = {:target}, updated = strftime('%Y-%m-%d %H:%M:%fZ')
		WHERE idea = {:source} AND user NOT IN (SELECT user FROM votes WHERE idea = {:target})`).
		Bind(dbx.Params{"source": source.Id, "target": target.Id}).Execute()
	if err != nil {
		return err
	}
	if _, err = txApp.DB().Delete("votes", dbx.HashExp{"idea": source.Id}).Execute(); err != nil {
		return err
	}

	var total int
	err = txApp.DB().Select("COUNT(*)").From("votes").Where(dbx.HashExp{"idea": target.Id}).Row(&total)
	if err != nil {
		return err
	}
	target.Set("votes_count", total)
	if err := txApp.SaveNoValidate(target.Record); err != nil {
		return err
	}
	source.Set("status", domain.StatusMerged)
	source.Set("merged_into", target.Id)
	source.Set("votes_count", 0)
	if err := txApp.SaveNoValidate(source.Record); err != nil {
		return err
	}

	actor := change.GetString("actor")
	err = domain.WriteModerationLog(txApp, domain.ModerationEntry{
		Actor: actor, Organization: change.GetString("organization"), Action: "merge",
		Target: source.Record, Region: source.GetString("region"), Reason: "merged into " + target.Id,
	})
	if err != nil {
		return err
	}
	notices := []notifications.Notice{{User: source.GetString("author"), Kind: "merged", Idea: source.Id, TargetIdea: target.Id, Status: domain.StatusMerged,
		Note: change.GetString("response")}}
	for _, voter := range voters {
		notices = append(notices, notifications.Notice{User: voter, Kind: "vote_moved", Idea: source.Id, TargetIdea: target.Id})
	}
	return notifications.Notify(txApp, actor, notices...)
}
