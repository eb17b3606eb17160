// The sync engine behind ./index.js: decides when to push the outbox and
// pull the change log, and keeps the realtime poke subscription
// (docs/sync.md). It loads after the first view, as its own chunk.
//
// A flush happens on start, when the connection returns, when the page
// becomes visible, after each action, on a back-off timer after failures,
// and through Background Sync where the browser has it. Flushes are
// serialized across tabs and the service worker by a Web Lock.
import { ACCOUNT_DELETED } from '../api.js';
import { forgetAccount } from '../auth.js';
import { announce } from '../changes.js';
import { withSyncLock } from '../lock.js';
import { pushOutbox } from './push.js';
import { pullChanges } from './pull.js';
import { connectRealtime, disconnectRealtime } from './realtime.js';
import { applyCounters } from '../store/records.js';

export { watchRecords } from './realtime.js';

let syncState = null;
let getScope = () => null;
let running = null;
let again = false;
let failures = 0;
let retryTimer = 0;
let pokeTimer = 0;
let lazyTimer = 0;

// A poke that carries nothing but counters is applied at once; the pull that
// brings the same change comes later, spread over LAZY_PULL_MS, so that a
// vote watched by a thousand phones is not a thousand pulls. Other pokes
// pull within POKE_PULL_MS, each phone at its own moment.
const POKE_PULL_MS = [250, 1250];
const LAZY_PULL_MS = [30000, 90000];
const between = ([low, high]) => low + Math.random() * (high - low);

const BACKOFF_MS = [2000, 5000, 15000, 30000, 60000, 120000, 300000];

/** Starts syncing; state is the signal that shows the sync phase. */
export function start(scopeGetter, state) {
  getScope = scopeGetter;
  syncState = state;
  addEventListener('online', () => {
    failures = 0;
    requestSync();
    subscribe();
  });
  addEventListener('offline', () => {
    syncState.value = { ...syncState.value, phase: 'offline' };
    disconnectRealtime();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      requestSync();
      subscribe();
    } else {
      disconnectRealtime();
    }
  });
  navigator.serviceWorker?.addEventListener('message', (event) => {
    if (event.data?.type === 'synced') requestSync(); // Background Sync pushed; pull what it changed
  });
  requestSync();
  subscribe();
}

/** Pushes and pulls soon; repeated requests while one runs merge into one more run. */
export function requestSync() {
  clearTimeout(retryTimer);
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await cycle();
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}

/** The chosen region or the person changed: pull for the new scope and resubscribe. */
export function rescope() {
  requestSync();
  subscribe();
}

async function cycle() {
  if (!navigator.onLine) {
    syncState.value = { ...syncState.value, phase: 'offline' };
    registerBackgroundSync();
    return;
  }
  syncState.value = { ...syncState.value, phase: 'syncing' };
  const changed = new Set();
  let pushed = 'done';
  try {
    await withSyncLock(async () => {
      const push = await pushOutbox();
      pushed = push.status;
      push.collections.forEach((c) => changed.add(c));
      if (pushed === 'offline' || pushed === 'failed' || pushed === 'deleted') return;
      const scope = getScope();
      if (scope?.region) (await pullChanges(scope)).forEach((c) => changed.add(c));
    });
  } catch (error) {
    pushed = error?.code === ACCOUNT_DELETED ? 'deleted' : 'failed';
  }
  if (pushed === 'deleted') {
    // The account was deleted (on another device): forget the person, then sync as a guest.
    await forgetAccount();
    again = true;
    subscribe();
    return;
  }
  // One announcement after push and pull, so views never show a vote
  // without its count or the other way round.
  announce({ outbox: true, auth: pushed === 'expired', collections: [...changed] });
  if (pushed === 'offline' || pushed === 'failed') {
    failures++;
    const delay = BACKOFF_MS[Math.min(failures, BACKOFF_MS.length) - 1];
    retryTimer = setTimeout(requestSync, delay * (0.75 + Math.random() / 2));
    registerBackgroundSync();
    syncState.value = { ...syncState.value, phase: navigator.onLine ? 'failed' : 'offline' };
    return;
  }
  failures = 0;
  syncState.value = { phase: 'idle', lastSync: Date.now() };
}

function subscribe() {
  const scope = getScope();
  if (!scope?.district || document.visibilityState !== 'visible' || !navigator.onLine) return;
  const topics = [`sync/${scope.district}`, 'sync/catalogue'];
  // Only the person may subscribe to their own topic, so only with a valid token.
  if (scope.user && scope.token) topics.push(`sync/user/${scope.user}`);
  connectRealtime(topics, scope.token, onPoke);
}

/** Applies the counters a poke carries, then pulls soon or lazily (see POKE_PULL_MS). */
async function onPoke(poke) {
  if (poke?.ideas && (await applyCounters(poke.ideas).catch(() => false))) announce({ collections: ['ideas'] });
  if (poke?.only_counters) {
    if (!lazyTimer && !pokeTimer) lazyTimer = setTimeout(pullNow, between(LAZY_PULL_MS));
    return;
  }
  // Pokes come in bursts: pull once per burst.
  clearTimeout(pokeTimer);
  pokeTimer = setTimeout(pullNow, between(POKE_PULL_MS));
}

function pullNow() {
  clearTimeout(lazyTimer);
  clearTimeout(pokeTimer);
  lazyTimer = pokeTimer = 0;
  requestSync();
}

// Lets the service worker flush the outbox when the connection returns,
// even after the page is gone. Only needed when a push could not go out.
function registerBackgroundSync() {
  navigator.serviceWorker?.ready
    .then((registration) => registration.sync?.register('mitwirken-outbox'))
    .catch(() => {});
}
