// The signed-in person's memberships in organizations, for the workspace of
// moderators and staff. Only a hint for the navigation: the API rules decide
// what each person may see and do.
import { computed, effect, signal } from '@preact/signals';
import { request } from './api.js';
import { session, user } from './auth.js';

/** The person's memberships, each with its organization expanded; [] when none or unknown. */
export const memberships = signal([]);

/** True when the person moderates or works as staff for an organization. */
export const hasWorkspace = computed(() =>
  memberships.value.some((m) => m.role === 'moderator' || m.role === 'staff'));

/** Reads the memberships of the signed-in person again (online only). */
export async function loadMemberships() {
  const me = user.value;
  const token = session.value?.token;
  if (!me || !token || session.value.expired) {
    memberships.value = [];
    return;
  }
  const filter = encodeURIComponent(`user='${me.id}'`);
  const data = await request(`/api/collections/memberships/records?filter=${filter}&expand=organization&perPage=100&skipTotal=1`, { token });
  if (user.value?.id === me.id) memberships.value = data.items;
}

let lastUser = null;
effect(() => {
  const id = user.value?.id || null;
  if (id === lastUser) return;
  lastUser = id;
  memberships.value = [];
  if (id) loadMemberships().catch(() => {});
});
addEventListener('online', () => loadMemberships().catch(() => {}));
