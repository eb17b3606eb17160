// The sync client of the page (docs/sync.md). The engine that pushes,
// pulls and listens for pokes (./engine.js) loads after the first view, so it
// is not on the critical path; until then requests are remembered.
//
// API:
//   startSync(getScope)  begin; getScope() -> { region, district, user, token } or null
//   requestSync()        push and pull soon (after an action, a poke, a scope change)
//   rescope()            the region or the person changed: pull and resubscribe
//   syncState            signal { phase: "idle" | "syncing" | "offline" | "failed", lastSync }
import { signal } from '@preact/signals';

export const syncState = signal({ phase: 'idle', lastSync: null });

let engine = null;
let requested = false;

/** Loads the engine and starts syncing; call once, after the first view is shown. */
export function startSync(getScope) {
  import('./engine.js').then((loaded) => {
    engine = loaded;
    engine.start(getScope, syncState);
    if (requested) engine.rescope();
  });
}

/** Pushes and pulls soon. */
export function requestSync() {
  if (engine) engine.requestSync();
  else requested = true;
}

/** The chosen region or the person changed: pull for the new scope and resubscribe. */
export function rescope() {
  if (engine) engine.rescope();
  else requested = true;
}
