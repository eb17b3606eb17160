// The pull half of the sync protocol: fetches the change log from
// GET /api/sync/pull and applies it to IndexedDB (docs/sync.md). The cursor
// and the scope it belongs to (district and person) are persisted, so a
// pull resumes where the last one stopped. Callers hold the sync lock.
import { db, getMeta } from '../db.js';
import { ApiError, request } from '../api.js';
import { clearIn, deleteIn, putIn } from '../store/records.js';

const LIMIT = 500;

/**
 * Pulls every change since the stored cursor for region (a municipality id)
 * and returns the names of the collections that changed. A new scope (other
 * district, other person) or an expired cursor (410) starts again from 0;
 * the old records are dropped only once the first new page has arrived, so
 * a failed resync leaves the old data usable offline.
 */
export async function pullChanges({ region, district }) {
  const auth = await getMeta('auth');
  const user = auth?.record?.id || '';
  const token = auth && !auth.expired ? auth.token : undefined;
  const scope = `${district}|${user}`;
  const sameScope = (await getMeta('pullScope')) === scope;
  let cursor = sameScope ? (await getMeta('cursor')) || 0 : 0;
  let reset = !sameScope;
  const collections = new Set();
  for (;;) {
    let page;
    try {
      page = await request(`/api/sync/pull?cursor=${cursor}&region=${encodeURIComponent(region)}&limit=${LIMIT}`, { token });
    } catch (error) {
      if (error instanceof ApiError && error.status === 410 && cursor !== 0) {
        cursor = 0;
        reset = true;
        continue;
      }
      throw error;
    }
    const tx = (await db()).transaction(['records', 'meta'], 'readwrite');
    if (reset) {
      await clearIn(tx);
      await tx.objectStore('meta').put('', 'pulled'); // not caught up with anything until the last page
      reset = false;
      collections.add('*');
    }
    for (const change of page.changes) {
      collections.add(change.collection);
      if (change.op === 'upsert') await putIn(tx, change.record);
      else await deleteIn(tx, change.collection, change.id);
    }
    cursor = page.cursor;
    await tx.objectStore('meta').put(cursor, 'cursor');
    await tx.objectStore('meta').put(scope, 'pullScope');
    // Only a pull that has caught up may say "none" (store/index.js).
    if (!page.hasMore) await tx.objectStore('meta').put(scope, 'pulled');
    await tx.done;
    if (!page.hasMore) return collections;
  }
}
