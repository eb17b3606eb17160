// Signing in, signing up and out. The session (token and account) lives in
// IndexedDB so that the service worker can push the outbox with it. An
// expired session keeps the outbox: the person signs in again and it is sent.
import { computed, signal } from '@preact/signals';
import { getMeta, setMeta } from './db.js';
import { ACCOUNT_DELETED, ApiError, NetworkError, request } from './api.js';
import { announce, listen } from './changes.js';
import { forgetPerson } from './store/records.js';
import { discardAllOf } from './outbox/index.js';


/** { token, record, expired? } or null */
export const session = signal(null);

/** The signed-in account, or null. */
export const user = computed(() => session.value?.record || null);

/** True when the server refused the token (push answered 401). */
export const sessionExpired = computed(() => !!session.value?.expired);

/** Reads the session from IndexedDB and follows changes made elsewhere. */
export async function loadSession() {
  session.value = (await getMeta('auth')) || null;
  listen(async (change) => {
    if (change.auth) session.value = (await getMeta('auth')) || null;
  });
}

async function save(next) {
  await setMeta('auth', next);
  session.value = next;
  announce({ auth: true });
}

/** Signs in with email and password. Throws ApiError with field errors. */
export async function signIn(email, password) {
  const data = await request('/api/collections/users/auth-with-password', {
    method: 'POST',
    body: { identity: email, password },
  });
  await save({ token: data.token, record: data.record });
  return data.record;
}

/** Creates an account (the display name may be a pseudonym) and signs in. */
export async function signUp({ email, password, passwordConfirm, displayName, homeRegion, locale }) {
  const body = { email, password, passwordConfirm, display_name: displayName };
  if (homeRegion) body.home_region = homeRegion;
  if (locale) body.locale = locale;
  await request('/api/collections/users/records', { method: 'POST', body });
  return signIn(email, password);
}

/**
 * Signs out on this device and forgets what only this person may see.
 * Queued contributions stay, and are sent after their author signs in again.
 */
export async function signOut() {
  await save(null);
  announce({ collections: await forgetPerson() });
}

/** The person's own account as stored on the server; the list rule returns only theirs. */
export async function fetchAccount() {
  const data = await request('/api/collections/users/records?perPage=1&skipTotal=1', { token: session.value?.token });
  return data.items[0] || null;
}

/**
 * Changes fields of the person's own account. It goes through the batch API,
 * which obeys the same rules, so that the account id is in the body and not
 * in a URL, where server and proxy logs would keep it.
 */
export async function updateAccount(fields) {
  const url = `/api/collections/users/records/${encodeURIComponent(user.value.id)}`;
  const [reply] = await request('/api/batch', {
    method: 'POST',
    token: session.value?.token,
    body: { requests: [{ method: 'PATCH', url, body: fields }] },
  });
  return reply.body;
}

/**
 * Forgets a deleted account on this device: as signing out, and its queued
 * changes go too, since nobody can send them any more.
 */
export async function forgetAccount() {
  const id = (await getMeta('auth'))?.record?.id;
  await save(null);
  if (id) await discardAllOf(id);
  announce({ collections: await forgetPerson() });
}

/**
 * Renews a valid token so that regular visitors stay signed in. A refused
 * token marks the session expired, a deleted account is forgotten; being
 * offline changes nothing.
 */
export async function refreshSession() {
  const current = session.value;
  if (!current?.token || current.expired) return;
  try {
    const data = await request('/api/collections/users/auth-refresh', { method: 'POST', token: current.token });
    await save({ token: data.token, record: data.record });
  } catch (error) {
    if (error instanceof ApiError && error.code === ACCOUNT_DELETED) await forgetAccount();
    else if (error instanceof ApiError && error.status === 401) await save({ ...current, expired: true });
    else if (!(error instanceof NetworkError)) throw error;
  }
}
