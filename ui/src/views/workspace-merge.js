// Merging a duplicate: the moderator opens the form on an idea, the server
// suggests similar published ideas of the district (GET /api/ideas/similar),
// and the duplicate is closed as merged into the chosen one with a public
// response. The server moves the votes and tells everyone concerned
// (hooks/merge.go); it refuses a target that is not published and open.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { user } from '../auth.js';
import { StatusBadge } from './parts.js';
import { RequiredChoice, RequiredText, ServerError, call, useAction } from './workspace-parts.js';

function loadSimilar(idea) {
  const query = new URLSearchParams({ text: `${idea.title} ${idea.body}`, region: idea.region, limit: '5' });
  return call(`/api/ideas/similar?${query}`).then((reply) => (reply?.items || []).filter((hit) => hit.id !== idea.id));
}

function MergeForm({ idea, organization, done }) {
  const id = 'merge-' + idea.id;
  const [similar, setSimilar] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [target, setTarget] = useState('');
  const [response, setResponse] = useState(t('workspace.mergeResponseDefault'));
  const [missing, setMissing] = useState({});
  const { error, busy, run } = useAction(done);
  useEffect(() => {
    loadSimilar(idea).then(setSimilar, setLoadError);
  }, [idea.id]);

  const submit = (event) => {
    event.preventDefault();
    const found = { target: !target, response: !response.trim() };
    setMissing(found);
    if (found.target) return document.getElementById(`${id}-target-${similar[0].id}`)?.focus();
    if (found.response) return document.getElementById(id + '-response')?.focus();
    return run(() => call('/api/collections/status_changes/records', {
      method: 'POST',
      body: { idea: idea.id, to: 'merged', merged_into: target, response: response.trim(), actor: user.value.id, organization },
    }));
  };
  if (loadError) return html`<${ServerError} error=${loadError} id=${id + '-load-error'} />`;
  if (!similar) return html`<p>${t('common.loading')}</p>`;
  if (!similar.length) return html`<p class="muted">${t('workspace.mergeNone')}</p>`;
  // Each choice names the idea, its status and how similar the server finds it.
  const choices = similar.map((hit) => [hit.id, html`
    <span>${hit.title} <${StatusBadge} status=${hit.status} />
      ${' '}<span class="meta">${t('workspace.mergeSimilarity', { percent: Math.round((hit.score || 0) * 100) })}</span></span>`]);
  return html`
    <form class="stack workspace-form" onSubmit=${submit} noValidate>
      <${RequiredChoice} name=${id + '-target'} legend=${t('workspace.mergeTarget')} value=${target} setValue=${setTarget}
        missing=${missing.target && t('workspace.mergeTargetRequired')} choices=${choices} />
      <${RequiredText} id=${id + '-response'} label=${t('workspace.response')} hint=${t('workspace.responseHint')}
        missing=${missing.response && t('workspace.responseRequired')} value=${response} setValue=${setResponse} max=${5000} />
      <${ServerError} error=${error} id=${id + '-error'} />
      <button type="submit" disabled=${busy}>${t('workspace.merge')}</button>
    </form>`;
}

/** A button that opens the merge form for idea; organization is the moderator's organization id. */
export function Merge({ idea, organization, done }) {
  const [open, setOpen] = useState(false);
  return html`
    <div>
      <button type="button" class="secondary" aria-expanded=${open ? 'true' : 'false'} onClick=${() => setOpen(!open)}>
        ${t('workspace.mergeOpen')}<span class="visually-hidden">: ${idea.title}</span>
      </button>
      ${open && html`<${MergeForm} idea=${idea} organization=${organization} done=${done} />`}
    </div>`;
}
