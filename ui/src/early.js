// Runs before the app and starts, while the app itself loads, the request
// a first visit needs first (the browser answers it from the page's
// preload). A file of its own, not inline in index.html: the
// Content-Security-Policy allows no inline script.
// - Through a municipality's link (hooks/platform/municipality_link.go):
//   its newest ideas, which ui/src/store/first-ideas.js takes over.
// - Otherwise, with no municipality chosen yet: the municipality chooser's
//   list, which ui/src/views/region.js takes over.
import { REGIONS_URL } from './regions-url.js';

try {
  const firstIdeas = document.getElementById('first-ideas');
  if (firstIdeas) {
    window.mitwirkenFirstIdeas = fetch(firstIdeas.href).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))));
    window.mitwirkenFirstIdeas.catch(() => {}); // taken over, or not needed: no unhandled rejection
  } else if (!localStorage.getItem('mitwirken.region')) {
    window.mitwirkenRegions = fetch(REGIONS_URL)
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
  }
} catch {
  // no storage (private mode): the chooser fetches the list itself
}
