// The app shell: skip link, header with its menu (header.js), the status
// line about sync and updates, the current view, and the footer.
import { useEffect, useRef } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { match, route } from '../router.js';
import { SiteHeader } from './header.js';
import { Notices } from './notices.js';
import { Home } from './home.js';
import { RegionView } from './region.js';
import { NotFound } from './not-found.js';
import { lazy } from './lazy.js';
import { focusHeadingAfterNavigation } from './parts.js';

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
const AccountPage = lazy(() => deferred().then((m) => m.AccountPage));
const ForgotPassword = lazy(() => deferred().then((m) => m.ForgotPassword));
const ResetPassword = lazy(() => deferred().then((m) => m.ResetPassword));
const Help = lazy(() => deferred().then((m) => m.Help));
const Accessibility = lazy(() => deferred().then((m) => m.Accessibility));
const Workspace = lazy(() => deferred().then((m) => m.Workspace));
const FeedbackDesk = lazy(() => deferred().then((m) => m.FeedbackDesk));
const Inbox = lazy(() => deferred().then((m) => m.Inbox));
const Solutions = lazy(() => deferred().then((m) => m.Solutions));
const Assisted = lazy(() => deferred().then((m) => m.Assisted));
// Insight loads on demand as its own chunk (it brings the deferred views' chunk along).
const insight = () => import('./insight.js');
const Insight = lazy(() => insight().then((m) => m.Insight));
const Transparency = lazy(() => insight().then((m) => m.Transparency));

const ROUTES = [
  ['/', Home],
  ['/m/:place', Home], // a municipality's link: the start page, the municipality chosen
  ['/m', Home], // the server's chooser without a municipality it knows: the chooser again
  ['/region', RegionView],
  ['/services', Services],
  ['/services/:id', Service],
  ['/ideas', Ideas],
  ['/ideas/new', IdeaNew],
  ['/ideas/:id', Idea],
  ['/mine', Mine],
  ['/signin', SignIn],
  ['/signup', SignUp],
  ['/account', AccountPage],
  ['/forgot-password', ForgotPassword],
  ['/reset-password', ResetPassword],
  ['/help', Help],
  ['/accessibility', Accessibility],
  ['/workspace', Workspace],
  ['/workspace/feedback', FeedbackDesk],
  ['/inbox', Inbox],
  ['/solutions', Solutions],
  ['/assisted', Assisted],
  ['/insight', Insight],
  ['/transparenz/:region', Transparency],
];

function resolve(path) {
  for (const [pattern, view] of ROUTES) {
    const params = match(pattern, path);
    if (params) return { view, params };
  }
  return { view: NotFound, params: {} };
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
    <${SiteHeader} path=${path} />
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
