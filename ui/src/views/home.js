// The start page: what Mitwirken is, the municipality, its newest ideas and
// where to begin.
// Texts come in Leichte Sprache too.
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { region } from '../prefs.js';
import { useEffect } from 'preact/hooks';
import { districtPulled, loaded, regionsById, view } from '../store/index.js';
import { RECENT_IDEAS, firstIdeas, rememberShownIdeas } from '../store/first-ideas.js';
import { useInteractive } from '../perf.js';
import { RegionChooser } from './region.js';
import { IdeaList } from './idea-list.js';
import { useTitle } from './parts.js';

// The newest ideas of the municipality: from the store once the district's
// pull has landed, before that from the page, the last visit or the REST API
// (store/first-ideas.js); until one has them, the list says it is loading,
// never "none". What the store shows is remembered for the next visit.
function RecentIdeas({ place, stored }) {
  const pulled = districtPulled.value;
  const early = firstIdeas.value?.region === place.id && firstIdeas.value.ideas;
  const ideas = !pulled && early ? early : stored;
  useEffect(() => {
    if (pulled) rememberShownIdeas(place, stored.map((idea) => ({ ...idea, placeName: regionsById.peek().get(idea.region)?.name })));
  }, [pulled, stored]);
  if (ideas.length) return html`<${IdeaList} ideas=${ideas} level="3" />`;
  if (pulled) return html`<p>${t('ideas.none')}</p>`;
  return html`<p role="status">${t('home.loadingIdeas')}</p>`;
}

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
    .slice(0, RECENT_IDEAS);
  // The newest ideas come right after the title, so a phone shows them on
  // its first screen; the ways to take part follow, named as in the menu.
  const [lead, ...more] = t('home.intro');
  return html`
    <h1 tabindex="-1">${t('home.title', { name: place.name })}</h1>
    <p>${lead}</p>
    <h2>${t('home.recent')}</h2>
    <${RecentIdeas} place=${place} stored=${recent} />
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${t('nav.services')}</strong><span>${t('home.servicesText')}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${t('nav.ideas')}</strong><span>${t('home.ideasText')}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${t('nav.newIdea')}</strong><span>${t('home.newText')}</span></a></li>
    </ul>
    ${more.map((p) => html`<p>${p}</p>`)}
    <p><a href="/help">${t('home.help')}</a></p>`;
}
