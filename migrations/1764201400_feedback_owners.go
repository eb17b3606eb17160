package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// feedbackReadersBefore is the feedback read rule this migration replaces.
var feedbackReadersBefore = isAuthor + " || " + moderatesRegion + " || " + staffOfRegion +
	" || (@request.auth.id != '' && entered_by = @request.auth.id)"

// The feedback read rule names its owners from domain.OwnerFields, the list the
// change log uses too: the rule already let the volunteer who entered a
// rating read it, but the log sent it to its author only, so the volunteer's
// device never pulled it. Who may read does not change.
func init() {
	m.Register(func(app core.App) error {
		return setFeedbackReaders(app, ownedByRequester("feedback")+" || "+moderatesRegion+" || "+staffOfRegion)
	}, func(app core.App) error {
		return setFeedbackReaders(app, feedbackReadersBefore)
	})
}

func setFeedbackReaders(app core.App, rule string) error {
	feedback, err := app.FindCollectionByNameOrId("feedback")
	if err != nil {
		return err
	}
	feedback.ListRule = types.Pointer(rule)
	feedback.ViewRule = feedback.ListRule
	return app.Save(feedback)
}
