package domain

// The public predicates are stated here once, in Go for a loaded record and
// as SQL and as a PocketBase rule condition for queries and API rules.
// migrations/visibility.go builds the rules from PublicIdeaRule and
// VisibleCommentRule; search, the responsiveness figures and the counters use
// the SQL. The PWA repeats them (ui/src/domain.js, ui/src/store/records.js)
// only as a hint: the server decides.

// IsPublic reports whether everyone may see the idea: it is past
// pre-moderation and not hidden by a moderator.
func (i Idea) IsPublic() bool {
	return i.Status() != StatusSubmitted && !i.GetBool("hidden")
}

// PublicIdeaRule is IsPublic as an API rule condition on the idea at path:
// "" for the ideas collection, "idea." for the idea a record belongs to,
// "@request.body.idea." for the idea a new record names.
func PublicIdeaRule(at string) string {
	return at + "status != '" + StatusSubmitted + "' && " + at + "hidden = false"
}

// PublicIdeaSQL is IsPublic as an SQL condition on the ideas row at alias
// ("i." or "").
func PublicIdeaSQL(at string) string {
	return at + "status != '" + StatusSubmitted + "' AND " + at + "hidden = FALSE"
}

// CommentVisible is the state of a comment that is shown and counted; the
// others are hidden by a moderator or by reports.
const CommentVisible = "visible"

// CommentCounts reports whether a comment in state counts in its idea's
// comments_count (and is shown where its idea is).
func CommentCounts(state string) bool { return state == CommentVisible }

// VisibleCommentRule is CommentCounts as an API rule condition on the
// comment at path ("" or "@request.body.comment.").
func VisibleCommentRule(at string) string { return at + "state = '" + CommentVisible + "'" }

// VisibleCommentSQL is CommentCounts as an SQL condition on the comments row
// at alias ("c." or "").
func VisibleCommentSQL(at string) string { return at + "state = '" + CommentVisible + "'" }
