// Solutions from the region: implemented ideas that their municipality's
// staff shared. Anyone reads them; staff of another municipality adopt one
// for their own region, and the server creates the linked idea there
// (hooks/adoptions.go). Online only, with the plain REST API.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { user } from '../auth.js';
import { memberships } from '../roles.js';
import { regionsById } from '../store/index.js';
import { useInteractive } from '../perf.js';
import { useOnline, useTitle } from './parts.js';
import { ServerError, call, regionsOf, useRefreshing } from './workspace-parts.js';

async function loadSolutions() {
  const query = new URLSearchParams({ filter: 'shared_solution=true', sort: '-updated', skipTotal: '1', perPage: '100' });
  return (await call(`/api/collections/ideas/records?${query}`)).items;
}

function Adopt({ solution, organization }) {
  const id = 'adopt-' + solution.id;
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [adopted, setAdopted] = useState(null);
  // Staff act in their organization's regions and their municipalities; the solution's own region is out.
  const choices = regionsOf(organization).filter((r) => r.id !== solution.region);
  const [region, setRegion] = useState(choices[0]?.id || organization.regions[0]);
  const adopt = async () => {
    setBusy(true);
    setError(null);
    try {
      const record = await call('/api/collections/adoptions/records', {
        method: 'POST',
        body: { origin: solution.id, region, organization: organization.id, by: user.value.id },
      });
      setAdopted(record);
      setTimeout(() => document.getElementById(id + '-done')?.focus(), 0);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (adopted) {
    return html`
      <p id=${id + '-done'} tabindex="-1" role="status">
        ${t('solutions.adopted')} <a href=${'/ideas/' + adopted.idea}>${t('solutions.openAdopted')}</a>
      </p>`;
  }
  return html`
    ${choices.length > 1 && html`
      <div class="field">
        <label for=${id + '-region'}>${t('solutions.region')}</label>
        <select id=${id + '-region'} value=${region} onChange=${(e) => setRegion(e.currentTarget.value)}>
          ${choices.map((r) => html`<option value=${r.id}>${r.name}</option>`)}
        </select>
      </div>`}
    <button type="button" disabled=${busy} aria-describedby=${'solution-' + solution.id + '-title'} onClick=${adopt}>
      ${t('solutions.adopt')}
    </button>
    <${ServerError} error=${error} id=${id + '-error'} />`;
}

export function Solutions() {
  useTitle(t('solutions.title'));
  const online = useOnline();
  useInteractive(true);
  const { data, error } = useRefreshing(loadSolutions);
  const staff = memberships.value.find((m) => m.role === 'staff' && m.expand?.organization?.regions?.length);
  const organization = staff?.expand.organization;
  let content;
  if (!online) content = html`<p class="notice notice-offline">${t('solutions.offline')}</p>`;
  else if (error) content = html`<${ServerError} error=${error} id="solutions-error" />`;
  else if (!data) content = html`<p>${t('common.loading')}</p>`;
  else if (data.length === 0) content = html`<p class="muted">${t('solutions.none')}</p>`;
  else {
    content = html`
      <ul class="plain workspace-list">
        ${data.map((solution) => html`
          <li key=${solution.id} class="workspace-item">
            <h2 id=${'solution-' + solution.id + '-title'}><a href=${'/ideas/' + solution.id}>${solution.title}</a></h2>
            <p class="meta">${t('solutions.from', { region: regionsById.value.get(solution.region)?.name || '–', date: formatDate(solution.updated) })}</p>
            ${organization && !organization.regions.includes(solution.region) && html`
              <${Adopt} solution=${solution} organization=${organization} />`}
          </li>`)}
      </ul>`;
  }
  return html`
    <h1 tabindex="-1">${t('solutions.title')}</h1>
    <p>${t('solutions.intro')}</p>
    ${content}`;
}
