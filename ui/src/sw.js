// The service worker: keeps the app shell for offline use, and flushes the
// outbox through Background Sync when the connection returns, even if no
// page is open. The build injects __VERSION__ and __PRECACHE__. A new
// version waits until the person accepts it in the page (no skipWaiting
// on install), so the app is never swapped under their feet.
import { withSyncLock } from './lock.js';
import { pushOutbox } from './sync/push.js';
import { announce } from './changes.js';

const CACHE = 'mitwirken-' + __VERSION__;
const PRECACHE = __PRECACHE__;
// The server adds "Vary: Origin"; module scripts are requested with an
// Origin header, the precache requests were not, and both mean the same file.
const MATCH = { cacheName: CACHE, ignoreVary: true, ignoreSearch: false };
// The insight figures, charts and CSV are public and the same for everyone
// (hooks/insight); once read they stay readable offline, across versions.
const INSIGHT = 'insight-v1';

self.addEventListener('install', (event) => {
  // Hashed assets never change, so the HTTP cache may answer for them (the
  // page has just loaded most); everything else is revalidated.
  const request = (url) => new Request(url, { cache: url.startsWith('/assets/') ? 'default' : 'no-cache' });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map(request))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('mitwirken-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin === location.origin && url.pathname.startsWith('/api/insight/')) {
    event.respondWith(networkFirst(request));
    return;
  }
  // The API (sync, realtime) and the admin UI always go to the network.
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/_/')) return;
  if (request.mode === 'navigate') {
    // Every app route is the same shell; the cached one matches the cached assets.
    event.respondWith(caches.match('/', MATCH).then((cached) => (cached ? withoutFirstVisitPreload(cached) : fetch(request))));
    return;
  }
  event.respondWith(caches.match(request, MATCH).then((cached) => cached || fetch(request)));
});

// index.html preloads the municipality chooser's list for a first visit,
// and the server draws the chooser into it (hooks/platform/first_visit_chooser.go).
// This worker is installed once a municipality is chosen, so the pages it
// serves need neither: the list would only spend the request on a slow link.
async function withoutFirstVisitPreload(cached) {
  const page = (await cached.text())
    .replace(/<link rel="preload"[^>]* as="fetch"[^>]*>\n?/, '')
    .replace(/<section id="first-visit-chooser">[\s\S]*?<\/section>\n?/, '');
  const headers = new Headers(cached.headers);
  headers.delete('content-length');
  return new Response(page, { status: cached.status, statusText: cached.statusText, headers });
}

/** Answers from the network and keeps a copy; offline, answers the copy. */
async function networkFirst(request) {
  const cache = await caches.open(INSIGHT);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('sync', (event) => {
  if (event.tag === 'mitwirken-outbox') event.waitUntil(flush());
});

async function flush() {
  const result = await withSyncLock(pushOutbox);
  if (result.collections.size) {
    announce({ outbox: true, collections: [...result.collections] });
    for (const client of await self.clients.matchAll()) client.postMessage({ type: 'synced' });
  }
  // Throwing asks the browser to try again later.
  if (result.status === 'offline' || result.status === 'failed') throw new Error('push failed; retry later');
}
