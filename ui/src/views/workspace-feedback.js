// The feedback desk of staff and moderators: the ratings of services in
// their regions, newest first, with what people wrote. Staff mark how far
// they took an entry and answer its author, who reads the answer under
// "Meine Beiträge". The feedback rules limit the list to the person's
// regions and let them change only state and answer; the filter here keeps
// their own ratings elsewhere out of the desk.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { FEEDBACK_STATES, LIMITS } from '../domain.js';
import { memberships } from '../roles.js';
import { servicesById } from '../store/index.js';
import { useTitle } from './parts.js';
import {
  ServerError, Shown, byName, call, inRegionsFilter, list, regionsOf, shownCount, useAction, useRefreshing, useWorkspaceAccess,
} from './workspace-parts.js';

/** The desk's PocketBase filter: the person's regions, narrowed by the chosen service, municipality and state. */
function deskFilter(organizations, { service, region, state }) {
  const parts = [inRegionsFilter(organizations)];
  if (service) parts.push(`service='${service}'`);
  if (region) parts.push(`region='${region}'`);
  if (state) parts.push(`state='${state}'`);
  return parts.join(' && ');
}

function Select({ id, label, value, setValue, choices }) {
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} value=${value} onChange=${(e) => setValue(e.currentTarget.value)}>
        <option value="">${t('desk.all')}</option>
        ${choices.map(([key, name]) => html`<option value=${key}>${name}</option>`)}
      </select>
    </div>`;
}

/** State and answer of one entry; keyed by the entry's update time, so it starts from what is stored. */
function AnswerForm({ entry, done }) {
  const id = 'desk-' + entry.id;
  const [state, setState] = useState(entry.state || 'new');
  const [answer, setAnswer] = useState(entry.answer || '');
  const { error, busy, run } = useAction(() => done(answer.trim() !== (entry.answer || '')));
  const submit = (event) => {
    event.preventDefault();
    run(() => call(`/api/collections/feedback/records/${encodeURIComponent(entry.id)}`, {
      method: 'PATCH', body: { state, answer: answer.trim() },
    }));
  };
  return html`
    <form class="stack workspace-form" onSubmit=${submit} noValidate>
      <div class="field">
        <label for=${id + '-state'}>${t('desk.state')}</label>
        <select id=${id + '-state'} value=${state} onChange=${(e) => setState(e.currentTarget.value)}>
          ${FEEDBACK_STATES.map((s) => html`<option value=${s}>${t('desk.state.' + s)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${id + '-answer'}>${t('desk.answer')}</label>
        <p class="hint" id=${id + '-answer-hint'}>${t('desk.answerHint')}</p>
        <textarea id=${id + '-answer'} rows="3" maxLength=${LIMITS.answer[1]} value=${answer} aria-describedby=${id + '-answer-hint'}
          onInput=${(e) => setAnswer(e.currentTarget.value)}></textarea>
      </div>
      <${ServerError} error=${error} id=${id + '-error'} />
      <button type="submit" disabled=${busy}>${t('desk.save')}</button>
    </form>`;
}

function Entry({ entry, regionName, done }) {
  const service = entry.expand?.service?.name || servicesById.value.get(entry.service)?.name || '';
  const barriers = (entry.barriers || []).map((b) => (b === 'other' && entry.barrier_other
    ? `${t('barrier.other')}: ${entry.barrier_other}` : t('barrier.' + b)));
  return html`
    <li class="workspace-item feedback-entry">
      <h3>${service}</h3>
      <p class="meta">
        <span class=${'badge feedback-state state-' + (entry.state || 'new')}>${t('desk.state.' + (entry.state || 'new'))}</span>
        ${' '}${regionName(entry.region)} · ${formatDate(entry.created)} · ${t('desk.channel.' + (entry.channel || 'app'))}
      </p>
      <p><strong>${t('desk.rating', { rating: entry.rating })}</strong></p>
      ${barriers.length > 0 && html`<p>${t('services.barriers')} ${barriers.join(', ')}</p>`}
      ${entry.text ? html`<blockquote><p>${entry.text}</p></blockquote>` : html`<p class="muted">${t('desk.noText')}</p>`}
      ${entry.answered_at && html`<p class="meta">${t('desk.answeredOn', { date: formatDate(entry.answered_at) })}</p>`}
      <${AnswerForm} key=${entry.id + ':' + entry.updated} entry=${entry} done=${done} />
    </li>`;
}

function Desk({ organizations }) {
  const regions = organizations.flatMap(regionsOf);
  const [filters, setFilters] = useState({ service: '', region: '', state: '' });
  const current = useRef(filters);
  const [confirmation, setConfirmation] = useState('');
  const { data, error, reload, limit, showMore } = useRefreshing(
    (n) => list('feedback', deskFilter(organizations, current.current), { sort: '-created', expand: 'service', limit: n }),
    ['feedback/*']);
  const choose = (key) => (value) => {
    current.current = { ...current.current, [key]: value };
    setFilters(current.current);
    setConfirmation('');
    reload();
  };
  const regionName = (id) => regions.find((r) => r.id === id)?.name || '';
  const services = [...servicesById.value.values()].sort(byName).map((s) => [s.id, s.name]);
  const done = (answered) => reload().then(() => setConfirmation(t(answered ? 'desk.confirm.answered' : 'desk.confirm.saved')));
  return html`
    <form class="stack desk-filters" onSubmit=${(e) => e.preventDefault()} aria-labelledby="desk-filter-title">
      <h2 id="desk-filter-title">${t('desk.filterTitle')}</h2>
      <${Select} id="desk-service" label=${t('desk.service')} value=${filters.service} setValue=${choose('service')} choices=${services} />
      <${Select} id="desk-region" label=${t('desk.region')} value=${filters.region} setValue=${choose('region')}
        choices=${regions.map((r) => [r.id, r.name])} />
      <${Select} id="desk-state" label=${t('desk.state')} value=${filters.state} setValue=${choose('state')}
        choices=${FEEDBACK_STATES.map((s) => [s, t('desk.state.' + s)])} />
    </form>
    <p role="status" class=${confirmation ? 'notice notice-done' : 'visually-hidden'}>${confirmation}</p>
    <section aria-labelledby="desk-list-title">
      <h2 id="desk-list-title">${t('desk.listTitle')}${data ? ` (${shownCount(data, limit)})` : ''}</h2>
      <${ServerError} error=${error} id="desk-error" />
      ${!data ? (!error && html`<p>${t('common.loading')}</p>`) : data.length === 0 ? html`<p class="muted">${t('desk.none')}</p>` : html`
        <${Shown} items=${data} limit=${limit} showMore=${showMore} render=${(entry) => html`
          <${Entry} key=${entry.id} entry=${entry} regionName=${regionName} done=${done} />`} />`}
    </section>`;
}

/** The verified organizations for which the person staffs or moderates a desk. */
function deskOrganizations(mine) {
  return mine
    .filter((m) => m.role === 'staff' || m.role === 'moderator')
    .map((m) => m.expand?.organization)
    .filter((o) => o?.verified);
}

/** /workspace/feedback: the desk for staff and moderators. */
export function FeedbackDesk() {
  useTitle(t('desk.title'));
  const { gate } = useWorkspaceAccess((all) => deskOrganizations(all).length > 0);
  const content = gate || html`<p>${t('desk.intro')}</p><${Desk} organizations=${deskOrganizations(memberships.value)} />`;
  return html`
    <p><a href="/workspace">${t('desk.back')}</a></p>
    <h1 tabindex="-1">${t('desk.title')}</h1>
    ${content}`;
}
