// The site header: the brand and a menu with the navigation, the
// municipality, the account and the language choice. On a phone the menu is a
// disclosure behind one button, so the header keeps to one row and the first
// screen shows content; from 60rem on the menu is always shown inline (app.css).
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { LOCALES, locale, setLocale, t } from '../i18n/index.js';
import { navigate, route } from '../router.js';
import { region } from '../prefs.js';
import { signOut, user } from '../auth.js';
import { entryOrganizations, hasWorkspace } from '../roles.js';
import { signInHref } from './parts.js';

const NAV = [
  ['/', 'nav.home'],
  ['/services', 'nav.services'],
  ['/ideas', 'nav.ideas'],
  ['/ideas/new', 'nav.newIdea'],
  ['/mine', 'nav.mine'],
  ['/solutions', 'nav.solutions'],
  ['/insight', 'nav.insight'],
  ['/help', 'nav.help'],
];

/**
 * The navigation for this person: the inbox when signed in, entries for
 * others for members of a verified organization, the workspace for staff and moderators.
 */
function navFor(signedIn, workspace, member) {
  const items = [...NAV];
  if (signedIn) items.splice(items.length - 1, 0, ['/inbox', 'nav.inbox']);
  if (member) items.push(['/assisted', 'nav.assisted']);
  if (workspace) items.push(['/workspace', 'nav.workspace']);
  return items;
}

function isCurrent(href, path) {
  if (href === '/') return path === '/' || path.startsWith('/m/'); // a municipality's link is its start page
  if (href === '/ideas') return path === '/ideas' || (path.startsWith('/ideas/') && path !== '/ideas/new');
  return path === href || path.startsWith(href + '/');
}

const LANGUAGE_NAMES = { de: ['Deutsch', 'de'], en: ['English', 'en'], 'de-simple': ['Leichte Sprache', 'de'] };

function LanguageSwitch() {
  return html`
    <div class="languages">
      <span id="language-label">${t('nav.language')}</span>
      <ul aria-labelledby="language-label">
        ${LOCALES.map((code) => html`
          <li>
            <button type="button" class="link-button" lang=${LANGUAGE_NAMES[code][1]}
              aria-pressed=${locale.value === code ? 'true' : 'false'}
              onClick=${() => setLocale(code).catch(() => {})}>${LANGUAGE_NAMES[code][0]}</button>
          </li>`)}
      </ul>
    </div>`;
}

function Account() {
  const me = user.value;
  if (!me) return html`<p class="account"><a href=${signInHref()}>${t('nav.signIn')}</a></p>`;
  return html`
    <p class="account">
      <a href="/account" aria-current=${route.value.path === '/account' ? 'page' : undefined}>${t('nav.signedInAs', { name: me.display_name })}</a>
      <button type="button" class="link-button" onClick=${async () => {
        await signOut();
        navigate('/');
      }}>${t('nav.signOut')}</button>
    </p>`;
}

/**
 * The menu's open state as a disclosure: it closes on navigation, on Escape
 * (focus returns to the button) and when focus or a tap leaves the header.
 */
function useDisclosure(path, header, button) {
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event) => {
      if (!header.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  const onFocusOut = (event) => {
    if (event.relatedTarget && !header.current?.contains(event.relatedTarget)) setOpen(false);
  };
  return [open, setOpen, onFocusOut];
}

export function SiteHeader({ path }) {
  const header = useRef(null);
  const button = useRef(null);
  const [open, setOpen, onFocusOut] = useDisclosure(path, header, button);
  const place = region.value;
  return html`
    <header class="site-header" ref=${header} onFocusOut=${onFocusOut}>
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        <button type="button" class="menu-button" ref=${button} aria-expanded=${open ? 'true' : 'false'}
          aria-controls="site-menu" onClick=${() => setOpen(!open)}>
          <span class="menu-icon" aria-hidden="true"></span>${t('nav.menu')}
        </button>
      </div>
      <div id="site-menu" class=${open ? 'menu open' : 'menu'}>
        ${place && html`
          <p class="place"><span>${place.name}</span> <a href="/region">${t('nav.changeRegion')}</a></p>`}
        <${Account} />
        <nav aria-label=${t('nav.main')}>
          <ul>
            ${navFor(!!user.value, hasWorkspace.value, entryOrganizations.value.length > 0).map(([href, key]) => html`
              <li><a href=${href} aria-current=${isCurrent(href, path) ? 'page' : undefined}>${t(key)}</a></li>`)}
          </ul>
        </nav>
        <${LanguageSwitch} />
      </div>
    </header>`;
}
