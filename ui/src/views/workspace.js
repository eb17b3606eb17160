// The workspace of moderators and staff (Verbände and municipal staff). It
// works online only: it shows and changes the server's current state with
// the plain REST API, and the API rules limit it to the person's regions.
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { useTitle } from './parts.js';
import { useWorkspaceAccess } from './workspace-parts.js';
import { ModerationQueue } from './workspace-moderation.js';
import { StaffDesk } from './workspace-staff.js';

export function Workspace() {
  useTitle(t('workspace.title'));
  const { mine, gate } = useWorkspaceAccess((all) => all.some((m) => m.role === 'moderator' || m.role === 'staff'));
  const moderator = mine.find((m) => m.role === 'moderator');
  const staff = mine.find((m) => m.role === 'staff');
  const content = gate || html`
      <p>${t('workspace.intro')}</p>
      <ul class="plain workspace-links">
        <li><a href="/workspace/feedback">${t('desk.fromWorkspace')}</a></li>
        <li><a href="/assisted">${t('assisted.fromWorkspace')}</a></li>
      </ul>
      ${staff && html`<${StaffDesk} organization=${staff.expand?.organization || { id: staff.organization }} />`}
      ${moderator && html`<${ModerationQueue} organization=${moderator.expand?.organization || { id: moderator.organization }} />`}`;
  return html`
    <h1 tabindex="-1">${t('workspace.title')}</h1>
    ${content}`;
}
