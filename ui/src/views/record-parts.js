// Pieces shared by the views of ideas, services and a person's own
// contributions. Not in views/parts.js: the start page shows none of them, so
// they stay out of its critical path.
import { html } from '../html.js';
import { formatDate, formatNumber, t } from '../i18n/index.js';

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
