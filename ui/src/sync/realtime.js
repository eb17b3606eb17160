// Realtime over one connection per page (the PocketBase SDK, loaded lazily
// after the first view, as its own chunk):
// - pokes (docs/sync.md, Poke): the server names a topic per district, one
//   for the catalogue and one per person; a poke says "pull", and may carry
//   ideas' new counters;
// - watches: an open view (the workspace) follows record changes of whole
//   collections, which the server filters by each collection's list rule.
// Watches ride on the poke connection and survive its reconnections.

let client = null;
let wanted = '';
let clientToken = '';
const watches = new Set();

async function newClient(key, token) {
  const { default: PocketBase } = await import('pocketbase');
  if (wanted !== key) return null; // changed or disconnected while loading
  const pb = new PocketBase('/');
  pb.autoCancellation(false);
  if (token) pb.authStore.save(token, null);
  client = pb;
  clientToken = token || '';
  return pb;
}

/** Subscribes one watch on pb; every (re)connection counts as a change, since events sent meanwhile are lost. */
async function attach(pb, watch) {
  if (watch.client === pb) return;
  watch.client = pb;
  try {
    watch.stops = [await pb.realtime.subscribe('PB_CONNECT', () => watch.onChange())];
    for (const topic of watch.topics) watch.stops.push(await pb.realtime.subscribe(topic, (event) => watch.onChange(event)));
  } catch {
    // Offline or server unreachable: the SDK keeps reconnecting by itself.
  }
}

/**
 * Subscribes to topics and calls onPoke(poke) for every poke, and onPoke()
 * on every (re)connection, since pokes sent while disconnected are lost.
 * token authorizes the connection (needed for the person's own topic).
 */
export async function connectRealtime(topics, token, onPoke) {
  const key = JSON.stringify([topics, token || '']);
  if (client && wanted === key) return;
  // Claimed at once, so a connection asked for meanwhile replaces this one and not the other way round.
  const previous = client;
  client = null;
  wanted = key;
  if (previous) await previous.realtime.unsubscribe().catch(() => {});
  const pb = await newClient(key, token);
  if (!pb) return;
  try {
    await pb.realtime.subscribe('PB_CONNECT', () => onPoke());
    for (const topic of topics) await pb.realtime.subscribe(topic, (poke) => onPoke(poke));
  } catch {
    // Offline or server unreachable: the SDK keeps reconnecting by itself.
  }
  for (const watch of watches) await attach(pb, watch);
}

/** Closes the connection (while the page is hidden, to save data and battery). */
export async function disconnectRealtime() {
  const pb = client;
  client = null;
  wanted = '';
  clientToken = '';
  if (pb) await pb.realtime.unsubscribe().catch(() => {});
}

/**
 * Follows record changes: topics are collection names ("ideas/*"),
 * onChange(event) is called for each change and with no event after each
 * (re)connection. Uses the poke connection, or opens one with token when
 * there is none (a person without a chosen municipality). Returns stop().
 */
export function watchRecords(topics, token, onChange) {
  const watch = { topics, token, onChange, stops: [], client: null };
  watches.add(watch);
  reconnectForWatches();
  return () => {
    watches.delete(watch);
    for (const stop of watch.stops) stop().catch(() => {});
  };
}

// Without a poke connection (none wanted, or closed while the page was
// hidden) the watches open their own, after the sync engine had its turn;
// a connection being opened takes them along.
function reconnectForWatches() {
  if (!watches.size) return;
  if (client) {
    for (const watch of watches) attach(client, watch);
    return;
  }
  setTimeout(() => {
    const [watch] = watches;
    if (watch && !client && !wanted && document.visibilityState === 'visible') connectRealtime([], watch.token, () => {});
  }, 1000);
}
document.addEventListener('visibilitychange', reconnectForWatches);
addEventListener('online', reconnectForWatches);
