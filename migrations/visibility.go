package migrations

import "github.com/mitwirken/mitwirken/hooks/domain"

// Who may see an idea or a comment is stated once, here, on top of when an
// idea or a comment is public (hooks/domain/visibility.go, which Go and SQL
// use too). The collections' own list and view rules are built from it, and so is every create rule
// that acts on an idea or a comment (a vote, comment, report, endorsement or
// appeal): only what a person can see can be acted on.

// ideaVisibleAt is who may see the idea at path: "" for the ideas collection
// itself, "@request.body.idea." for the idea a new record acts on. The author
// clauses need their guard: a guest's @request.auth.id is empty, and so is the
// author of an idea entered on paper or whose author deleted the account.
func ideaVisibleAt(at string) string {
	return "((" + domain.PublicIdeaRule(at) + ") || " +
		"(@request.auth.id != '' && " + at + "author = @request.auth.id) || " +
		"@request.auth.moderator_regions.id ?= " + at + "region || " +
		"@request.auth.staff_regions.id ?= " + at + "region || " +
		"(@request.auth.id != '' && " + at + "entered_by = @request.auth.id))"
}

// commentVisibleAt is who may see the comment at path, as ideaVisibleAt: a
// visible comment on a public idea, its author, and the idea's moderators.
func commentVisibleAt(at string) string {
	return "((" + domain.VisibleCommentRule(at) + " && " + domain.PublicIdeaRule(at+"idea.") + ") || " +
		"(@request.auth.id != '' && " + at + "author = @request.auth.id) || " +
		"@request.auth.moderator_regions.id ?= " + at + "idea.region)"
}

// actsOn is the create-rule part for the relation field that names what a new
// record acts on: left empty (the field's validation then speaks), or an
// existing record the requester may see. A record that does not exist fails
// it exactly as one the requester may not see, so that the refusal cannot
// tell them apart; the existence guard also keeps "?=" from matching the
// empty region of a missing record against an empty list of role regions.
func actsOn(field string, visibleAt func(at string) string) string {
	body := "@request.body." + field
	return "(" + body + " = '' || (" + body + ".id != '' && " + visibleAt(body+".") + "))"
}
