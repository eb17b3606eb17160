// Steps a person takes in the PWA, and checks against the server's REST API,
// shared by the browser tests. Steps drive the UI by role and label, as a
// person (or a screen reader) finds things.

import AxeBuilder from '@axe-core/playwright';

export const PASSWORD = 'mitwirken-demo';
export const ADMIN = 'admin@demo.mitwirken.de';

/**
 * Keeps a log of the page's API requests, their answers and failures, its
 * console errors and the Web Locks held, for a wait on synced data that
 * times out: explain(error) adds the log to the error's message. Paths only:
 * no bodies, no tokens.
 */
export function recordApiTraffic(page) {
  const started = Date.now();
  const lines = [];
  const note = (what) => lines.push(`${String(Date.now() - started).padStart(7)} ms  ${what}`);
  const apiPath = (url) => {
    const { pathname, search } = new URL(url);
    return pathname.startsWith('/api/') ? pathname + search : null;
  };
  page.on('request', (r) => apiPath(r.url()) && note(`→ ${r.method()} ${apiPath(r.url())}${r.serviceWorker() ? ' (service worker)' : ''}`));
  page.on('response', (r) => apiPath(r.url()) && note(`← ${r.status()} ${apiPath(r.url())}`));
  page.on('requestfailed', (r) => apiPath(r.url()) && note(`✗ ${r.failure()?.errorText} ${apiPath(r.url())}`));
  page.on('console', (m) => m.type() === 'error' && note(`console: ${m.text()}`));
  page.on('pageerror', (e) => note(`page error: ${e.message}`));
  return {
    async explain(error) {
      const locks = await page.evaluate(async () => JSON.stringify(await navigator.locks?.query())).catch((e) => String(e));
      error.message += `\nWeb Locks: ${locks}\nWhat the page asked the server:\n${lines.join('\n')}`;
      return error;
    },
  };
}

/** Chooses the municipality on the start page or /region. */
export async function chooseRegion(page, name) {
  // The app's chooser, which has a search; the form the server draws for a
  // first visit (chooseBeforeTheApp) would leave the page.
  await page.locator('#region-search').waitFor();
  await page.getByLabel(/Ihre Gemeinde|Your municipality/).selectOption({ label: name });
  await page.getByRole('button', { name: /Gemeinde übernehmen|Use this municipality/ }).click();
}

/**
 * Chooses a municipality in the form the server draws into a first visit's
 * page, before the app has replaced it, as someone on a slow link does.
 */
export async function chooseBeforeTheApp(page, name) {
  await page.locator('#first-visit-region').selectOption({ label: name });
  await page.locator('#first-visit-chooser').getByRole('button', { name: 'Gemeinde übernehmen' }).click();
}

/**
 * Signs in through the form and waits until the header's menu says so (on a
 * phone the menu may be closed, so the text is there but not visible) and
 * the app has left the form. Only then has it adopted the person's home
 * municipality (which may need a request): a test that navigates earlier
 * aborts that, and the device, with no municipality, never pulls.
 */
export async function signIn(page, url, email, password = PASSWORD) {
  await page.goto(url + '/signin');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('banner').getByText(/Angemeldet als/).waitFor({ state: 'attached' });
  await page.waitForURL((address) => address.pathname !== '/signin');
}

