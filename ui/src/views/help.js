// The help page and the accessibility statement (Erklärung zur
// Barrierefreiheit). Their texts live in the catalogues; the help comes in
// Leichte Sprache too.
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { FEEDBACK_EMAIL } from '../config.js';
import { useTitle } from './parts.js';

// A section is [heading, [paragraph, ...]].
function Sections({ sections }) {
  return sections.map(([heading, paragraphs]) => html`
    <section>
      <h2>${heading}</h2>
      ${paragraphs.map((p) => html`<p>${p}</p>`)}
    </section>`);
}

export function Help() {
  useTitle(t('help.title'));
  return html`
    <h1 tabindex="-1">${t('help.title')}</h1>
    <${Sections} sections=${t('help.sections')} />
    <p><a href="/accessibility">${t('nav.accessibility')}</a></p>`;
}

export function Accessibility() {
  useTitle(t('a11y.title'));
  const subject = encodeURIComponent(t('a11y.mailSubject'));
  return html`
    <h1 tabindex="-1">${t('a11y.title')}</h1>
    <${Sections} sections=${t('a11y.sections')} />
    <section aria-labelledby="a11y-feedback">
      <h2 id="a11y-feedback">${t('a11y.feedbackTitle')}</h2>
      <p>${t('a11y.feedbackText')}</p>
      <ul>
        <li><a href=${`mailto:${FEEDBACK_EMAIL}?subject=${subject}`}>${t('a11y.feedbackMail', { email: FEEDBACK_EMAIL })}</a></li>
        <li><a href="/ideas/new">${t('a11y.feedbackIdea')}</a></li>
      </ul>
    </section>
    <section aria-labelledby="a11y-enforcement">
      <h2 id="a11y-enforcement">${t('a11y.enforcementTitle')}</h2>
      <p>${t('a11y.enforcementText')}</p>
    </section>`;
}
