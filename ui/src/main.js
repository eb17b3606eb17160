// Entry point of the Mitwirken PWA: draws the first view as soon as the
// language and the stored data are there, then starts what can wait (sync,
// realtime, the service worker) so it does not compete with the first view.
import { render } from 'preact';
import { effect } from '@preact/signals';
import { html } from './html.js';
import { initI18n } from './i18n/index.js';
import { loadSession, refreshSession, session } from './auth.js';
import { data, loadStore, loaded, pulledFor } from './store/index.js';
import { loadFirstIdeas, loadKnownIdeas } from './store/first-ideas.js';
import { rescope, startSync } from './sync/index.js';
import { chooseRegion, district, region } from './prefs.js';
import { match, route } from './router.js';
import { registerServiceWorker } from './updates.js';
import { adoptHome } from './home-region.js';
import { askForPersistentStorage } from './persistence.js';
import { whenInteractive } from './perf.js';
import { App } from './views/app.js';

/** What the sync client pulls and listens to: the district, and the person if any. */
function syncScope() {
  if (!region.value) return null;
  const current = session.value;
  return {
    region: region.value.id,
    district: district.value,
    user: current?.record?.id || '',
    token: current && !current.expired ? current.token : '',
  };
}

// Signing in or out, or a token the server refused, changes what the device
// may pull and which topics it may hear.
function followSession() {
  let signedAs;
  effect(() => {
    const current = session.value;
    const key = current ? `${current.record?.id}|${!!current.expired}` : '';
    if (signedAs !== undefined && key !== signedAs) rescope();
    signedAs = key;
  });
}

// Until the district's first pull has landed, the start page shows the
// newest ideas from the REST API. Asked for the moment a municipality is
// chosen, without waiting for the sync engine to load.
function followRegion() {
  effect(() => {
    if (region.value && loaded.value) loadFirstIdeas(region.value);
  });
}

// A municipality's link (/m/{key}) served by the service worker's copy of
// the app (a repeat visit, or offline) names the municipality only in its
// address, not in the page as the server does: it is found among the
// stored regions.
function followMunicipalityLink() {
  const key = match('/m/:place', route.peek().path)?.place;
  const place = key && data.regions.peek().find((r) => r.parent && (r.ags === key || r.id === key));
  if (!place || place.id === region.peek()?.id) return;
  chooseRegion(place);
  rescope();
}

// The service worker's install downloads the whole app for offline use. On
// a first visit that would compete on a slow link with the chosen
// municipality's ideas, so it waits for the district's first pull (or ten
// seconds, for a person who reads other pages before choosing).
function afterFirstPull(task) {
  let done = false;
  const run = () => {
    if (!done) task();
    done = true;
  };
  effect(() => {
    if (pulledFor.value) run();
  });
  setTimeout(run, 10000);
}

async function boot() {
  const sessionLoaded = loadSession();
  loadKnownIdeas(region.value);
  await initI18n();
  const root = document.getElementById('app');
  root.textContent = ''; // the static placeholder of index.html
  render(html`<${App} />`, root);
  await sessionLoaded;
  await loadStore();
  followMunicipalityLink();
  followRegion();
  whenInteractive(() => {
    startSync(syncScope);
    followSession();
    afterFirstPull(registerServiceWorker);
    refreshSession().catch(() => {});
    adoptHome(session.value?.record).then((adopted) => adopted && rescope());
    if (region.value) askForPersistentStorage();
  });
}

boot();
