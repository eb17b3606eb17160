// The one IndexedDB database of the app. Only the store, outbox, sync, auth
// and roles modules open it; views never do.
//
//   records  synced server records, keyed [collectionName, id]
//   outbox   queued mutations, keyed by mutation id, ordered by seq
//   meta     small values: device id, seq counter, pull cursor and scope, auth,
//            the person's memberships
import { openDB } from 'idb';

let opened;

/** Returns the open database; every caller shares one connection per realm. */
export function db() {
  opened ||= openDB('mitwirken', 1, {
    upgrade(database) {
      const records = database.createObjectStore('records', { keyPath: ['collectionName', 'id'] });
      records.createIndex('collection', 'collectionName');
      database.createObjectStore('outbox', { keyPath: 'id' }).createIndex('seq', 'seq');
      database.createObjectStore('meta');
    },
    // Another tab upgraded the schema: let it, and reopen on next use.
    blocking() {
      opened?.then((d) => d.close());
      opened = undefined;
    },
  });
  return opened;
}

/** Reads one meta value. */
export async function getMeta(key) {
  return (await db()).get('meta', key);
}

/** Writes one meta value. */
export async function setMeta(key, value) {
  return (await db()).put('meta', value, key);
}
