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
// (firstIdeasFields in hooks/platform/municipality_link.go).
const FIELDS = 'id,title,status,region,votes_count,comments_count,created,expand.region.name';

// Shows the page of ideas that answer brings for place, unless another
// municipality was asked for meanwhile; returns when it has.
function show(place, answer) {
  const asked = { region: place.id, ideas: null };
  firstIdeas.value = asked;
  return answer
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

/**
 * Takes over the newest ideas of place that a link naming the municipality
 * preloads (hooks/platform/municipality_link.go) and ui/src/early.js asks
 * for, side by side with the app's files. Call before the first view is
 * drawn: if they are here already, as on a slow link they are, it returns
 * once they are shown, so the first view draws them at once.
 */
export async function loadLinkedIdeas(place) {
  const early = window.mitwirkenFirstIdeas;
  window.mitwirkenFirstIdeas = null;
  if (!place || !early) return;
  const shown = show(place, early);
  // A macrotask runs only after every microtask: an answer already here is shown by then.
  await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, 0))]);
}

/**
 * Fetches the newest ideas of place ({ id, parent }) and its district, once
 * per municipality, unless a pull of its district is stored already.
 */
export function loadFirstIdeas(place) {
  if (firstIdeas.peek()?.region === place.id || pulledFor.peek() === districtOf(place)) return;
  const filter = [place.id, place.parent].filter(Boolean).map((id) => `region='${id}'`).join('||');
  const query = `filter=${encodeURIComponent(filter)}&sort=-created&perPage=${RECENT_IDEAS}&skipTotal=1&expand=region&fields=${FIELDS}`;
  show(place, request('/api/collections/ideas/records?' + query));
}
