// What a person can do. Every action goes to the outbox first (with
// client-chosen ids), shows at once, and is sent by the sync module.
import { enqueue, discard, fix } from './outbox/index.js';
import { requestSync } from './sync/index.js';
import { user } from './auth.js';
import { askForPersistentStorage } from './persistence.js';

async function queue(type, args) {
  const mutation = await enqueue(type, args, user.value?.id);
  requestSync();
  askForPersistentStorage();
  return mutation;
}

/**
 * An entry made for someone who is not online: { channel: "assisted" | "paper",
 * organization, consent }. Only that the person consented is recorded, never who they are.
 */
const entryArgs = (entry) => (entry ? { channel: entry.channel, organization: entry.organization, consent: !!entry.consent } : {});

/**
 * Submits an idea, in the person's own name or, with entry, for someone else;
 * returns the queued mutation, whose args.id is the idea's id, under which it
 * can be shown at once.
 */
export function submitIdea({ title, body, region, service, topic }, entry) {
  const id = crypto.randomUUID();
  return queue('idea.create', { id, title, body, region, service: service || '', topic: topic || '', ...entryArgs(entry) });
}

/**
 * Changes the title and body of the person's idea while it waits for
 * moderation. base_updated lets the server notice that it changed meanwhile;
 * an idea still in the outbox has none, and its queued create goes first.
 */
export function editIdea(idea, { title, body }) {
  return queue('idea.update', { id: idea.id, base_updated: idea.sync === 'synced' ? idea.updated || '' : '', title, body });
}

export function castVote(idea) {
  return queue('vote.cast', { id: crypto.randomUUID(), idea });
}

export function retractVote(idea) {
  return queue('vote.retract', { idea });
}

export function addComment(idea, body) {
  return queue('comment.create', { id: crypto.randomUUID(), idea, body });
}

/** Changes the body of the person's own comment while it is visible. */
export function editComment(comment, body) {
  return queue('comment.update', { id: comment.id, body });
}

/** Reports an idea or a comment (target = { idea } or { comment }). */
export function report(target, reason, note) {
  return queue('report.create', { id: crypto.randomUUID(), ...target, reason, note: note || '' });
}

/** Rates a service, in the person's own name or, with entry, for someone else. */
export function rateService({ service, region, rating, text, barriers, barrierOther }, entry) {
  const other = barriers.includes('other') ? (barrierOther || '').trim() : '';
  return queue('feedback.create', {
    id: crypto.randomUUID(), service, region, rating, text: text || '', barriers, barrier_other: other, ...entryArgs(entry),
  });
}

/** Drops a queued or refused contribution. */
export function discardMutation(id) {
  return discard(id);
}

/** Sends a refused contribution again with corrected fields. */
export async function fixMutation(id, args) {
  await fix(id, args);
  requestSync();
}
