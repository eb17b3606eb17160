// Views other than the start page load after the first view (deferred.js),
// which keeps the critical path small. The service worker precaches them, so
// they open without a network after the first visit.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { focusHeadingAfterNavigation } from './parts.js';

/** Wraps load() -> Promise<Component> as a component that renders once loaded. */
export function lazy(load) {
  let Component = null;
  let loading = null;
  const get = () => (loading ||= load().then((c) => (Component = c)));
  return function Lazy(props) {
    const [state, setState] = useState(Component ? 'ready' : 'loading');
    useEffect(() => {
      if (Component) return;
      get().then(
        () => setState('loaded'),
        () => {
          loading = null; // offline before the chunk was cached: try again next time
        },
      );
    }, []);
    // The heading exists only now; focus follows the navigation to it.
    useEffect(() => {
      if (state === 'loaded') focusHeadingAfterNavigation();
    }, [state]);
    return Component ? html`<${Component} ...${props} />` : html`<p>${t('common.loading')}</p>`;
  };
}