/** Creates an account with a pseudonym through the form; returns its email. */
export async function signUp(page, url, displayName) {
  const email = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}@example.org`;
  await page.goto(url + '/signup');
  await page.getByLabel('Angezeigter Name').fill(displayName);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Passwort wiederholen').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Konto anlegen' }).click();
  await page.getByRole('banner').getByText(`Angemeldet als ${displayName}`).waitFor({ state: 'attached' });
  await page.waitForURL((address) => address.pathname !== '/signup'); // as signIn
  return email;
}

/**
 * Opens the header's menu when it is closed behind its button (a phone);
 * from 60rem on the menu is always shown and there is no button to press.
 */
export async function openMenu(page) {
  const button = page.getByRole('banner').locator('button[aria-controls="site-menu"]');
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Closes the header's menu, if open, with Escape. */
export async function closeMenu(page) {
  const button = page.getByRole('banner').locator('button[aria-controls="site-menu"]');
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
}

/** Follows a link of the main navigation, opening the menu first where needed. */
export async function followNav(page, name) {
  await openMenu(page);
  await page.getByRole('navigation', { name: /Hauptnavigation|Main navigation|Wichtige Seiten/ }).getByRole('link', { name, exact: true }).click();
}

/**
 * Waits until the service worker is active and controls the page, so a reload
 * works offline. A document whose navigation began just before the worker
 * activated stays uncontrolled (clients.claim() came too early for it); as
 * for a person, the next load of the page is controlled.
 */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.ready.then(() => true), null, { timeout: 60_000 });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 30_000, polling: 250 });
}

/** The queued mutations in the page's IndexedDB (test introspection only). */
export function outbox(page) {
  return stored(page, 'outbox');
}

/** Everything in one store of the page's IndexedDB, e.g. the synced "records" (test introspection only). */
export function stored(page, name) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mitwirken');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    name,
  );
}

/** Waits until the outbox holds no pending mutation any more. */
export async function waitForFlushed(page, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const items = await outbox(page);
    if (!items.some((m) => m.state === 'pending')) return items;
    if (Date.now() > deadline) throw new Error('outbox not flushed: ' + JSON.stringify(items));
    await page.waitForTimeout(250);
  }
}

/**
 * Waits until the synced data contains ideas, i.e. the first pull is stored.
 * The cards alone do not say so: on a first visit they come from the REST
 * API before the pull; the pull's scope in the "meta" store ("district|person") does.
 */
export async function waitForIdeas(page) {
  await page.locator('.idea-card').first().waitFor({ timeout: 30_000 });
  const deadline = Date.now() + 30_000;
  while (!(await stored(page, 'meta')).some((value) => typeof value === 'string' && value.includes('|'))) {
    if (Date.now() > deadline) throw new Error('the first pull was not stored');
    await page.waitForTimeout(100);
  }
}

const clients = new Map();

/**
 * A REST client for the server, as a person (email) or as the superuser.
 * Clients are kept per server and person: sign-ins are rate limited.
 */
export function api(url, email = ADMIN, password = PASSWORD) {
  const key = `${url} ${email}`;
  if (!clients.has(key)) clients.set(key, signInToApi(url, email, password).catch((error) => {
    clients.delete(key);
    throw error;
  }));
  return clients.get(key);
}

async function signInToApi(url, email, password) {
  const collection = email === ADMIN ? '_superusers' : 'users';
  const res = await fetch(`${url}/api/collections/${collection}/auth-with-password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identity: email, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  const { token, record } = await res.json();
  const call = async (path, { method = 'GET', body } = {}) => {
    const reply = await fetch(url + path, {
      method,
      headers: { Authorization: token, 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const data = await reply.json().catch(() => null);
    if (!reply.ok) throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(data)}`);
    return data;
  };
  return {
    record,
    call,
    /** All records of a collection matching a PocketBase filter. */
    list: async (collection, filter) =>
      (await call(`/api/collections/${collection}/records?perPage=500&skipTotal=1&filter=${encodeURIComponent(filter)}`)).items,
  };
}

/** The first record of a collection matching filter, read anonymously. */
export async function findPublic(url, collection, filter) {
  const res = await fetch(`${url}/api/collections/${collection}/records?perPage=1&skipTotal=1&filter=${encodeURIComponent(filter)}`);
  const body = await res.json();
  if (!body.items?.length) throw new Error(`no ${collection} matches ${filter}`);
  return body.items[0];
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until the view shows its content, then runs axe; returns "label: rule" lines. */
export async function audit(page, label) {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !/Wird geladen|Loading/.test(document.querySelector('main')?.textContent || ''));
  // Legacy mode runs axe in the page itself; the app has no frames, and the
  // default mode's extra page per run makes the audit several times slower.
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
  return violations.map((v) => `${label}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')}) ${v.help}`);
}

/** Switches the app's language with its button in the header's menu. */
export async function setLanguage(page, name) {
  await openMenu(page);
  await page.getByRole('banner').getByRole('button', { name, exact: true }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, name === 'English' ? 'en' : 'de');
  await closeMenu(page);
}

/**
 * Creates an account (as the superuser) with a role in the organization whose
 * name contains every word of orgWords; returns { email, user, membership }.
 */
export async function newMember(url, displayName, orgWords, role) {
  const admin = await api(url);
  const filter = orgWords.map((w) => `name~'${w}'`).join(' && ');
  const [organization] = await admin.list('organizations', filter);
  const email = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}@example.org`;
  const user = await admin.call('/api/collections/users/records', {
    method: 'POST', body: { email, password: PASSWORD, passwordConfirm: PASSWORD, display_name: displayName },
  });
  const membership = await admin.call('/api/collections/memberships/records', {
    method: 'POST', body: { user: user.id, organization: organization.id, role },
  });
  return { email, user, membership };
}

/** A person submits an idea through the REST API; published by the superuser if asked and premoderated. */
export async function ideaBy(url, email, { title, region, body = 'Ein Vorschlag für den Arbeitsbereich, mit genug Text.', publish = false }) {
  const person = await api(url, email);
  const idea = await person.call('/api/collections/ideas/records', {
    method: 'POST', body: { author: person.record.id, title, region, body },
  });
  if (publish && idea.status === 'submitted') {
    const admin = await api(url);
    await admin.call('/api/collections/status_changes/records', { method: 'POST', body: { idea: idea.id, to: 'published' } });
  }
  return idea;
}
