// A first visit: until the chosen municipality's first sync pull has landed,
// the start page says that its ideas are loading, never that there are none.
// The newest ideas come from the REST API first, and the store takes over
// once the pull is stored, with the same cards and no second copy.
// SCREENSHOT_DIR=dir keeps the screenshots (390×844).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { serverAndBrowser } from './harness.mjs';
import { api, audit, chooseBeforeTheApp, chooseRegion, findPublic, PASSWORD, signIn, waitForServiceWorker } from './steps.mjs';

const env = serverAndBrowser();
const SHOTS = process.env.SCREENSHOT_DIR || join(tmpdir(), 'mitwirken-shots');
const PHONE = { width: 390, height: 844 };

/** Holds the page's requests whose path is path (or matches it) until the returned release() is called. */
async function hold(page, path) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const titles = (page) => page.locator('main .idea-card .idea-title').allTextContents();

test('a first visit says the ideas are loading, not that there are none, until the first pull has landed', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const releaseFirstPage = await hold(page, '/api/collections/ideas/records');
  const releasePull = await hold(page, '/api/sync/pull');

  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();
  const main = page.getByRole('main');
  // The engine has had time to ask for the pull, and the page to draw what it knows.
  await page.waitForTimeout(1000);
  assert.equal(await main.getByText('Noch keine Ideen.').count(), 0, 'no "no ideas" while nothing has arrived');
  assert.equal(await main.getByRole('status').filter({ hasText: 'Die Ideen werden geladen …' }).count(), 1, 'a polite loading status');
  assert.deepEqual(await audit(page, 'start page, loading'), []);
  await page.screenshot({ path: join(SHOTS, 'first-visit-loading.png') });

  // The REST page arrives first: its cards show while the pull still runs.
  releaseFirstPage();
  await page.locator('main .idea-card').first().waitFor();
  const early = await titles(page);
  assert.equal(early.length, 3, 'the three newest ideas');
  assert.equal(await main.getByText('Noch keine Ideen.').count(), 0);
  assert.equal(await main.getByText('Die Ideen werden geladen …').count(), 0);

  // Then the pull lands: the store shows the same three, once each.
  const pullAnswered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/sync/pull');
  releasePull();
  await pullAnswered;
  await page.waitForFunction(() => navigator.serviceWorker?.ready.then(() => true), null, { timeout: 30_000 });
  assert.deepEqual(await titles(page), early);
  assert.equal(await main.getByText('Noch keine Ideen.').count(), 0);
  assert.deepEqual(await audit(page, 'start page, loaded'), []);
  await page.screenshot({ path: join(SHOTS, 'first-visit-loaded.png') });
  await context.close();
});

test('a municipality without ideas says so only once the first pull has landed', async () => {
  const admin = await api(env.server.url);
  const district = await admin.call('/api/collections/regions/records', { method: 'POST', body: { name: 'Landkreis Stille', kind: 'landkreis', ags: '99999' } });
  await admin.call('/api/collections/regions/records', { method: 'POST', body: { name: 'Leerdorf', kind: 'gemeinde', ags: '99999001', parent: district.id } });
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const releasePull = await hold(page, '/api/sync/pull');
  const firstPage = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/collections/ideas/records');

  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Leerdorf');
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Leerdorf' }).waitFor();
  const main = page.getByRole('main');
  // The REST page has answered (with no ideas), the pull has not.
  assert.deepEqual((await (await firstPage).json()).items, []);
  await page.waitForTimeout(500);
  assert.equal(await main.getByText('Noch keine Ideen.').count(), 0);
  await main.getByRole('status').filter({ hasText: 'Die Ideen werden geladen …' }).waitFor();

  releasePull();
  await main.getByText('Noch keine Ideen.').waitFor();
  assert.equal(await main.getByText('Die Ideen werden geladen …').count(), 0);
  await context.close();
});

test("one's own contributions say they are loading, not that there are none, until one's first pull has landed", async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const releasePull = await hold(page, '/api/sync/pull');
  await signIn(page, env.server.url, 'anna@demo.mitwirken.de'); // chooses her municipality
  await page.goto(env.server.url + '/mine');
  const main = page.getByRole('main');
  await main.getByRole('heading', { level: 1, name: 'Meine Beiträge' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await main.getByText('Noch keine.').count(), 0, 'no "none yet" while nothing has arrived');
  const loading = main.getByRole('status').filter({ hasText: 'Ihre Beiträge werden geladen …' });
  assert.equal(await loading.count(), 4, 'ideas, comments, votes and ratings are loading');
  assert.deepEqual(await audit(page, 'my contributions, loading'), []);
  await page.screenshot({ path: join(SHOTS, 'mine-loading.png') });

  // Offline before any pull has landed, they will load once there is a connection.
  await waitForServiceWorker(page); // registered after ten seconds without a pull
  await context.setOffline(true);
  await page.reload();
  const later = main.getByRole('status').filter({ hasText: 'Ihre Beiträge werden geladen, sobald eine Verbindung besteht.' });
  await later.first().waitFor();
  assert.equal(await later.count(), 4);
  assert.equal(await main.getByText('Noch keine.').count(), 0);
  await page.screenshot({ path: join(SHOTS, 'mine-loading-offline.png') });
  await context.setOffline(false);

  releasePull();
  await main.locator('section[aria-labelledby="my-ideas-title"] li').first().waitFor();
  await loading.first().waitFor({ state: 'detached' });
  assert.equal(await main.getByText('Ihre Beiträge werden geladen').count(), 0);
  await page.screenshot({ path: join(SHOTS, 'mine-loaded.png'), fullPage: true });
  await context.close();
});

