// The confirmation after a contribution: a panel at the top of the page the
// person is on (or is taken to), which takes the focus and says what became
// of it: sent, waiting for a connection, waiting for the person to sign in,
// or refused. It follows the outbox, so "waiting" turns into "sent" by itself.
import { useEffect, useRef } from 'preact/hooks';
import { html } from '../html.js';
import { has, t } from '../i18n/index.js';
import { outboxItems } from '../store/index.js';
import { sessionExpired, user } from '../auth.js';
import { route } from '../router.js';
import { confirmation } from './confirmation-state.js';
import { useOnline } from './parts.js';

/** What became of the confirmed mutations. */
function stateOf({ ids, items: before }, online) {
  const items = outboxItems.value.filter((m) => ids.includes(m.id));
  if (items.some((m) => m.state === 'rejected')) return 'rejected';
  if (!items.length && outboxItems.value !== before) return 'sent';
  if (!user.value || sessionExpired.value) return 'signIn';
  return online ? 'sending' : 'offline';
}

export function Confirmation() {
  const online = useOnline();
  const panel = useRef(null);
  const current = confirmation.value;
  const shown = current && current.path === route.value.path;
  useEffect(() => {
    if (shown) panel.current?.focus();
  }, [shown && current.serial]);
  if (!shown) return null;
  const { what, ids } = current;
  const state = stateOf(current, online);
  const next = encodeURIComponent(current.path);
  const own = `confirm.${what}.${state}`;
  return html`
    <div class=${'confirmation confirmation-' + state} ref=${panel} tabindex="-1" role=${state === 'rejected' ? 'alert' : 'status'}>
      <p class="confirmation-title">${t('confirm.' + what)}</p>
      ${ids.length > 0 && html`<p>${has(own) ? t(own) : t('confirm.state.' + state, { count: ids.length })}</p>`}
      ${state === 'signIn' && html`
        <p><a href=${'/signin?next=' + next}>${t('nav.signIn')}</a> · <a href=${'/signup?next=' + next}>${t('signUp.title')}</a></p>`}
      ${state === 'rejected' && html`<p><a href="/mine">${t('notice.review')}</a></p>`}
    </div>`;
}
