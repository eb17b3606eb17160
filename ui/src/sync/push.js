// The push half of the sync protocol: sends queued mutations to
// POST /api/sync/push and records every answer (docs/sync.md). It runs in
// pages and in the service worker (Background Sync); callers hold the sync lock.
import { db, getMeta, setMeta } from '../db.js';
import { ApiError, NetworkError, request } from '../api.js';
import { pending, settleIn } from '../outbox/index.js';
import { putIn, deleteWhereIn } from '../store/records.js';

const BATCH = 100; // the server takes at most 100 mutations per call

/** The collection each mutation type writes. */
const COLLECTION_OF = {
  'idea.create': 'ideas',
  'idea.update': 'ideas',
  'feedback.create': 'feedback',
  'comment.create': 'comments',
  'vote.cast': 'votes',
  'vote.retract': 'votes',
  'report.create': 'reports',
};

/** Returns this device's id, choosing it on first use. */
export async function deviceId() {
  let id = await getMeta('device');
  if (!id) {
    id = crypto.randomUUID();
    await setMeta('device', id);
  }
  return id;
}

/**
 * Pushes every pending mutation of the signed-in person, 100 at a time.
 * Returns { status, collections }: status is "done", "signed-out",
 * "expired" (401: the outbox is kept, the person must sign in again),
 * "offline" or "failed" (retry later, nothing is lost).
 */
export async function pushOutbox() {
  const collections = new Set();
  const auth = await getMeta('auth');
  if (!auth?.token) return { status: 'signed-out', collections };
  if (auth.expired) return { status: 'expired', collections };
  const device = await deviceId();
  for (;;) {
    const batch = await pending(auth.record.id, BATCH);
    if (!batch.length) return { status: 'done', collections };
    let reply;
    try {
      reply = await request('/api/sync/push', {
        method: 'POST',
        token: auth.token,
        body: { device, mutations: batch.map(({ id, seq, type, args }) => ({ id, seq, type, args })) },
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        await setMeta('auth', { ...auth, expired: true });
        return { status: 'expired', collections };
      }
      return { status: error instanceof NetworkError ? 'offline' : 'failed', collections };
    }
    await settle(batch, reply?.results || [], auth.record.id, collections);
  }
}

// Records all answers of one push in one transaction, so the outbox and the
// records never disagree, whichever tab or worker reads them next.
async function settle(batch, results, me, collections) {
  const byId = new Map(batch.map((m) => [m.id, m]));
  const tx = (await db()).transaction(['outbox', 'records'], 'readwrite');
  for (const result of results) {
    const mutation = byId.get(result.id);
    if (!mutation) continue;
    collections.add(COLLECTION_OF[mutation.type]);
    await settleOne(tx, mutation, result.status === 'duplicate' ? result.original || {} : result, me);
  }
  await tx.done;
}

async function settleOne(tx, mutation, answer, me) {
  switch (answer.status) {
    case 'applied':
      if (mutation.type === 'vote.retract') {
        await deleteWhereIn(tx, 'votes', (v) => v.idea === mutation.args.idea && v.user === me);
      } else if (answer.record) {
        await putIn(tx, answer.record);
      }
      return settleIn(tx, mutation.id, 'done');
    case 'conflict':
      // The server's state moved on; its record replaces ours.
      if (answer.record) await putIn(tx, answer.record);
      // A vote that exists already is what the person wanted; anything else
      // (an edit that came too late) is shown to them like a refusal.
      if (answer.code === 'vote_exists') return settleIn(tx, mutation.id, 'done');
      return settleIn(tx, mutation.id, 'rejected', errorOf(answer));
    case 'rejected':
      return settleIn(tx, mutation.id, 'rejected', errorOf(answer));
    default:
      // An answer we do not understand: keep the mutation pending.
      return undefined;
  }
}

function errorOf(answer) {
  return { code: answer.code || 'validation_failed', message: answer.message || '', data: answer.data || {} };
}
