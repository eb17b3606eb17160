// A service's name as the person reads it. Not in views/parts.js: the start
// page shows no service, so this stays out of its critical path.
import { html } from '../html.js';
import { locale } from '../i18n/index.js';

/**
 * A service's name in the current language: in English its English name,
 * where the catalogue has one, with the official German name beside it.
 */
export function serviceName(service) {
  if (!service) return '';
  return locale.value === 'en' && service.name_en ? `${service.name_en} (${service.name})` : service.name;
}

/** Orders services by serviceName, as the person reads them. */
export function byServiceName(a, b) {
  return serviceName(a).localeCompare(serviceName(b), locale.value === 'en' ? 'en' : 'de');
}

/** serviceName as markup, with the German name marked as German for screen readers. */
export function ServiceName({ service }) {
  if (locale.value !== 'en' || !service.name_en) return service.name;
  return html`${service.name_en} <span lang="de" class="official-name">(${service.name})</span>`;
}
