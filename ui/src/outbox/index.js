// The outbox: everything a person does is queued here first, shown at once,
// and removed only once the server has answered it for good (docs/sync.md).
// Nothing leaves the outbox silently: a refused mutation stays, with the
// reason, until the person fixes or discards it.
//
// A mutation is { id, seq, type, args, user, created, state, error? }:
//   state "pending"   waits for a connection; the sync module sends it
//   state "rejected"  refused by the server; error = { code, message, data }
//   user              who queued it (null when signed out; the next person
//                     to sign in on this device sends it)
//
// API (views reach it through ../actions.js):
//   enqueue(type, args, user) -> mutation   queue one action
//   list()                    -> mutation[] all of them, in seq order
//   discard(id)                             drop one (the person decided); its id joins discarded
//   fix(id, args)             -> mutation   requeue a refused one with corrected args
//   observe(callback)         -> stop()     callback(list) now and on every change, in every tab
// For the sync module only:
//   pending(user, limit)      -> mutation[] the next ones to push
//   settleIn(tx, id, outcome)               record a server answer inside tx
import { db } from '../db.js';
import { announce, listen } from '../changes.js';

async function nextSeq(tx) {
  const meta = tx.objectStore('meta');
  const seq = ((await meta.get('seq')) || 0) + 1;
  await meta.put(seq, 'seq');
  return seq;
}

/** Queues a mutation with a fresh id and the device's next seq. */
export async function enqueue(type, args, user) {
  const tx = (await db()).transaction(['outbox', 'meta'], 'readwrite');
  // seq is taken in the same transaction as the write, so tabs never share one.
  const mutation = {
    id: crypto.randomUUID(),
    seq: await nextSeq(tx),
    type,
    args,
    user: user || null,
    created: new Date().toISOString(),
    state: 'pending',
  };
  await tx.objectStore('outbox').put(mutation);
  await tx.done;
  announce({ outbox: true });
  return mutation;
}

/** Returns every queued mutation in seq order. */
export async function list() {
  return (await db()).getAllFromIndex('outbox', 'seq');
}

/** Ids discarded on this page: gone from the outbox, but not sent. */
export const discarded = new Set();

/** Removes a mutation for good. */
export async function discard(id) {
  discarded.add(id);
  await (await db()).delete('outbox', id);
  announce({ outbox: true });
}

/**
 * Requeues a refused mutation with corrected args. It gets a new mutation id
 * (the server remembers its answer to the old one) and a new seq, but keeps
 * the record id, so links to the record stay valid.
 */
export async function fix(id, args) {
  const tx = (await db()).transaction(['outbox', 'meta'], 'readwrite');
  const store = tx.objectStore('outbox');
  const old = await store.get(id);
  if (!old) throw new Error('mutation not found');
  const mutation = {
    ...old,
    id: crypto.randomUUID(),
    seq: await nextSeq(tx),
    args: { ...old.args, ...args },
    state: 'pending',
    error: undefined,
    created: new Date().toISOString(),
  };
  await store.delete(id);
  await store.put(mutation);
  await tx.done;
  announce({ outbox: true });
  return mutation;
}

/** Removes every mutation queued by user, e.g. when their account is gone. */
export async function discardAllOf(user) {
  const tx = (await db()).transaction('outbox', 'readwrite');
  for (const mutation of await tx.store.getAll()) {
    if (mutation.user === user) await tx.store.delete(mutation.id);
  }
  await tx.done;
  announce({ outbox: true });
}

/** Calls callback with the current list now and after every change. */
export function observe(callback) {
  let stopped = false;
  const refresh = () => list().then((items) => stopped || callback(items));
  const stop = listen((change) => change.outbox && refresh());
  refresh();
  return () => {
    stopped = true;
    stop();
  };
}

/** The next pending mutations that user may send, oldest first. */
export async function pending(user, limit) {
  const all = await list();
  return all.filter((m) => m.state === 'pending' && (!m.user || m.user === user)).slice(0, limit);
}

/**
 * Records the server's answer to one mutation inside tx (which spans the
 * outbox store): outcome "done" removes it, "rejected" keeps it with error.
 */
export async function settleIn(tx, id, outcome, error) {
  const store = tx.objectStore('outbox');
  if (outcome === 'done') return store.delete(id);
  const mutation = await store.get(id);
  if (mutation) await store.put({ ...mutation, state: 'rejected', error });
}
