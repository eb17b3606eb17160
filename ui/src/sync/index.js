// The sync client of the page (docs/sync.md). The engine that pushes,
// pulls and listens for pokes (./engine.js) loads after the first view, so it
// is not on the critical path; until then requests are remembered.
//
// API:
//   startSync(getScope)  begin; getScope() -> { region, district, user, token } or null
//   requestSync()        push and pull soon (after an action, a poke, a scope change)
//   rescope()            the region or the person changed: pull and resubscribe
//   watchRecords(topics, token, onChange) -> stop()   follow record changes (./realtime.js)
//   syncState            signal { phase: "idle" | "syncing" | "offline" | "failed", lastSync }
import { signal } from '@preact/signals';

export const syncState = signal({ phase: 'idle', lastSync: null });

let engine = null;
let requested = false;

// One chunk: the engine, push, pull and realtime. Views reach realtime
// through watchRecords below, never by importing it, so that it is not
// split off into a chunk the browser would find only once the engine has
// arrived, a round trip later on a slow link.
const loadEngine = () => import('./engine.js');

/** Loads the engine and starts syncing; call once, after the first view is shown. */
export function startSync(getScope) {
  loadEngine().then((loaded) => {
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

/** Follows record changes of collections (see ./realtime.js); returns stop(). */
export function watchRecords(topics, token, onChange) {
  let stop = null;
  let stopped = false;
  loadEngine().then((loaded) => {
    if (!stopped) stop = loaded.watchRecords(topics, token, onChange);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
