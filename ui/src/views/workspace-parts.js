// Pieces shared by the two halves of the workspace: REST calls with the
// person's token, lists that refresh when the page becomes visible again,
// and the server's refusals shown next to the form.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { ApiError, request } from '../api.js';
import { session } from '../auth.js';
import { fieldErrors } from './parts.js';

/** True while the browser says it is online; follows the online and offline events. */
export function useOnline() {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** Sends one request with the person's token. */
export function call(path, options = {}) {
  return request(path, { ...options, token: session.value?.token });
}

/** Lists records of a collection with a PocketBase filter (and optional expand, sort). */
export async function list(collection, filter, { expand, sort = '-created' } = {}) {
  const query = new URLSearchParams({ filter, sort, perPage: '100', skipTotal: '1' });
  if (expand) query.set('expand', expand);
  return (await call(`/api/collections/${collection}/records?${query}`)).items;
}

/**
 * Loads data with load() now, whenever the page becomes visible again and on
 * reload(); returns { data, error, reload }.
 */
export function useRefreshing(load) {
  const [state, setState] = useState({ data: null, error: null });
  const reload = useCallback(() => load().then(
    (data) => setState({ data, error: null }),
    (error) => setState((old) => ({ data: old.data, error })),
  ), []);
  useEffect(() => {
    reload();
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  return { ...state, reload };
}

/** A refusal of the server (message and field errors), or that nothing came back. */
export function ServerError({ error, id }) {
  if (!error) return null;
  if (!(error instanceof ApiError)) return html`<p class="error" id=${id} role="alert">${t('workspace.offline')}</p>`;
  const fields = Object.entries(fieldErrors(error));
  return html`
    <div class="error" id=${id} role="alert">
      <p>${error.message}</p>
      ${fields.length > 0 && html`<ul>${fields.map(([field, message]) => html`<li key=${field}>${field}: ${message}</li>`)}</ul>`}
    </div>`;
}

/** Runs action(), then done(); keeps the server's refusal for ServerError. */
export function useAction(done) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const run = async (action) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await done();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}
