// The staff's part of the workspace: the open ideas of their region, oldest
// first, each moved on with a public response, and how quickly the region
// answers. The form's state belongs to one status of one idea: it is keyed
// by both, so after a step it starts again from the next legal choice. The server checks every transition (hooks/lifecycle.go); the
// choices here are only the legal next steps as a hint.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { user } from '../auth.js';
import { regionsById } from '../store/index.js';
import { StatusBadge } from './parts.js';
import {
  RequiredText, ServerError, Shown, call, inRegionsFilter, inRegionsOf, list, shownCount, useAction, useRefreshing,
} from './workspace-parts.js';

const NEXT = {
  published: ['in_review'],
  in_review: ['accepted', 'declined'],
  accepted: ['in_progress'],
  in_progress: ['implemented'],
};

const OPEN = "status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false";

function MoveForm({ idea, organization, done }) {
  const id = 'move-' + idea.id;
  const choices = NEXT[idea.status] || [];
  const [to, setTo] = useState(choices[0] || '');
  const [response, setResponse] = useState('');
  const [missing, setMissing] = useState(false);
  const { error, busy, run } = useAction(done);
  if (!choices.length) return null;
  const submit = (event) => {
    event.preventDefault();
    if (!response.trim()) {
      setMissing(true);
      document.getElementById(id + '-response')?.focus();
      return;
    }
    setMissing(false);
    run(() => call('/api/collections/status_changes/records', {
      method: 'POST',
      body: { idea: idea.id, to, response: response.trim(), actor: user.value.id, organization },
    }));
  };
  return html`
    <form class="stack workspace-form" onSubmit=${submit} noValidate>
      <div class="field">
        <label for=${id + '-to'}>${t('workspace.nextStatus')}</label>
        <select id=${id + '-to'} value=${to} onChange=${(e) => setTo(e.currentTarget.value)}>
          ${choices.map((s) => html`<option value=${s}>${t('status.' + s)}</option>`)}
        </select>
      </div>
      <${RequiredText} id=${id + '-response'} label=${t('workspace.response')} hint=${t('workspace.responseHint')}
        missing=${missing && t('workspace.responseRequired')} value=${response} setValue=${setResponse} rows=${3} max=${5000} />
      <${ServerError} error=${error} id=${id + '-error'} />
      <button type="submit" disabled=${busy}>${t('workspace.move')}</button>
    </form>`;
}

function Responsiveness({ regionId }) {
  const { data, error } = useRefreshing(() => call(`/api/regions/${encodeURIComponent(regionId)}/responsiveness`));
  const name = regionsById.value.get(regionId)?.name || '';
  if (error) return html`<${ServerError} error=${error} id=${'responsiveness-' + regionId + '-error'} />`;
  if (!data) return html`<p>${t('common.loading')}</p>`;
  const days = (value) => (value === null || value === undefined ? t('workspace.noValue') : t('workspace.days', { count: Math.round(value) }));
  return html`
    <dl class="workspace-figures">
      ${name && html`<dt>${t('workspace.region')}</dt><dd>${name}</dd>`}
      <dt>${t('workspace.median')}</dt><dd>${days(data.median_days_to_response)}</dd>
      <dt>${t('workspace.unanswered')}</dt><dd>${data.unanswered ?? 0}</dd>
      <dt>${t('workspace.oldest')}</dt><dd>${data.unanswered ? days(data.oldest_unanswered_days) : t('workspace.noValue')}</dd>
    </dl>`;
}

/** The staff's open ideas; organization is the staff member's organization record. */
export function StaffDesk({ organization }) {
  const { data, error, reload, limit, showMore } = useRefreshing(
    // Only the staff's own regions: the ideas list rule also shows every public idea.
    (n) => list('ideas', `${OPEN} && ${inRegionsFilter([organization])}`, { sort: 'created', limit: n }),
    ['ideas/*'], inRegionsOf(organization));
  const regions = organization.regions || [];
  return html`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t('workspace.responsivenessTitle')}</h2>
      ${regions.map((regionId) => html`<${Responsiveness} key=${regionId} regionId=${regionId} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t('workspace.openTitle')}${data ? ` (${shownCount(data, limit)})` : ''}</h2>
      <${ServerError} error=${error} id="open-error" />
      ${!data ? (!error && html`<p>${t('common.loading')}</p>`) : data.length === 0 ? html`<p class="muted">${t('workspace.noneOpen')}</p>` : html`
        <${Shown} items=${data} limit=${limit} showMore=${showMore} render=${(idea) => html`
          <li key=${idea.id} class="workspace-item">
            <h3><a href=${'/ideas/' + idea.id}>${idea.title}</a></h3>
            <p class="meta"><${StatusBadge} status=${idea.status} /> ${t('workspace.since', { date: formatDate(idea.created) })}</p>
            <${MoveForm} key=${idea.id + ':' + idea.status} idea=${idea} organization=${organization.id} done=${reload} />
          </li>`} />`}
    </section>`;
}
