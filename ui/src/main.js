// Entry point of the Mitwirken PWA: draws the first view as soon as the
// language and the stored data are there, then starts what can wait (sync,
// realtime, the service worker) so it does not compete with the first view.
import { render } from 'preact';
import { effect } from '@preact/signals';
import { html } from './html.js';
import { initI18n } from './i18n/index.js';
import { loadSession, refreshSession, session } from './auth.js';
import { loadStore } from './store/index.js';
import { rescope, startSync } from './sync/index.js';
import { district, region } from './prefs.js';
import { registerServiceWorker } from './updates.js';
import { askForPersistentStorage } from './actions.js';
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

async function boot() {
  const sessionLoaded = loadSession();
  await initI18n();
  const root = document.getElementById('app');
  root.textContent = ''; // the static placeholder of index.html
  render(html`<${App} />`, root);
  await sessionLoaded;
  await loadStore();
  whenInteractive(() => {
    startSync(syncScope);
    followSession();
    registerServiceWorker();
    refreshSession().catch(() => {});
    if (region.value) askForPersistentStorage();
  });
}

boot();
