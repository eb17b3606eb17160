// Notices about the connection, the outbox, the session and new versions.
// They sit in one live region, so screen readers hear when they change.
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { outboxItems } from '../store/index.js';
import { sessionExpired, user } from '../auth.js';
import { syncState } from '../sync/index.js';
import { applyUpdate, updateReady } from '../updates.js';
import { signInHref, useOnline } from './parts.js';

export function Notices() {
  const online = useOnline();
  const items = outboxItems.value;
  const pending = items.filter((m) => m.state === 'pending').length;
  const rejected = items.filter((m) => m.state === 'rejected').length;
  const me = user.value;
  const failing = online && syncState.value.phase === 'failed';
  return html`
    <div class="notices" role="status">
      ${!online && html`<p class="notice notice-offline">${t('notice.offline')}</p>`}
      ${sessionExpired.value && html`
        <p class="notice notice-warning">${t('notice.expired')} <a href=${signInHref()}>${t('notice.signInAgain')}</a></p>`}
      ${!me && pending > 0 && html`
        <p class="notice notice-warning">${t('notice.signInToSend')} <a href=${signInHref()}>${t('nav.signIn')}</a></p>`}
      ${pending > 0 && html`
        <p class="notice notice-pending">
          ${t('notice.pending', { count: pending })} ${failing && t('notice.retrying')} <a href="/mine">${t('notice.show')}</a>
        </p>`}
      ${rejected > 0 && html`
        <p class="notice notice-error">${t('notice.rejected', { count: rejected })} <a href="/mine">${t('notice.review')}</a></p>`}
      ${updateReady.value && html`
        <p class="notice notice-update">
          ${t('notice.update')} <button type="button" onClick=${applyUpdate}>${t('notice.reload')}</button>
        </p>`}
    </div>`;
}