// Runs in the page before anything else: notes whether main ever said there
// are no ideas, and whether it ever said they are loading.
function watchNoIdeas() {
  window.said = { none: false, loading: false };
  new MutationObserver(() => {
    const text = document.querySelector('main')?.textContent || '';
    if (text.includes('Noch keine Ideen.')) window.said.none = true;
    if (text.includes('Die Ideen werden geladen …')) window.said.loading = true;
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

// A municipality's link (its posters, QR codes and website) names it: the
// first visit needs no chooser, and the page itself brings the newest
// ideas, as cards before the app runs and as data the app draws at once.
test("a first visit through a municipality's link shows its ideas with the page, never that there are none", async () => {
  const gelnhausen = await findPublic(env.server.url, 'regions', "name='Gelnhausen'");
  const link = '/m/' + gelnhausen.ags;
  const newest = await fetch(`${env.server.url}/api/collections/ideas/records?perPage=3&skipTotal=1&sort=-created&fields=title` +
    `&filter=${encodeURIComponent(`region='${gelnhausen.id}'||region='${gelnhausen.parent}'`)}`).then((r) => r.json());
  const context = await env.browser.newContext({ viewport: PHONE });
  await context.addInitScript(watchNoIdeas);
  const page = await context.newPage();
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const releaseApp = await hold(page, /^\/assets\/.*\.js$/);
  const releasePull = await hold(page, '/api/sync/pull');

  // Before the app runs: the page's own cards.
  await page.goto(env.server.url + link, { waitUntil: 'commit' });
  await page.locator('main .idea-card').first().waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Mitwirken in Gelnhausen');
  assert.deepEqual(await titles(page), newest.items.map((idea) => idea.title), "Gelnhausen's newest ideas, before the app runs");
  await page.screenshot({ path: join(SHOTS, 'link-visit-before-app.png') });

  // The app draws the same cards at once, with status and counts.
  releaseApp();
  await page.getByRole('banner').waitFor();
  await page.locator('main .idea-card .status').first().waitFor();
  assert.deepEqual(await titles(page), newest.items.map((idea) => idea.title), 'the same ideas in the app');
  assert.equal(await page.getByRole('main').getByLabel('Ihre Gemeinde').count(), 0, 'no chooser: the link chose');
  assert.deepEqual(await audit(page, 'start page through the link'), []);
  await page.screenshot({ path: join(SHOTS, 'link-visit-app.png') });
  assert.equal(asked.filter((path) => path === '/api/collections/ideas/records').length, 0, 'the ideas came with the page');
  assert.equal(asked.filter((path) => path === '/api/collections/regions/records').length, 0, "no chooser's list");
  assert.equal(new URL(page.url()).pathname, link, 'the address still names the municipality');
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('mitwirken.region')).name), 'Gelnhausen', 'the link chose it');

  // The district's first pull lands: the same cards.
  const pulled = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/sync/pull');
  releasePull();
  await pulled;
  await page.waitForTimeout(500);
  assert.deepEqual(await titles(page), newest.items.map((idea) => idea.title));
  assert.deepEqual(await page.evaluate(() => window.said), { none: false, loading: false }, 'never "none", and nothing to wait for');
  await context.close();
});

// A municipality whose page brings no ideas waits for its district's pull
// before it says there are none.
test("a municipality's link without public ideas says they are loading until the first pull has landed", async () => {
  const admin = await api(env.server.url);
  const district = await admin.call('/api/collections/regions/records', { method: 'POST', body: { name: 'Landkreis Ruhe', kind: 'landkreis', ags: '99998' } });
  await admin.call('/api/collections/regions/records', { method: 'POST', body: { name: 'Stillbach', kind: 'gemeinde', ags: '99998001', parent: district.id } });
  const context = await env.browser.newContext({ viewport: PHONE });
  await context.addInitScript(watchNoIdeas);
  const page = await context.newPage();
  const releasePull = await hold(page, '/api/sync/pull');

  await page.goto(env.server.url + '/m/99998001');
  const main = page.getByRole('main');
  await main.getByRole('status').filter({ hasText: 'Die Ideen werden geladen …' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await main.getByText('Noch keine Ideen.').count(), 0);
  await page.screenshot({ path: join(SHOTS, 'link-visit-empty-loading.png') });

  releasePull();
  await main.getByText('Noch keine Ideen.').waitFor();
  assert.equal(await main.getByText('Die Ideen werden geladen …').count(), 0);
  await context.close();
});

// The chooser leads to the municipality's link, and the region page offers
// it for posters and the municipality's website.
test('choosing a municipality leads to its link, which the region page shows', async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();
  const gelnhausen = await findPublic(env.server.url, 'regions', "name='Gelnhausen'");
  assert.equal(new URL(page.url()).pathname, '/m/' + gelnhausen.ags);

  await page.goto(env.server.url + '/region');
  const shown = page.getByRole('main').getByRole('link', { name: `${env.server.url}/m/${gelnhausen.ags}` });
  await shown.waitFor();
  assert.deepEqual(await audit(page, 'region page with the link'), []);
  await page.screenshot({ path: join(SHOTS, 'region-link.png') });
  await shown.click();
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();
  await context.close();
});

