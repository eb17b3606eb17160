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

/** How many of the newest ideas the start page shows (FirstIdeasCount in hooks/platform). */
export const RECENT_IDEAS = 3;

/** { region, ideas } of the municipality asked for last; ideas is null while the request runs or after it failed. */
export const firstIdeas = signal(null);

// What a card on the start page shows, and the name of the idea's place
// (FirstIdea in hooks/platform/municipality_link.go).
const FIELDS = 'id,title,status,region,votes_count,comments_count,created,expand.region.name';

/**
 * Shows the newest ideas of place that the page brings: a municipality's
 * link has the server put them in (hooks/platform/municipality_link.go), so
 * the first view draws them at once, without asking for them.
 */
export function loadLinkedIdeas(place) {
  const meta = document.querySelector('meta[name="mitwirken-first-ideas"]');
  if (!place || !meta) return;
  try {
    firstIdeas.value = { region: place.id, ideas: JSON.parse(meta.content).map((idea) => ({ ...idea, sync: 'synced' })) };
  } catch {
    // not the server's page: the start page asks as on any first visit
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
