// Entry point of the Mitwirken PWA: draws the first view as soon as the
// language and the stored data are there, then starts what can wait (sync,
// realtime, the service worker) so it does not compete with the first view.
import { render } from 'preact';
import { html } from './html.js';
import { initI18n } from './i18n/index.js';
import { loadSession, refreshSession, session } from './auth.js';
import { loadStore } from './store/index.js';
import { startSync } from './sync/index.js';
import { district, region } from './prefs.js';
import { registerServiceWorker } from './updates.js';
import { askForPersistentStorage } from './actions.js';
import { whenInteractive } from './perf.js';
import { App } from './views/app.js';

async function boot() {
  const session_ = loadSession();
  await initI18n();
  const root = document.getElementById('app');
  root.textContent = ''; // the static placeholder of index.html
  render(html`<${App} />`, root);
  await session_;
  await loadStore();
  whenInteractive(() => {
    startSync(() => {
      if (!region.value) return null;
      const current = session.value;
      return {
        region: region.value.id,
        district: district.value,
        user: current?.record?.id || '',
        token: current && !current.expired ? current.token : '',
      };
    });
    registerServiceWorker();
    refreshSession().catch(() => {});
    if (region.value) askForPersistentStorage();
  });
}

boot();
