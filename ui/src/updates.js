// Registers the service worker and offers a new version with a reload
// prompt. The waiting worker takes over only when the person accepts, so
// the app is never swapped under their feet.
import { signal } from '@preact/signals';

/** True when a new version is installed and waits for the person's go-ahead. */
export const updateReady = signal(false);

let waiting = null;
let accepted = false;

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  const offer = (worker) => {
    waiting = worker;
    updateReady.value = true;
  };
  sw.register('/sw.js').then((registration) => {
    // A first install has no controller yet: nothing to replace, nothing to offer.
    const track = (worker) =>
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && sw.controller) offer(worker);
      });
    if (registration.waiting && sw.controller) offer(registration.waiting);
    track(registration.installing);
    registration.addEventListener('updatefound', () => track(registration.installing));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  }).catch(() => {});
  sw.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
}

/** The person accepted the new version: activate it, then reload. */
export function applyUpdate() {
  accepted = true;
  if (waiting) waiting.postMessage({ type: 'skip-waiting' });
  else location.reload();
}
