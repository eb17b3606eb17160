// Notices about the connection, the outbox, the session and new versions.
// They sit in one live region, so screen readers hear when they change.
// When contributions that waited (offline, or for the person to sign in)
// have gone out, a short summary says how many, until it is dismissed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { outboxItems } from '../store/index.js';
import { sessionExpired, user } from '../auth.js';
import { syncState } from '../sync/index.js';
import { discarded } from '../outbox/index.js';
import { applyUpdate, updateReady } from '../updates.js';
import { route } from '../router.js';
import { confirmation } from './confirmation.js';
import { signInHref, useOnline } from './parts.js';

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
  const pending = items.filter((m) => m.state === 'pending').length;
  const rejected = items.filter((m) => m.state === 'rejected').length;
  const me = user.value;
  const signInFirst = !me || sessionExpired.value;
  const failing = online && syncState.value.phase === 'failed';
  const [sent, dismiss] = useSentSummary(items, !online || signInFirst);
  return html`
    <div class="notices" role="status">
      ${!online && html`<p class="notice notice-offline">${t('notice.offline')}</p>`}
      ${sessionExpired.value && html`
        <p class="notice notice-warning">${t('notice.expired')} <a href=${signInHref()}>${t('notice.signInAgain')}</a></p>`}
      ${!me && pending > 0 && html`
        <p class="notice notice-warning">
          ${t('notice.pendingSignIn', { count: pending })} <a href=${signInHref()}>${t('nav.signIn')}</a>
        </p>`}
      ${!signInFirst && pending > 0 && html`
        <p class="notice notice-pending">
          ${t('notice.pending', { count: pending })} ${failing && t('notice.retrying')} <a href="/mine">${t('notice.show')}</a>
        </p>`}
      ${sent > 0 && html`
        <p class="notice notice-success">
          ${t('notice.sent', { count: sent })} <a href="/mine">${t('notice.show')}</a>
          <button type="button" class="link-button" onClick=${dismiss}>${t('notice.dismiss')}</button>
        </p>`}
      ${rejected > 0 && html`
        <p class="notice notice-error">${t('notice.rejected', { count: rejected })} <a href="/mine">${t('notice.review')}</a></p>`}
      ${updateReady.value && html`
        <p class="notice notice-update">
          ${t('notice.update')} <button type="button" onClick=${applyUpdate}>${t('notice.reload')}</button>
        </p>`}
    </div>`;
}
