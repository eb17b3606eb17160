// Realtime pokes (docs/sync.md, Poke): the server names a topic per district,
// one for the catalogue and one per person; a poke only says "pull". The
// PocketBase SDK is loaded lazily, after the first view, as its own chunk.

let client = null;
let wanted = '';

/**
 * Subscribes to topics and calls onPoke for every poke and every
 * (re)connection, since pokes sent while disconnected are lost.
 * token authorizes the connection (needed for the person's own topic).
 */
export async function connectRealtime(topics, token, onPoke) {
  const key = JSON.stringify([topics, token || '']);
  if (client && wanted === key) return;
  await disconnectRealtime();
  wanted = key;
  const { default: PocketBase } = await import('pocketbase');
  if (wanted !== key) return; // changed or disconnected while loading
  const pb = new PocketBase('/');
  pb.autoCancellation(false);
  if (token) pb.authStore.save(token, null);
  client = pb;
  try {
    await pb.realtime.subscribe('PB_CONNECT', () => onPoke());
    for (const topic of topics) await pb.realtime.subscribe(topic, () => onPoke());
  } catch {
    // Offline or server unreachable: the SDK keeps reconnecting by itself.
  }
}

/** Closes the connection (while the page is hidden, to save data and battery). */
export async function disconnectRealtime() {
  const pb = client;
  client = null;
  wanted = '';
  if (pb) await pb.realtime.unsubscribe().catch(() => {});
}
