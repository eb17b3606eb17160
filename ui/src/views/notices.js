// The one status line under the header: the connection, the outbox, the
// session and new versions merged into a single compact notice, so that a
// phone keeps its first screen for the content. It sits in one live region,
// so screen readers hear when it changes. statusLine decides what is said
// and the one action offered; the texts are in the catalogues (notice.*).
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { outboxItems } from '../store/index.js';
import { sessionExpired, user } from '../auth.js';
import { syncState } from '../sync/index.js';
import { applyUpdate, updateReady } from '../updates.js';
import { signInHref, useOnline } from './parts.js';

/**
 * The parts of the status line for a state, most urgent first, the action
 * ({ href } or { onClick } with its label) and the tone; null when all is well.
 */
export function statusLine({ online, pending, rejected, signedIn, failing, expired, update }) {
  const parts = [];
  if (!online) parts.push(t('notice.offline'));
  if (!online && pending === 0) parts.push(t('notice.offlineSaved'));
  if (expired) parts.push(t('notice.expired'));
  if (rejected > 0) parts.push(t('notice.rejected', { count: rejected }));
  if (pending > 0) parts.push(t('notice.pending', { count: pending }));
  if (pending > 0 && failing) parts.push(t('notice.retrying'));
  if (!signedIn && pending > 0) parts.push(t('notice.signInToSend'));
  if (update) parts.push(t('notice.update'));
  if (!parts.length) return null;

  let action = null;
  if (update) action = { onClick: applyUpdate, label: t('notice.reload') };
  else if (expired) action = { href: signInHref(), label: t('notice.signInAgain') };
  else if (!signedIn && pending > 0) action = { href: signInHref(), label: t('nav.signIn') };
  else if (rejected > 0) action = { href: '/mine', label: t('notice.review') };
  else if (pending > 0) action = { href: '/mine', label: t('notice.show') };

  let tone = 'warning';
  if (rejected > 0) tone = 'error';
  else if (online && !expired && pending === 0) tone = 'update';
  return { parts, action, tone };
}

export function Notices() {
  const online = useOnline();
  const items = outboxItems.value;
  const line = statusLine({
    online,
    pending: items.filter((m) => m.state === 'pending').length,
    rejected: items.filter((m) => m.state === 'rejected').length,
    signedIn: !!user.value,
    failing: online && syncState.value.phase === 'failed',
    expired: sessionExpired.value,
    update: updateReady.value,
  });
  return html`
    <div class="notices" role="status">
      ${line && html`
        <p class=${'notice notice-' + line.tone}>
          <span class="notice-text">${line.parts.map((part) => html`<span>${part}</span> `)}</span>
          ${line.action?.href && html`<a class="notice-action" href=${line.action.href}>${line.action.label}</a>`}
          ${line.action?.onClick && html`
            <button type="button" class="notice-action" onClick=${line.action.onClick}>${line.action.label}</button>`}
        </p>`}
    </div>`;
}
