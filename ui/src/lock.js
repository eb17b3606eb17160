// Serializes sync work (push and pull) across tabs and the service worker
// with the Web Locks API, so that two flushes never send the same mutation
// at once and two pulls never write older data over newer.

const name = 'mitwirken-sync';
let local = Promise.resolve();

/** Runs task while holding the sync lock and returns its result. */
export function withSyncLock(task) {
  if (globalThis.navigator?.locks) return navigator.locks.request(name, task);
  // Without Web Locks (old browsers) at least this tab does one thing at a time.
  const run = local.then(task, task);
  local = run.catch(() => {});
  return run;
}
