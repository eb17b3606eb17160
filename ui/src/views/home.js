// The start page: what Mitwirken is, the municipality, and where to begin.
// Texts come in Leichte Sprache too.
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { region } from '../prefs.js';
import { loaded, view } from '../store/index.js';
import { useInteractive } from '../perf.js';
import { RegionChooser } from './region.js';
import { IdeaList } from './idea-list.js';
import { useTitle } from './parts.js';

export function Home() {
  useTitle('');
  const place = region.value;
  useInteractive(place && loaded.value);

  if (!place) {
    return html`
      <h1 tabindex="-1">${t('home.welcome')}</h1>
      ${t('home.intro').map((p) => html`<p>${p}</p>`)}
      <h2>${t('home.chooseTitle')}</h2>
      <${RegionChooser} />`;
  }
  const recent = [...view.value.ideas.values()]
    .filter((i) => i.sync !== 'rejected' && !i.hidden && (i.region === place.id || i.region === place.parent))
    .sort((a, b) => (a.created < b.created ? 1 : -1))
    .slice(0, 3);
  return html`
    <h1 tabindex="-1">${t('home.title', { name: place.name })}</h1>
    ${t('home.intro').map((p) => html`<p>${p}</p>`)}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${t('home.servicesTitle')}</strong><span>${t('home.servicesText')}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${t('home.ideasTitle')}</strong><span>${t('home.ideasText')}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${t('home.newTitle')}</strong><span>${t('home.newText')}</span></a></li>
    </ul>
    <h2>${t('home.recent')}</h2>
    ${loaded.value && recent.length === 0 ? html`<p>${t('ideas.none')}</p>` : html`<${IdeaList} ideas=${recent} level="3" />`}
    <p><a href="/help">${t('home.help')}</a></p>`;
}
