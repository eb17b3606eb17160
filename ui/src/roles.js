// The signed-in person's memberships in organizations, for the workspace of
// moderators and staff and for entries made on someone's behalf. Only a hint
// for the navigation and the forms: the API rules decide what each person may
// see and do. The last list read online is kept on the device, so a
// volunteer can enter an assisted or paper contribution without a signal.
import { computed, effect, signal } from '@preact/signals';
import { request } from './api.js';
import { getMeta, setMeta } from './db.js';
import { session, user } from './auth.js';

/** The person's memberships, each with its organization expanded; [] when none or unknown. */
export const memberships = signal([]);

/** True when the person moderates or works as staff for an organization. */
export const hasWorkspace = computed(() =>
  memberships.value.some((m) => m.role === 'moderator' || m.role === 'staff'));

/** The verified organizations the person belongs to in any role: they may enter for someone else. */
export const entryOrganizations = computed(() =>
  memberships.value.map((m) => m.expand?.organization).filter((o) => o?.verified));

/** Reads the memberships of the signed-in person again (online only) and keeps them on the device. */
export async function loadMemberships() {
  const me = user.value;
  const token = session.value?.token;
  if (!me || !token || session.value.expired) return;
  // The list rule returns only the person's own memberships: no filter names
  // them, so their id stays out of the URL and the server's logs.
  const data = await request('/api/collections/memberships/records?expand=organization&perPage=100&skipTotal=1', { token });
  if (user.value?.id !== me.id) return;
  memberships.value = data.items;
  await setMeta('memberships', { user: me.id, items: data.items }).catch(() => {});
}

/** The list stored on this device for this person, until the server answers. */
async function loadCachedMemberships(id) {
  const cached = await getMeta('memberships').catch(() => null);
  if (cached?.user === id && user.value?.id === id && !memberships.value.length) memberships.value = cached.items;
}

let lastUser = null;
effect(() => {
  const id = user.value?.id || null;
  if (id === lastUser) return;
  const signedOut = lastUser && !id;
  lastUser = id;
  memberships.value = [];
  if (signedOut) setMeta('memberships', null).catch(() => {}); // a shared device forgets them
  if (!id) return;
  loadCachedMemberships(id).finally(() => {
    if (navigator.onLine) loadMemberships().catch(() => {});
  });
});
addEventListener('online', () => loadMemberships().catch(() => {}));
