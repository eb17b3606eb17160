// The vocabulary of the platform as the server defines it (migrations/fields.go).
// The front end repeats the rules only as hints; the server decides.

export const TOPICS = [
  'soziales', 'arbeit_ruhestand', 'bauen_wohnen', 'bildung', 'ein_auswanderung',
  'engagement_hobby', 'familie_kind', 'forschung_foerderung', 'gesundheit',
  'mobilitaet_reisen', 'recht_ordnung', 'steuern_zoll', 'umwelt', 'unternehmen', 'querschnitt',
];

export const STATUSES = ['submitted', 'published', 'in_review', 'accepted', 'in_progress', 'implemented', 'declined', 'merged'];

export const BARRIERS = ['screenreader', 'magnification', 'complicated', 'in_person', 'mobile', 'language', 'other'];

/** How far staff took a feedback entry (migrations/fields.go FeedbackStates). */
export const FEEDBACK_STATES = ['new', 'seen', 'forwarded', 'fixed'];

export const REPORT_REASONS = ['spam', 'offensive', 'personal_data', 'off_topic', 'other'];

/** Field bounds of the ideas and comments schema, for hints before sending. */
export const LIMITS = {
  title: [5, 140],
  body: [10, 5000],
  comment: [1, 2000],
  feedbackText: [0, 2000],
  note: [0, 500],
  barrierOther: [0, 200],
  answer: [0, 2000],
  displayName: [2, 40],
  password: [8, 71],
};

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
