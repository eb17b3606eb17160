// Small pieces shared by the views.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { errorMessage, formatNumber, t } from '../i18n/index.js';
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

/**
 * A labelled form field with an optional hint and error, wired for screen
 * readers; control(attributes) draws the input with those attributes.
 */
export function Field({ id, label, hint, error, control }) {
  const describedBy = [hint && id + '-hint', error && id + '-error'].filter(Boolean).join(' ') || undefined;
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      ${hint && html`<p class="hint" id=${id + '-hint'}>${hint}</p>`}
      ${error && html`<p class="error" id=${id + '-error'}>${error}</p>`}
      ${control({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined })}
    </div>`;
}

/** Field errors of an ApiError, by field name, in the person's language. */
export function fieldErrors(error) {
  const errors = {};
  for (const [field, item] of Object.entries(error?.data || {})) errors[field] = errorMessage(item);
  return errors;
}

/** A refusal of the server as a sentence. */
export function RejectionReason({ error }) {
  if (!error) return null;
  return html`<p class="error">${t('sync.reason')} ${errorMessage(error)}</p>`;
}

/** The rating summary of a service: mean, count and reported barriers. */
export function RatingSummary({ summary }) {
  if (!summary?.count) return html`<p class="muted">${t('services.noRatings')}</p>`;
  const barriers = Object.entries(summary.barriers || {}).filter(([, n]) => n > 0);
  return html`
    <p>${t('services.rating', { mean: formatNumber(summary.mean, 1), count: summary.count })}</p>
    ${barriers.length > 0 && html`
      <p>${t('services.barriers')}${' '}
        ${barriers.map(([key, n], i) => html`${i > 0 && ', '}${t('barrier.' + key)}: ${n}`)}
      </p>`}`;
}

/** The sign-in link, bringing the person back to where they are. */
export function signInHref() {
  const { path } = route.value;
  if (['/signin', '/signup', '/forgot-password', '/reset-password'].includes(path)) return '/signin' + location.search;
  return path === '/' ? '/signin' : '/signin?next=' + encodeURIComponent(path);
}
