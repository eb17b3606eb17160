// Tells every part of the app, in this tab, other tabs and the service
// worker, that stored data changed, so signals can reload what moved.
// A change is { collections?: string[], outbox?: boolean, auth?: boolean }.

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('mitwirken-changes') : null;
const listeners = new Set();

channel?.addEventListener('message', (event) => {
  for (const listener of listeners) listener(event.data);
});

/** Announces a change here and everywhere else. */
export function announce(change) {
  for (const listener of listeners) listener(change);
  channel?.postMessage(change);
}

/** Calls listener on every change; returns a function that stops it. */
export function listen(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
