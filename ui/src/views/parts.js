// Small pieces shared by the views, the start page among them (so they are
// in its critical path; what only other views need lives in form-parts.js,
// record-parts.js and service-name.js).
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { route } from '../router.js';
import { sessionExpired, user } from '../auth.js';

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

let navigated = false;

/**
 * Moves focus to the view's heading after an in-app navigation, so screen
 * reader and keyboard users continue where the content changed. The first
 * view of a visit keeps the browser's focus. A confirmation at the top of
 * the view (views/confirmation.js) goes first: it says what just happened.
 */
export function focusHeadingAfterNavigation(navigation = false) {
  navigated ||= navigation;
  if (!navigated) return;
  const heading = document.querySelector('main .confirmation') || document.querySelector('main h1');
  if (heading) heading.focus();
  else document.getElementById('main')?.focus();
}

/** Sets the document title for a view. */
export function useTitle(title) {
  useEffect(() => {
    document.title = title ? `${title} – Mitwirken` : 'Mitwirken';
  }, [title]);
}

/**
 * The sync state of a contribution: nothing when it is on the server. What a
 * signed-out person queued waits for them to sign in, not for a connection.
 */
export function SyncBadge({ item }) {
  if (!item || item.sync === 'synced') return null;
  if (item.sync === 'rejected') return html`<span class="badge badge-rejected">${t('sync.rejected')}</span>`;
  const waitsForSignIn = !user.value || sessionExpired.value;
  return html`<span class="badge badge-pending">${t(waitsForSignIn ? 'sync.waitingSignIn' : 'sync.pending')}</span>`;
}

/** An idea's lifecycle status. */
export function StatusBadge({ status }) {
  if (!status) return null;
  return html`<span class=${'badge status status-' + status}>${t('status.' + status)}</span>`;
}

/** The sign-in link, bringing the person back to where they are. */
export function signInHref() {
  const { path } = route.value;
  if (['/signin', '/signup', '/forgot-password', '/reset-password'].includes(path)) return '/signin' + location.search;
  return path === '/' ? '/signin' : '/signin?next=' + encodeURIComponent(path);
}
