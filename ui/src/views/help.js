// The help page and the accessibility statement (Erklärung zur
// Barrierefreiheit). Their long texts live in i18n/pages/ and load as
// their own small chunks when one of these views is opened; the help comes
// in Leichte Sprache too.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { locale, t } from '../i18n/index.js';
import { loadPlatform, platform } from '../platform.js';
import { useTitle } from './parts.js';
import { useInteractive } from '../perf.js';

const loaders = {
  de: () => import('../i18n/pages/de.js'),
  en: () => import('../i18n/pages/en.js'),
  'de-simple': () => import('../i18n/pages/de-simple.js'),
};
const loaded = {};

/** The page texts of the current language with German underneath, or null while loading. */
function usePages() {
  const lang = locale.value;
  const [, setVersion] = useState(0);
  const ready = loaded.de && loaded[lang];
  useEffect(() => {
    if (ready) return;
    Promise.all([loaders.de(), loaders[lang]()]).then(([german, chosen]) => {
      loaded.de = german.default;
      loaded[lang] = chosen.default;
      setVersion((v) => v + 1);
    });
  }, [lang]);
  if (!ready) return null;
  return (key, params = {}) => {
    const text = loaded[lang][key] ?? loaded.de[key];
    return typeof text === 'string' ? text.replace(/\{(\w+)\}/g, (whole, name) => params[name] ?? whole) : text;
  };
}

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
  const page = usePages();
  useInteractive(page);
  return html`
    <h1 tabindex="-1">${t('help.title')}</h1>
    ${page ? html`<${Sections} sections=${page('help.sections')} />` : html`<p>${t('common.loading')}</p>`}
    <p><a href="/accessibility">${t('nav.accessibility')}</a></p>`;
}

export function Accessibility() {
  useTitle(t('nav.accessibility'));
  const page = usePages();
  useInteractive(page);
  useEffect(() => {
    loadPlatform();
  }, []);
  if (!page) return html`<h1 tabindex="-1">${t('nav.accessibility')}</h1><p>${t('common.loading')}</p>`;
  const subject = encodeURIComponent(page('a11y.mailSubject'));
  const email = platform.value?.contactEmail;
  return html`
    <h1 tabindex="-1">${page('a11y.title')}</h1>
    <${Sections} sections=${page('a11y.sections')} />
    <section aria-labelledby="a11y-feedback">
      <h2 id="a11y-feedback">${page('a11y.feedbackTitle')}</h2>
      <p>${page('a11y.feedbackText')}</p>
      <ul>
        ${email && html`<li><a href=${`mailto:${email}?subject=${subject}`}>${page('a11y.feedbackMail', { email })}</a></li>`}
        <li><a href="/ideas/new">${page('a11y.feedbackIdea')}</a></li>
      </ul>
    </section>
    <section aria-labelledby="a11y-enforcement">
      <h2 id="a11y-enforcement">${page('a11y.enforcementTitle')}</h2>
      <p>${page('a11y.enforcementText')}</p>
    </section>`;
}
