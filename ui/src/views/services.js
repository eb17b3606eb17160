// The digital services of the chosen municipality, by Themenfeld, each with
// its rating summary and the barriers people reported.
import { useEffect } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { TOPICS } from '../domain.js';
import { region } from '../prefs.js';
import { data, loaded } from '../store/index.js';
import { feedbackStats, loadFeedbackStats } from '../store/stats.js';
import { useInteractive } from '../perf.js';
import { RegionChooser } from './region.js';
import { useTitle } from './parts.js';
import { ServiceName, byServiceName } from './service-name.js';
import { RatingSummary } from './record-parts.js';

/** The services offered online in a municipality or in its district. */
export function servicesOf(services, place) {
  return services.filter((s) => (s.regions || []).some((r) => r === place.id || r === place.parent));
}

export function Services() {
  const place = region.value;
  useTitle(t('services.title', { name: place?.name || '' }));
  useEffect(() => {
    if (place) loadFeedbackStats(place.id);
  }, [place?.id]);
  useInteractive(loaded.value);
  if (!place) {
    return html`<h1 tabindex="-1">${t('nav.services')}</h1><p>${t('region.needed')}</p><${RegionChooser} after="/services" />`;
  }
  const offered = servicesOf(data.services.value, place);
  const stats = feedbackStats.value.region === place.id ? feedbackStats.value.rows : new Map();
  const topics = TOPICS.map((topic) => [
    topic,
    offered.filter((s) => s.topic === topic).sort(byServiceName),
  ]).filter(([, list]) => list.length);
  return html`
    <h1 tabindex="-1">${t('services.title', { name: place.name })}</h1>
    <p>${t('services.intro')}</p>
    ${loaded.value && offered.length === 0 && html`<p>${t('services.none')}</p>`}
    ${topics.length > 0 && html`
      <nav aria-label=${t('services.topics')} class="toc">
        <ul>${topics.map(([topic]) => html`<li><a href=${'#topic-' + topic}>${t('topic.' + topic)}</a></li>`)}</ul>
      </nav>`}
    ${topics.map(([topic, list]) => html`
      <section aria-labelledby=${'topic-' + topic}>
        <h2 id=${'topic-' + topic}>${t('topic.' + topic)}</h2>
        <ul class="services">
          ${list.map((s) => html`
            <li key=${s.id} class="service-card">
              <h3><a href=${'/services/' + s.id}><${ServiceName} service=${s} /></a></h3>
              <${RatingSummary} summary=${stats.get(s.id)} />
            </li>`)}
        </ul>
      </section>`)}`;
}
