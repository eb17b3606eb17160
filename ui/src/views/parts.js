// Small pieces shared by the views.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { errorMessage, formatDate, formatNumber, locale, t } from '../i18n/index.js';
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

/**
 * The rating summary of a service: mean, count and reported barriers, or,
 * while too few people rated it, a note why there are no figures yet.
 */
export function RatingSummary({ summary }) {
  if (!summary?.count) return html`<p class="muted">${t('services.tooFewRatings')}</p>`;
  const barriers = Object.entries(summary.barriers || {}).filter(([, n]) => n > 0);
  return html`
    <p>${t('services.rating', { mean: formatNumber(summary.mean, 1), count: summary.count })}</p>
    ${barriers.length > 0 && html`
      <p>${t('services.barriers')}${' '}
        ${barriers.map(([key, n], i) => html`${i > 0 && ', '}${t('barrier.' + key)}: ${n}`)}
      </p>`}
    ${summary.answered != null && html`
      <p>${t('services.answered', { count: summary.answered, total: summary.count })}
        ${' '}${t('services.fixedThisMonth', { count: summary.fixed_this_month })}</p>`}`;
}

/**
 * The "Ausgeblendet" notice on hidden content for its author: the reason the
 * moderator chose (or that several people reported it), their note, and
 * where to appeal.
 */
export function HiddenNotice({ record, appeal }) {
  let reason = record.moderation_reason ? t('report.reason.' + record.moderation_reason) : '';
  if (!reason && record.hidden_reason === 'reports') reason = t('hidden.byReports');
  return html`
    <div class="notice notice-hidden">
      <p><strong>${t('hidden.title')}</strong>${reason && html` – ${t('hidden.reason')} ${reason}`}</p>
      ${record.moderation_note && html`<p>${t('hidden.note')} ${record.moderation_note}</p>`}
      ${appeal && html`<p><a href=${appeal}>${t('hidden.appeal')}</a></p>`}
    </div>`;
}

/** How far staff took a person's own rating, and their answer. */
export function FeedbackAnswer({ feedback }) {
  const state = feedback.state && feedback.state !== 'new' && html`<span class="badge">${t('desk.state.' + feedback.state)}</span>`;
  if (!feedback.answer) return state ? html` ${state}` : null;
  return html`
    ${state && html` ${state}`}
    <div class="answer">
      <p><strong>${t('mine.answer', { date: formatDate(feedback.answered_at) })}</strong></p>
      <blockquote><p>${feedback.answer}</p></blockquote>
    </div>`;
}

/**
 * A service's name in the current language: in English its English name,
 * where the catalogue has one, with the official German name beside it.
 */
export function serviceName(service) {
  if (!service) return '';
  return locale.value === 'en' && service.name_en ? `${service.name_en} (${service.name})` : service.name;
}

/** Orders services by serviceName, as the person reads them. */
export function byServiceName(a, b) {
  return serviceName(a).localeCompare(serviceName(b), locale.value === 'en' ? 'en' : 'de');
}

/** serviceName as markup, with the German name marked as German for screen readers. */
export function ServiceName({ service }) {
  if (locale.value !== 'en' || !service.name_en) return service.name;
  return html`${service.name_en} <span lang="de" class="official-name">(${service.name})</span>`;
}

/** The sign-in link, bringing the person back to where they are. */
export function signInHref() {
  const { path } = route.value;
  if (['/signin', '/signup', '/forgot-password', '/reset-password'].includes(path)) return '/signin' + location.search;
  return path === '/' ? '/signin' : '/signin?next=' + encodeURIComponent(path);
}
