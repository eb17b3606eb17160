// The push half of the sync protocol: sends queued mutations to
// POST /api/sync/push and records every answer (docs/sync.md). It runs in
// pages and in the service worker (Background Sync); callers hold the sync lock.
import { db, getMeta, setMeta } from '../db.js';
import { ACCOUNT_DELETED, ApiError, NetworkError, request } from '../api.js';
import { pending, settleIn } from '../outbox/index.js';
import { putIn, deleteWhereIn } from '../store/records.js';
import { KIND } from '../mutation-kinds.js';

// The server takes at most 100 mutations and 256 KB per call; long ideas can
// reach the byte limit first, so batches stay below it with room to spare.
const BATCH = 100;
const BATCH_BYTES = 200 * 1024;

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
 * "deleted" (401 auth_account_deleted: the account is gone, forget it),
 * "offline" or "failed" (retry later, nothing is lost).
 */
export async function pushOutbox() {
  const collections = new Set();
  const auth = await getMeta('auth');
  if (!auth?.token) return { status: 'signed-out', collections };
  if (auth.expired) return { status: 'expired', collections };
  const device = await deviceId();
  for (;;) {
    const batch = fitToLimit(await pending(auth.record.id, BATCH));
    if (!batch.length) return { status: 'done', collections };
    let reply;
    try {
      reply = await request('/api/sync/push', {
        method: 'POST',
        token: auth.token,
        body: { device, mutations: batch.map(wire) },
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === ACCOUNT_DELETED) return { status: 'deleted', collections };
      if (error instanceof ApiError && error.status === 401) {
        await setMeta('auth', { ...auth, expired: true });
        return { status: 'expired', collections };
      }
      return { status: error instanceof NetworkError ? 'offline' : 'failed', collections };
    }
    const answered = await settle(batch, reply?.results || [], auth.record.id, collections);
    // A mutation without a usable answer stays queued; try again later rather than at once.
    if (answered < batch.length) return { status: 'failed', collections };
  }
}

/** A mutation as the protocol sends it. */
const wire = ({ id, seq, type, args }) => ({ id, seq, type, args });

/** The longest prefix of mutations whose push body stays below BATCH_BYTES (at least one). */
function fitToLimit(mutations) {
  let bytes = 100; // the envelope: device id and brackets
  for (let i = 0; i < mutations.length; i++) {
    bytes += new Blob([JSON.stringify(wire(mutations[i]))]).size + 1;
    if (bytes > BATCH_BYTES && i > 0) return mutations.slice(0, i);
  }
  return mutations;
}

// Records all answers of one push in one transaction, so the outbox and the
// records never disagree, whichever tab or worker reads them next.
// Returns how many mutations got an answer.
async function settle(batch, results, me, collections) {
  const byId = new Map(batch.map((m) => [m.id, m]));
  const tx = (await db()).transaction(['outbox', 'records'], 'readwrite');
  let answered = 0;
  for (const result of results) {
    const mutation = byId.get(result.id);
    if (!mutation) continue;
    collections.add(KIND[mutation.type].collection);
    if (await settleOne(tx, mutation, result.status === 'duplicate' ? result.original || {} : result, me)) answered++;
  }
  await tx.done;
  return answered;
}

// Records one answer; returns false for an answer it does not understand.
async function settleOne(tx, mutation, answer, me) {
  switch (answer.status) {
    case 'applied':
      if (KIND[mutation.type].op === 'delete') {
        await deleteWhereIn(tx, KIND[mutation.type].collection, deletedBy(mutation, me));
      } else if (answer.record) {
        await putIn(tx, answer.record);
      }
      await settleIn(tx, mutation.id, 'done');
      return true;
    case 'conflict':
      // The server's state moved on; its record replaces ours.
      if (answer.record) await putIn(tx, answer.record);
      // A vote that exists already is what the person wanted; anything else
      // (an edit that came too late) is shown to them like a refusal.
      await settleIn(tx, mutation.id, answer.code === 'vote_exists' ? 'done' : 'rejected', errorOf(answer));
      return true;
    case 'rejected':
      await settleIn(tx, mutation.id, 'rejected', errorOf(answer));
      return true;
    default:
      return false; // keep the mutation pending
  }
}

// A deleting kind names its record by its args and its owner (a retracted
// vote: { idea } and the person's own vote on it).
function deletedBy({ type, args }, me) {
  return (record) => Object.entries(args).every(([field, value]) => record[field] === value) && KIND[type].owners.some((owner) => record[owner] === me);
}

function errorOf(answer) {
  return { code: answer.code || 'validation_failed', message: answer.message || '', data: answer.data || {} };
}
