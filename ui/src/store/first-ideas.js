// The newest ideas of a municipality straight from the REST API, for the
// start page while the first sync pull of its district is still running (a
// first visit, or a municipality in another district). It asks anonymously,
// so the ideas' list rule lets through only public ideas; once the pull has
// landed, the store (./index.js) takes over and this page is not shown any
// more. Nothing is stored: offline, the request fails and the page waits.
import { signal } from '@preact/signals';
import { request } from '../api.js';
import { districtOf } from '../domain.js';
import { pulledFor } from './index.js';

/** How many of the newest ideas the start page shows (firstIdeasCount in hooks/platform/municipality_link.go). */
export const RECENT_IDEAS = 3;

/** { region, ideas } of the municipality asked for last; ideas is null while the request runs or after it failed. */
export const firstIdeas = signal(null);

// What a card on the start page shows, and the name of the idea's place
// (firstIdea in hooks/platform/municipality_link.go).
const FIELDS = 'id,title,status,region,votes_count,comments_count,created,expand.region.name';

// The start page's newest ideas as last shown, kept in localStorage so that
// a repeat or offline visit draws them before the store is read from
// IndexedDB (the store then takes over, as after a pull).
const SHOWN = 'mitwirken.firstIdeas';

/**
 * Shows the newest ideas of place that are known before anything is asked
 * or read: those the page brings (a municipality's link, where the server
 * puts them in: hooks/platform/municipality_link.go), or else those the
 * start page showed last on this device. Call before the first view is drawn.
 */
export function loadKnownIdeas(place) {
  if (!place) return;
  try {
    const meta = document.querySelector('meta[name="mitwirken-first-ideas"]');
    const known = meta ? { region: place.id, ideas: JSON.parse(meta.content) } : JSON.parse(localStorage.getItem(SHOWN));
    if (known?.region === place.id && Array.isArray(known.ideas)) {
      firstIdeas.value = { region: place.id, ideas: known.ideas.map((idea) => ({ ...idea, sync: 'synced' })) };
    }
  } catch {
    // no storage, or not the server's page: the start page asks or waits as on a first visit
  }
}

/**
 * Remembers the ideas the start page shows for place, with their place's
 * name. Only public ones: signing out forgets what only the person may see,
 * and this stays on the device.
 */
export function rememberShownIdeas(place, ideas) {
  const isPublic = (idea) => idea.sync === 'synced' && idea.status !== 'submitted' && !idea.hidden;
  const shown = ideas.filter(isPublic).map(({ id, title, status, region, votes_count, comments_count, created, placeName }) =>
    ({ id, title, status, region, votes_count, comments_count, created, placeName }));
  try {
    const next = JSON.stringify({ region: place.id, ideas: shown });
    if (localStorage.getItem(SHOWN) !== next) localStorage.setItem(SHOWN, next);
  } catch {
    // private mode or full storage: the next visit waits for the store
  }
}

/**
 * Fetches the newest ideas of place ({ id, parent }) and its district, once
 * per municipality, unless a pull of its district is stored already.
 */
export function loadFirstIdeas(place) {
  if (firstIdeas.peek()?.region === place.id || pulledFor.peek() === districtOf(place)) return;
  const asked = { region: place.id, ideas: null };
  firstIdeas.value = asked;
  const filter = [place.id, place.parent].filter(Boolean).map((id) => `region='${id}'`).join('||');
  const query = `filter=${encodeURIComponent(filter)}&sort=-created&perPage=${RECENT_IDEAS}&skipTotal=1&expand=region&fields=${FIELDS}`;
  request('/api/collections/ideas/records?' + query)
    .then((page) => {
      if (firstIdeas.peek() !== asked) return; // another municipality was chosen meanwhile
      const ideas = page.items.map(({ expand, ...idea }) => ({ ...idea, sync: 'synced', placeName: expand?.region?.name }));
      firstIdeas.value = { region: place.id, ideas };
    })
    .catch(() => {
      // Offline or refused: the start page keeps waiting for the sync pull.
      if (firstIdeas.peek() === asked) firstIdeas.value = null;
    });
}