// On a slow link the app's files take seconds; the server draws the chooser
// into the page (hooks/platform/first_visit_chooser.go), so a person can
// choose before the app runs, with the keyboard too, and the answer brings
// the municipality's ideas as its link does. The app then takes over.
test('a first visit can choose its municipality before the app has loaded, by keyboard', async () => {
  const gelnhausen = await findPublic(env.server.url, 'regions', "name='Gelnhausen'");
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const releaseApp = await hold(page, /^\/assets\/.*\.js$/);
  await page.goto(env.server.url + '/', { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 2, name: 'Wählen Sie Ihre Gemeinde' }).waitFor();
  assert.equal(await page.locator('#region-search').count(), 0, "the server's form, not the app's");
  assert.deepEqual(await audit(page, "the server's chooser"), []);
  await page.screenshot({ path: join(SHOTS, 'first-visit-server-chooser.png') });

  for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.id === 'first-visit-region')); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('Gelnhausen');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Gemeinde übernehmen');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();
  assert.equal(new URL(page.url()).search, '?gemeinde=' + gelnhausen.id);
  assert.ok((await titles(page)).length >= 1, "the municipality's ideas come with the page");
  assert.deepEqual(await audit(page, "the server's answer to the chooser"), []);
  await page.screenshot({ path: join(SHOTS, 'first-visit-server-chosen.png') });

  // The app takes over: the municipality is chosen, the address is its link.
  releaseApp();
  await page.waitForURL((url) => url.pathname === '/m/' + gelnhausen.ags && url.search === '');
  await page.locator('main .idea-card .status').first().waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('mitwirken.region')).name), 'Gelnhausen');
  await context.close();
});

test("the app's chooser keeps what was picked in the server's before the app loaded", async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const releaseApp = await hold(page, /^\/assets\/.*\.js$/);
  await page.goto(env.server.url + '/', { waitUntil: 'commit' });
  await page.locator('#first-visit-region').selectOption({ label: 'Linsengericht' });
  releaseApp();
  await page.locator('#region-search').waitFor();
  assert.equal(await page.locator('#region-select option:checked').textContent(), 'Linsengericht');
  assert.equal(await page.locator('#first-visit-chooser').count(), 0, "the app's chooser replaced the server's");
  await page.getByRole('button', { name: 'Gemeinde übernehmen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Linsengericht' }).waitFor();
  await context.close();
});

// The installed app answers a link from its own copy of the page, which
// names no municipality: it finds the link's municipality among the stored
// regions.
test("a municipality's link opened in the installed app chooses that municipality", async () => {
  const gelnhausen = await findPublic(env.server.url, 'regions', "name='Gelnhausen'");
  const linsengericht = await findPublic(env.server.url, 'regions', "name='Linsengericht'");
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(env.server.url + '/m/' + gelnhausen.ags);
  await page.locator('main .idea-card .status').first().waitFor();
  await waitForServiceWorker(page);
  await page.waitForFunction(() => document.querySelectorAll('main .idea-card').length >= 3, null, { timeout: 30_000 });

  const served = await page.goto(env.server.url + '/m/' + linsengericht.ags);
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Linsengericht' }).waitFor();
  assert.equal(await page.locator('meta[name="mitwirken-municipality"]').count(), 0, "the worker's copy of the page");
  const shell = await served.text();
  assert.ok(shell.includes('<div id="app">') && !shell.includes('first-visit-chooser'), "the worker's copy has no server chooser");
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('mitwirken.region')).name), 'Linsengericht');
  await context.close();
});

test("a reload right after signing in still adopts one's home municipality", async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  // Signing in adopts the home municipality with one more request; the
  // page is reloaded before it is answered.
  const oneRegion = /^\/api\/collections\/regions\/records\/[^/]+$/;
  const release = await hold(page, oneRegion);
  await page.goto(env.server.url + '/signin');
  await page.getByLabel('E-Mail-Adresse').fill('anna@demo.mitwirken.de');
  await page.getByLabel('Passwort').fill(PASSWORD);
  const asked = page.waitForRequest((request) => oneRegion.test(new URL(request.url()).pathname), { timeout: 5000 });
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('banner').getByText(/Angemeldet als/).waitFor({ state: 'attached' });
  await asked; // signing in asks for the home municipality
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  release();

  await page.goto(env.server.url + '/');
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();
  await page.locator('main .idea-card').first().waitFor();
  assert.deepEqual(await audit(page, 'start page after the reload'), []);
  await page.screenshot({ path: join(SHOTS, 'home-after-reload.png') });
  await context.close();
});
