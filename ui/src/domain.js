// The vocabulary of the platform as the server defines it (migrations/fields.go).
// The front end repeats the rules only as hints; the server decides.
import { enums, limits } from './generated/vocabulary.json';

// Enums and limits come from the schema (generated/vocabulary.json, written by
// `go test ./tests -run TestThePWAsVocabularyIsTheSchemas -update`).

/** list with the given values first, in this order: the order the PWA offers them in. */
const leading = (list, ...first) => [...first, ...list.filter((value) => !first.includes(value))];

export const TOPICS = leading(enums.topics, 'soziales');

export const STATUSES = enums.statuses;

export const BARRIERS = leading(enums.barriers, 'screenreader', 'magnification');

/** How far staff took a feedback entry. */
export const FEEDBACK_STATES = enums.feedbackStates;

export const REPORT_REASONS = enums.reportReasons;

/**
 * Field bounds of the schema, for hints before sending; a password's upper
 * bound is PocketBase's own (bcrypt reads 72 bytes), not in the schema.
 */
export const LIMITS = { ...limits, password: [8, 71] };

/** Why a vote on the idea would be refused (hooks/votes.go), or "" if it would not. */
export function voteRefusal(idea) {
  if (idea.hidden) return 'vote_idea_hidden';
  if (idea.status === 'submitted') return 'vote_idea_not_published';
  if (idea.status === 'merged') return 'vote_idea_merged';
  if (idea.status === 'declined') return 'vote_idea_declined';
  return '';
}

/**
 * Whether the person me may still edit the idea (the ideas update rule):
 * their own, while it waits for moderation or has not reached the server yet.
 */
export function canEdit(idea, me) {
  return !!me && idea.author === me && idea.sync !== 'rejected' && (idea.status === 'submitted' || (!idea.status && idea.sync === 'pending'));
}

/** Whether people can comment on the idea (the comments create rule). */
export function canComment(idea) {
  return !idea.hidden && !!idea.status && idea.status !== 'submitted';
}

/** The district a region belongs to: its parent, or itself for a district. */
export function districtOf(region) {
  return region ? region.parent || region.id : '';
}
