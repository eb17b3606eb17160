// Choosing the municipality. The choice is remembered on the device and
// scopes the sync pull to its district.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { request } from '../api.js';
import { chooseRegion, region } from '../prefs.js';
import { data, loaded } from '../store/index.js';
import { rescope } from '../sync/index.js';
import { navigate } from '../router.js';
import { useInteractive } from '../perf.js';
import { useTitle } from './parts.js';

// ui/src/early.js starts this request on a first visit, before the app has loaded.
const REGIONS_URL = '/api/collections/regions/records?perPage=1000&sort=name&skipTotal=1&fields=id,name,kind,parent';

function fetchRegions() {
  const early = window.mitwirkenRegions;
  window.mitwirkenRegions = null;
  return (early || Promise.resolve(null)).then((page) => page || request(REGIONS_URL));
}

// The synced regions once there are some; before the first sync, the
// catalogue straight from the API (a first visit has nothing stored yet).
function useRegions() {
  const stored = data.regions.value;
  const [fetched, setFetched] = useState(null);
  const [failed, setFailed] = useState(false);
  const needFetch = loaded.value && stored.length === 0;
  useEffect(() => {
    if (!needFetch || fetched) return;
    fetchRegions()
      .then((page) => setFetched(page.items))
      .catch(() => setFailed(true));
  }, [needFetch]);
  return { regions: stored.length ? stored : fetched, failed };
}

/** The form to choose a municipality, grouped by district. */
export function RegionChooser({ after = '/' }) {
  const { regions, failed } = useRegions();
  const [selected, setSelected] = useState(region.value?.id || '');
  useInteractive(regions || failed);
  if (failed && !regions) return html`<p class="notice notice-offline">${t('region.offline')}</p>`;
  if (!regions) return html`<p>${t('common.loading')}</p>`;

  const districts = regions.filter((r) => r.kind === 'landkreis').sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const childrenOf = (id) => regions.filter((r) => r.parent === id).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const submit = (event) => {
    event.preventDefault();
    const chosen = regions.find((r) => r.id === selected);
    if (!chosen) return;
    chooseRegion(chosen);
    rescope();
    navigate(after);
  };
  return html`
    <form class="stack" onSubmit=${submit}>
      <div class="field">
        <label for="region-select">${t('region.label')}</label>
        <p class="hint" id="region-hint">${t('region.hint')}</p>
        <select id="region-select" aria-describedby="region-hint" required value=${selected}
          onChange=${(e) => setSelected(e.currentTarget.value)}>
          <option value="">${t('region.placeholder')}</option>
          ${districts.map((d) => html`
            <optgroup label=${d.name}>
              ${childrenOf(d.id).map((m) => html`<option value=${m.id}>${m.name}</option>`)}
            </optgroup>`)}
        </select>
      </div>
      <button type="submit">${t('region.submit')}</button>
    </form>`;
}

export function RegionView() {
  useTitle(t('region.title'));
  return html`
    <h1 tabindex="-1">${t('region.title')}</h1>
    ${region.value && html`<p>${t('region.current', { name: region.value.name })}</p>`}
    <${RegionChooser} />`;
}
