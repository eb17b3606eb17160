// Choosing the municipality. The choice is remembered on the device and
// scopes the sync pull to its district. A search finds a Gemeinde by its
// name or a village's (region-search.js); the full list stays below it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { request } from '../api.js';
import { chooseRegion, municipalityLink, region } from '../prefs.js';
import { data, loaded } from '../store/index.js';
import { rescope } from '../sync/index.js';
import { navigate } from '../router.js';
import { useInteractive } from '../perf.js';
import { searchRegions } from '../region-search.js';
import { REGIONS_URL } from '../regions-url.js';
import { loadFirstIdeas } from '../store/first-ideas.js';
import { ErrorSummary, useFormErrors } from './error-summary.js';
import { useTitle } from './parts.js';

// ui/src/early.js starts this request on a first visit, before the app has loaded.
function fetchRegions() {
  const early = window.mitwirkenRegions;
  window.mitwirkenRegions = null;
  return (early || Promise.resolve(null)).then((page) => page || request(REGIONS_URL));
}

// The synced regions once there are some; before the first sync, the
// catalogue straight from the API (a first visit has nothing stored yet,
// so it need not wait for the store to be read: early.js asked already).
function useRegions() {
  const stored = data.regions.value;
  const [fetched, setFetched] = useState(null);
  const [failed, setFailed] = useState(false);
  const asked = useRef(false);
  const needFetch = stored.length === 0 && (loaded.value || !!window.mitwirkenRegions);
  useEffect(() => {
    if (!needFetch || asked.current) return;
    asked.current = true;
    fetchRegions()
      .then((page) => setFetched(page.items))
      .catch(() => setFailed(true));
  }, [needFetch]);
  return { regions: stored.length ? stored : fetched, failed };
}

const byName = (a, b) => a.name.localeCompare(b.name, 'de');

// What the person picked in the chooser the server drew into the page
// (hooks/platform/first_visit_chooser.go), read as the app starts, before
// its first render replaces that form.
const pickedBeforeTheApp = document.getElementById('first-visit-region')?.value || '';

/** The districts by name, each with its municipalities by name: [{ district, members }]. */
function groupByDistrict(regions) {
  return regions.filter((r) => r.kind === 'landkreis').sort(byName)
    .map((district) => ({ district, members: regions.filter((r) => r.parent === district.id).sort(byName) }));
}

const chooserErrors = ({ region: chosen }) => (chosen ? {} : { region: t('region.required') });

/** The search over Gemeinden and their villages; each hit chooses its Gemeinde. */
function RegionSearch({ regions, choose }) {
  const [text, setText] = useState('');
  const hits = searchRegions(regions, text);
  const districtOf = (r) => regions.find((d) => d.id === r.parent)?.name || '';
  return html`
    <div class="field region-search">
      <label for="region-search">${t('region.searchLabel')}</label>
      <p class="hint" id="region-search-hint">${t('region.searchHint')}</p>
      <input id="region-search" type="search" autocomplete="off" aria-describedby="region-search-hint" value=${text}
        onInput=${(e) => setText(e.currentTarget.value)} />
      <p role="status" class="hint">${text.trim().length >= 2 && t(hits.length ? 'region.found' : 'region.notFound', { count: hits.length })}</p>
      ${hits.length > 0 && html`
        <ul class="region-hits">
          ${hits.map(({ region: r, village }) => html`
            <li key=${r.id + village}>
              <button type="button" class="secondary" onClick=${() => choose(r)}>
                ${village ? t('region.villageOf', { village, name: r.name }) : r.name}
                <span class="region-hit-district">${districtOf(r)}</span>
              </button>
            </li>`)}
        </ul>`}
    </div>`;
}

/**
 * The form to choose a municipality: a search, and the full list grouped by
 * district. After the choice it goes to after, or else to the
 * municipality's start page under its link, so the address names it.
 */
export function RegionChooser({ after }) {
  const { regions, failed } = useRegions();
  const [selected, setSelected] = useState(region.value?.id || pickedBeforeTheApp);
  const errors = useFormErrors(chooserErrors, { region: selected });
  useInteractive(regions || failed);
  const districts = useMemo(() => groupByDistrict(regions || []), [regions]);
  if (failed && !regions) return html`<p class="notice notice-offline">${t('region.offline')}</p>`;
  if (!regions) return html`<p>${t('common.loading')}</p>`;

  const choose = (chosen) => {
    chooseRegion(chosen);
    rescope();
    navigate(after || municipalityLink(chosen));
  };
  // The newest ideas of a municipality picked in the list are asked for at
  // once, while the person still has to press the button.
  const preview = (id) => {
    setSelected(id);
    const picked = regions.find((r) => r.id === id);
    if (picked) loadFirstIdeas(picked);
  };
  const submit = (event) => {
    event.preventDefault();
    const chosen = regions.find((r) => r.id === selected);
    if (chosen) choose(chosen);
    else errors.show(chooserErrors({ region: selected }));
  };
  return html`
    <${RegionSearch} regions=${regions} choose=${choose} />
    <form class="stack" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${[['region', 'region-select']]} id="region-errors" />
      <div class="field">
        <label for="region-select">${t('region.label')}</label>
        <p class="hint" id="region-hint">${t('region.hint')}</p>
        ${errors.errors.region && html`<p class="error" id="region-error">${errors.errors.region}</p>`}
        <select id="region-select" aria-describedby=${errors.errors.region ? 'region-hint region-error' : 'region-hint'} required
          aria-invalid=${errors.errors.region ? 'true' : undefined} value=${selected}
          onChange=${(e) => preview(e.currentTarget.value)}>
          <option value="">${t('region.placeholder')}</option>
          ${districts.map(({ district: d, members }) => html`
            <optgroup label=${d.name}>
              ${members.map((m) => html`<option value=${m.id}>${m.name}</option>`)}
            </optgroup>`)}
        </select>
      </div>
      <button type="submit">${t('region.submit')}</button>
    </form>`;
}

// The link of the chosen municipality, to put on posters, QR codes and
// its website: a first visit through it starts with the municipality's
// ideas, without the chooser (hooks/platform/municipality_link.go).
function MunicipalityLink({ place }) {
  const link = location.origin + municipalityLink(place);
  return html`
    <p>${t('region.link', { name: place.name })}</p>
    <p class="municipality-link"><a href=${municipalityLink(place)}>${link}</a></p>`;
}

export function RegionView() {
  useTitle(t('region.title'));
  return html`
    <h1 tabindex="-1">${t('region.title')}</h1>
    ${region.value && html`<p>${t('region.current', { name: region.value.name })}</p><${MunicipalityLink} place=${region.value} />`}
    <${RegionChooser} />`;
}
