// Ideas in the chosen district, sorted by new, top or status, with search
// (on the server when online, over the local data offline).
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { STATUSES } from '../domain.js';
import { district, region } from '../prefs.js';
import { districtPulled, loaded, regionsById, view } from '../store/index.js';
import { searchIdeas } from '../store/search.js';
import { navigate, route } from '../router.js';
import { useInteractive } from '../perf.js';
import { RegionChooser } from './region.js';
import { IdeaList } from './idea-list.js';
import { useTitle } from './parts.js';

const SORTS = {
  new: (a, b) => (a.created < b.created ? 1 : -1),
  top: (a, b) => (b.votes_count || 0) - (a.votes_count || 0) || (a.created < b.created ? 1 : -1),
  status: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || (b.votes_count || 0) - (a.votes_count || 0),
};

function useSearch(q, localIdeas) {
  const [result, setResult] = useState(null);
  useEffect(() => {
    setResult(null);
    if (!q) return;
    let current = true;
    searchIdeas(q, district.value, localIdeas)
      .then((r) => current && setResult(r))
      .catch((error) => current && setResult({ items: [], error }));
    return () => {
      current = false;
    };
  }, [q, district.value]);
  return result;
}

export function Ideas() {
  const place = region.value;
  const { query } = route.value;
  const sort = SORTS[query.get('sort')] ? query.get('sort') : 'new';
  const scope = query.get('scope') === 'place' ? 'place' : 'district';
  const q = (query.get('q') || '').trim();
  const [draft, setDraft] = useState(q);
  const districtName = regionsById.value.get(district.value)?.name || '';
  useTitle(t('ideas.title', { name: districtName || place?.name || '' }));
  useInteractive(loaded.value);

  const all = [...view.value.ideas.values()].filter((i) => i.sync !== 'rejected' && !i.hidden);
  const inDistrict = all.filter((i) => {
    const r = regionsById.value.get(i.region);
    return i.region === district.value || r?.parent === district.value || i.sync !== 'synced';
  });
  const search = useSearch(q.length >= 3 ? q : '', inDistrict);
  if (!place) return html`<h1 tabindex="-1">${t('nav.ideas')}</h1><p>${t('region.needed')}</p><${RegionChooser} after="/ideas" />`;

  const shown = inDistrict.filter((i) => scope === 'district' || i.region === place.id || i.region === place.parent).sort(SORTS[sort]);
  const go = (changes) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    navigate('/ideas' + (next.toString() ? '?' + next : ''), { replace: true });
  };
  const onSearch = (event) => {
    event.preventDefault();
    go({ q: draft.trim() });
  };

  let results = null;
  if (q) {
    if (q.length < 3) results = html`<p class="error">${t('ideas.searchShort')}</p>`;
    else if (!search) results = html`<p>${t('common.loading')}</p>`;
    else if (search.error) results = html`<p class="error">${t('ideas.searchFailed')}</p>`;
    else {
      // Show the local copy where there is one: it has the person's pending votes.
      const ideas = search.items.map((hit) => view.value.ideas.get(hit.id) || { ...hit, sync: 'synced' });
      results = html`
        <p>${t(search.offline ? 'ideas.resultsOffline' : 'ideas.results', { count: ideas.length, q })}</p>
        <${IdeaList} ideas=${ideas} level="3" />`;
    }
  }

  const byStatus = sort === 'status'
    ? STATUSES.map((status) => [status, shown.filter((i) => i.status === status)]).filter(([, list]) => list.length)
    : null;
  const pendingNew = shown.filter((i) => !i.status);

  return html`
    <h1 tabindex="-1">${t('ideas.title', { name: districtName || place.name })}</h1>
    <p><a href="/ideas/new">${t('ideas.submitLink')}</a></p>
    <form role="search" class="search" onSubmit=${onSearch}>
      <label for="idea-search">${t('ideas.searchLabel')}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${draft} onInput=${(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">${t('ideas.search')}</button>
        ${q && html`<button type="button" class="secondary" onClick=${() => { setDraft(''); go({ q: '' }); }}>${t('ideas.clearSearch')}</button>`}
      </div>
    </form>
    ${q && html`<section aria-labelledby="results-title"><h2 id="results-title">${t('ideas.resultsTitle')}</h2>${results}</section>`}
    ${!q && html`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t('ideas.sortLabel')}</label>
          <select id="idea-sort" value=${sort} onChange=${(e) => go({ sort: e.currentTarget.value === 'new' ? '' : e.currentTarget.value })}>
            <option value="new">${t('ideas.sortNew')}</option>
            <option value="top">${t('ideas.sortTop')}</option>
            <option value="status">${t('ideas.sortStatus')}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t('ideas.scopeLabel')}</label>
          <select id="idea-scope" value=${scope} onChange=${(e) => go({ scope: e.currentTarget.value === 'place' ? 'place' : '' })}>
            <option value="district">${t('ideas.scopeDistrict', { name: districtName })}</option>
            <option value="place">${t('ideas.scopePlace', { name: place.name })}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t('ideas.listTitle')}</h2>
      ${shown.length === 0 && (districtPulled.value ? html`<p>${t('ideas.none')}</p>` : html`<p role="status">${t('home.loadingIdeas')}</p>`)}
      ${byStatus
        ? html`
          ${pendingNew.length > 0 && html`<h3>${t('sync.pending')}</h3><${IdeaList} ideas=${pendingNew} level="4" />`}
          ${byStatus.map(([status, list]) => html`<h3>${t('status.' + status)}</h3><${IdeaList} ideas=${list} level="4" />`)}`
        : html`<${IdeaList} ideas=${shown} level="3" />`}`}`;
}
