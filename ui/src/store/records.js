// Synced server records in IndexedDB, as the sync pull and push deliver them.
// The sync module writes them; the store reads them into signals.
import { db } from '../db.js';

/** The collections a device keeps (docs/sync.md, Pull). */
export const COLLECTIONS = [
  'regions', 'services', 'organizations', 'ideas', 'comments', 'status_changes',
  'endorsements', 'votes', 'feedback', 'reports', 'notifications',
];

/** The collections whose records belong to one person. */
export const PRIVATE_COLLECTIONS = ['votes', 'feedback', 'reports', 'notifications'];

/**
 * Drops what only the signed-in person may see: their private records, and
 * their ideas and comments that are not public. On a shared device (a
 * library, a village hall) the next visitor must not find them. The next
 * pull is a full one anyway, because its scope names the person.
 */
export async function forgetPerson() {
  const tx = (await db()).transaction('records', 'readwrite');
  for (const name of PRIVATE_COLLECTIONS) await deleteWhereIn(tx, name, () => true);
  await deleteWhereIn(tx, 'ideas', (idea) => idea.hidden || idea.status === 'submitted');
  await deleteWhereIn(tx, 'comments', (comment) => comment.state !== 'visible');
  await tx.done;
  return [...PRIVATE_COLLECTIONS, 'ideas', 'comments'];
}

/** Reads all stored records of one collection. */
export async function readCollection(name) {
  return (await db()).getAllFromIndex('records', 'collection', name);
}

/** Stores a record as the server sent it (tx spans "records"). */
export function putIn(tx, record) {
  return tx.objectStore('records').put(record);
}

/** Removes a record (tx spans "records"). */
export function deleteIn(tx, collection, id) {
  return tx.objectStore('records').delete([collection, id]);
}

/** Removes the records of a collection that match (tx spans "records"). */
export async function deleteWhereIn(tx, collection, match) {
  const store = tx.objectStore('records');
  for (const record of await store.index('collection').getAll(collection)) {
    if (match(record)) await store.delete([collection, record.id]);
  }
}

/** Drops every synced record, e.g. before a full resync (tx spans "records"). */
export function clearIn(tx) {
  return tx.objectStore('records').clear();
}

/**
 * Sets the counters that a poke carried ({ id: { votes_count, comments_count } })
 * on the stored ideas; ideas the device does not keep are left to the next
 * pull. Returns whether any stored idea changed.
 */
export async function applyCounters(ideas) {
  const tx = (await db()).transaction('records', 'readwrite');
  const store = tx.objectStore('records');
  let changed = false;
  for (const [id, counters] of Object.entries(ideas)) {
    const idea = await store.get(['ideas', id]);
    if (!idea) continue;
    await store.put({ ...idea, votes_count: counters.votes_count, comments_count: counters.comments_count });
    changed = true;
  }
  await tx.done;
  return changed;
}
