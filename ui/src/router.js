// A tiny client-side router on the History API. The server answers every
// unknown path with index.html, so each route also works on reload.
import { signal } from '@preact/signals';

/** The current location: { path, query } */
export const route = signal(current());

function current() {
  return { path: location.pathname, query: new URLSearchParams(location.search) };
}

/** Goes to a path in the app, e.g. "/ideas?sort=top". */
export function navigate(to, { replace = false } = {}) {
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  route.value = current();
}

/** Matches "/ideas/:id" against a path; returns the params or null. */
export function match(pattern, path) {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

addEventListener('popstate', () => {
  route.value = current();
});

// Same-origin links navigate inside the app; the API and the admin UI do not.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || /^\/(api|_)\//.test(url.pathname)) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return; // in-page anchor
  event.preventDefault();
  navigate(url.pathname + url.search);
});
