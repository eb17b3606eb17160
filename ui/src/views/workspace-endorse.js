// Endorsing an idea on behalf of the moderator's organization, and
// withdrawing it. Both are logged by the server (hooks/endorsements.go); the
// rules allow them only for ideas in the organization's regions.
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { user } from '../auth.js';
import { ServerError, call, useAction } from './workspace-parts.js';

/**
 * The endorsement of idea by organization ({ id, name }); endorsement is the
 * existing record or undefined.
 */
export function Endorse({ idea, organization, endorsement, done }) {
  const id = 'endorse-' + idea.id;
  const { error, busy, run } = useAction(done);
  const endorse = () => run(() => call('/api/collections/endorsements/records', {
    method: 'POST', body: { idea: idea.id, organization: organization.id, by: user.value.id },
  }));
  const withdraw = () => run(() => call(`/api/collections/endorsements/records/${encodeURIComponent(endorsement.id)}`, { method: 'DELETE' }));
  const name = organization.name || '';
  return html`
    <div class="inline">
      ${endorsement
        ? html`
          <p>${t('workspace.endorsed', { name })}</p>
          <button type="button" class="secondary" disabled=${busy} onClick=${withdraw}>
            ${t('workspace.withdraw')}<span class="visually-hidden">: ${idea.title}</span>
          </button>`
        : html`
          <button type="button" class="secondary" disabled=${busy} onClick=${endorse}>
            ${t('workspace.endorse', { name })}<span class="visually-hidden">: ${idea.title}</span>
          </button>`}
      <${ServerError} error=${error} id=${id + '-error'} />
    </div>`;
}
