// Persistent storage: asked for once the person has chosen a municipality
// (main.js) or contributed (actions.js). Its own file so the start page does
// not load actions.js, which no view of the first paint needs.
let persistenceAsked = false;

/** Asks the browser not to evict the data once the person has contributed. */
export function askForPersistentStorage() {
  if (persistenceAsked || !navigator.storage?.persist) return;
  persistenceAsked = true;
  navigator.storage.persisted().then((done) => done || navigator.storage.persist()).catch(() => {});
}
