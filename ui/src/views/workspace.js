// The workspace of moderators and staff (Verbände and municipal staff). It
// works online only: it shows and changes the server's current state with
// the plain REST API, and the API rules limit it to the person's regions.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { user } from '../auth.js';
import { loadMemberships, memberships } from '../roles.js';
import { useInteractive } from '../perf.js';
import { signInHref, useOnline, useTitle } from './parts.js';
import { ModerationQueue } from './workspace-moderation.js';
import { StaffDesk } from './workspace-staff.js';

export function Workspace() {
  useTitle(t('workspace.title'));
  const online = useOnline();
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (online && user.value) loadMemberships().catch(() => {}).finally(() => setChecked(true));
  }, [online, user.value?.id]);
  useInteractive(true);
  const mine = memberships.value;
  const moderator = mine.find((m) => m.role === 'moderator');
  const staff = mine.find((m) => m.role === 'staff');
  let content;
  if (!user.value) content = html`<p>${t('workspace.signIn')} <a href=${signInHref()}>${t('nav.signIn')}</a></p>`;
  else if (!online) content = html`<p class="notice notice-offline">${t('workspace.offline')}</p>`;
  else if (!moderator && !staff) content = html`<p>${checked ? t('workspace.noRole') : t('common.loading')}</p>`;
  else {
    content = html`
      <p>${t('workspace.intro')}</p>
      <ul class="plain workspace-links">
        <li><a href="/workspace/feedback">${t('desk.fromWorkspace')}</a></li>
        <li><a href="/assisted">${t('assisted.fromWorkspace')}</a></li>
      </ul>
      ${staff && html`<${StaffDesk} organization=${staff.expand?.organization || { id: staff.organization }} />`}
      ${moderator && html`<${ModerationQueue} organization=${moderator.expand?.organization || { id: moderator.organization }} />`}`;
  }
  return html`
    <h1 tabindex="-1">${t('workspace.title')}</h1>
    ${content}`;
}
