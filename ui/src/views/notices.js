// The one status line under the header: the connection, the outbox, the
// session and new versions merged into a single compact notice, so that a
// phone keeps its first screen for the content. It sits in one live region,
// so screen readers hear when it changes. statusLine decides what is said
// and the one action offered; the texts are in the catalogues (notice.*).
// When contributions that waited (offline, or for the person to sign in)
// have gone out, the line says how many, until it is dismissed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { outboxItems } from '../store/index.js';
import { sessionExpired, user } from '../auth.js';
import { syncState } from '../sync/index.js';
import { discarded } from '../outbox/index.js';
import { applyUpdate, updateReady } from '../updates.js';
import { route } from '../router.js';
import { confirmation } from './confirmation-state.js';
import { signInHref, useOnline } from './parts.js';

/**
 * The parts of the status line for a state, most urgent first, the action
 * ({ href } or { onClick } with its label) and the tone; null when all is well.
 * sent counts the waiting contributions that have gone out since the last
 * dismissal; they are said only when nothing else needs saying.
 */
export function statusLine({ online, pending, rejected, signedIn, failing, expired, update, sent = 0 }) {
  const parts = [];
  if (!online) parts.push(t('notice.offline'));
  if (!online && pending === 0) parts.push(t('notice.offlineSaved'));
  if (expired) parts.push(t('notice.expired'));
  if (rejected > 0) parts.push(t('notice.rejected', { count: rejected }));
  if (pending > 0) parts.push(t(signedIn ? 'notice.pending' : 'notice.pendingSignIn', { count: pending }));
  if (pending > 0 && failing) parts.push(t('notice.retrying'));
  if (update) parts.push(t('notice.update'));
  if (!parts.length && sent > 0) {
    return { parts: [t('notice.sent', { count: sent })], action: { href: '/mine', label: t('notice.show') }, tone: 'success', dismissable: true };
  }
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

// A confirmation panel on this page reports that mutation itself.
const confirmed = (id) => confirmation.value?.path === route.value.path && confirmation.value.ids.includes(id);

/**
 * How many of the contributions that waited have been sent since the last
 * summary was dismissed. Those a confirmation panel already reports, and
 * those the person discarded, are not counted.
 */
function useSentSummary(items, waiting) {
  const held = useRef(new Set());
  const [sent, setSent] = useState(0);
  useEffect(() => {
    const present = new Map(items.map((m) => [m.id, m]));
    if (waiting) items.filter((m) => m.state === 'pending').forEach((m) => held.current.add(m.id));
    let gone = 0;
    for (const id of held.current) {
      const item = present.get(id);
      if (item && item.state === 'pending') continue;
      held.current.delete(id);
      if (!item && !discarded.has(id) && !confirmed(id)) gone++;
    }
    if (gone) setSent((n) => n + gone);
  }, [items, waiting]);
  return [sent, () => setSent(0)];
}

export function Notices() {
  const online = useOnline();
  const items = outboxItems.value;
  const signedIn = !!user.value;
  const [sent, dismiss] = useSentSummary(items, !online || !signedIn || sessionExpired.value);
  const line = statusLine({
    online,
    pending: items.filter((m) => m.state === 'pending').length,
    rejected: items.filter((m) => m.state === 'rejected').length,
    signedIn,
    failing: online && syncState.value.phase === 'failed',
    expired: sessionExpired.value,
    update: updateReady.value,
    sent,
  });
  return html`
    <div class="notices" role="status">
      ${line && html`
        <p class=${'notice notice-' + line.tone}>
          <span class="notice-text">${line.parts.map((part) => html`<span>${part}</span> `)}</span>
          ${line.action?.href && html`<a class="notice-action" href=${line.action.href}>${line.action.label}</a>`}
          ${line.action?.onClick && html`
            <button type="button" class="notice-action" onClick=${line.action.onClick}>${line.action.label}</button>`}
          ${line.dismissable && html`
            <button type="button" class="link-button notice-action" onClick=${dismiss}>${t('notice.dismiss')}</button>`}
        </p>`}
    </div>`;
}
