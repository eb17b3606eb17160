// The app shell: skip link, header with navigation, language and account,
// the notices about sync and updates, the current view, and the footer.
import { useEffect, useRef } from 'preact/hooks';
import { html } from '../html.js';
import { LOCALES, locale, setLocale, t } from '../i18n/index.js';
import { match, navigate, route } from '../router.js';
import { region } from '../prefs.js';
import { signOut, user } from '../auth.js';
import { entryOrganizations, hasWorkspace } from '../roles.js';
import { Notices } from './notices.js';
import { Home } from './home.js';
import { RegionView } from './region.js';
import { NotFound } from './not-found.js';
import { lazy } from './lazy.js';
import { focusHeadingAfterNavigation, signInHref } from './parts.js';

// Every view but the start page loads as one chunk after the first view.
const deferred = () => import('./deferred.js');
const Services = lazy(() => deferred().then((m) => m.Services));
const Service = lazy(() => deferred().then((m) => m.Service));
const Ideas = lazy(() => deferred().then((m) => m.Ideas));
const Idea = lazy(() => deferred().then((m) => m.Idea));
const IdeaNew = lazy(() => deferred().then((m) => m.IdeaNew));
const Mine = lazy(() => deferred().then((m) => m.Mine));
const SignIn = lazy(() => deferred().then((m) => m.SignIn));
const SignUp = lazy(() => deferred().then((m) => m.SignUp));
const ForgotPassword = lazy(() => deferred().then((m) => m.ForgotPassword));
const ResetPassword = lazy(() => deferred().then((m) => m.ResetPassword));
const Help = lazy(() => deferred().then((m) => m.Help));
const Accessibility = lazy(() => deferred().then((m) => m.Accessibility));
const Workspace = lazy(() => deferred().then((m) => m.Workspace));
const Inbox = lazy(() => deferred().then((m) => m.Inbox));
const Solutions = lazy(() => deferred().then((m) => m.Solutions));
const Assisted = lazy(() => deferred().then((m) => m.Assisted));

const ROUTES = [
  ['/', Home],
  ['/region', RegionView],
  ['/services', Services],
  ['/services/:id', Service],
  ['/ideas', Ideas],
  ['/ideas/new', IdeaNew],
  ['/ideas/:id', Idea],
  ['/mine', Mine],
  ['/signin', SignIn],
  ['/signup', SignUp],
  ['/forgot-password', ForgotPassword],
  ['/reset-password', ResetPassword],
  ['/help', Help],
  ['/accessibility', Accessibility],
  ['/workspace', Workspace],
  ['/inbox', Inbox],
  ['/solutions', Solutions],
  ['/assisted', Assisted],
];

function resolve(path) {
  for (const [pattern, view] of ROUTES) {
    const params = match(pattern, path);
    if (params) return { view, params };
  }
  return { view: NotFound, params: {} };
}

const NAV = [
  ['/', 'nav.home'],
  ['/services', 'nav.services'],
  ['/ideas', 'nav.ideas'],
  ['/ideas/new', 'nav.newIdea'],
  ['/mine', 'nav.mine'],
  ['/solutions', 'nav.solutions'],
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
  if (href === '/') return path === '/';
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
  if (!me) return html`<a href=${signInHref()}>${t('nav.signIn')}</a>`;
  return html`
    <span class="account">
      <span>${t('nav.signedInAs', { name: me.display_name })}</span>
      <button type="button" class="link-button" onClick=${async () => {
        await signOut();
        navigate('/');
      }}>${t('nav.signOut')}</button>
    </span>`;
}

export function App() {
  const { path } = route.value;
  const { view: View, params } = resolve(path);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    focusHeadingAfterNavigation(true);
  }, [path]);

  return html`
    <a class="skip-link" href="#main">${t('nav.skip')}</a>
    <header class="site-header">
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        ${region.value && html`
          <span class="place">${region.value.name} · <a href="/region">${t('nav.changeRegion')}</a></span>`}
        <${Account} />
      </div>
      <nav aria-label=${t('nav.main')}>
        <ul>
          ${navFor(!!user.value, hasWorkspace.value, entryOrganizations.value.length > 0).map(([href, key]) => html`
            <li><a href=${href} aria-current=${isCurrent(href, path) ? 'page' : undefined}>${t(key)}</a></li>`)}
        </ul>
      </nav>
      <${LanguageSwitch} />
    </header>
    <${Notices} />
    <main id="main" tabindex="-1">
      <${View} ...${params} key=${path} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${t('nav.help')}</a></li>
        <li><a href="/accessibility">${t('nav.accessibility')}</a></li>
        <li><a href="/region">${t('nav.changeRegion')}</a></li>
      </ul>
    </footer>`;
}
