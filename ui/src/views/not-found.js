import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { useTitle } from './parts.js';
import { useInteractive } from '../perf.js';

export function NotFound() {
  useTitle(t('notFound.title'));
  useInteractive(true);
  return html`
    <h1 tabindex="-1">${t('notFound.title')}</h1>
    <p>${t('notFound.text')}</p>
    <p><a href="/">${t('nav.home')}</a></p>`;
}
