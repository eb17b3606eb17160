// Runs before the app: on a first visit (no municipality chosen yet, and
// none named by a municipality's link: hooks/platform/municipality_link.go)
// it starts the request for the municipality chooser while the app itself
// loads (the browser answers it from index.html's preload);
// ui/src/views/region.js takes the answer over. A file of its own, not
// inline in index.html: the Content-Security-Policy allows no inline script.
import { REGIONS_URL } from './regions-url.js';

try {
  const named = document.querySelector('meta[name="mitwirken-municipality"]');
  if (!named && !localStorage.getItem('mitwirken.region')) {
    window.mitwirkenRegions = fetch(REGIONS_URL)
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
  }
} catch {
  // no storage (private mode): the chooser fetches the list itself
}
