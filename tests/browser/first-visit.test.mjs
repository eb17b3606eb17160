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
import { api, audit, chooseRegion, findPublic } from './steps.mjs';

const env = serverAndBrowser();
const SHOTS = process.env.SCREENSHOT_DIR || join(tmpdir(), 'mitwirken-shots');
const PHONE = { width: 390, height: 844 };

/** Holds the page's requests whose path is path until the returned release() is called. */
async function hold(page, path) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route((url) => url.pathname === path, async (route) => {
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

// A municipality's link (its posters, QR codes and website) names it: the
// first visit needs no chooser, and the newest ideas are asked for once,
// beside the app's files (the page preloads them).
test('a first visit through a municipality\'s link shows its ideas, and says they are loading until they arrive', async () => {
  const gelnhausen = await findPublic(env.server.url, 'regions', "name='Gelnhausen'");
  const link = '/m/' + gelnhausen.ags;
  const newest = await fetch(`${env.server.url}/api/collections/ideas/records?perPage=3&skipTotal=1&sort=-created&fields=title` +
    `&filter=${encodeURIComponent(`region='${gelnhausen.id}'||region='${gelnhausen.parent}'`)}`).then((r) => r.json());
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const releaseFirstPage = await hold(page, '/api/collections/ideas/records');
  const releasePull = await hold(page, '/api/sync/pull');

  await page.goto(env.server.url + link);
  const main = page.getByRole('main');
  await main.getByRole('status').filter({ hasText: 'Die Ideen werden geladen …' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Mitwirken in Gelnhausen');
  assert.equal(await main.getByText('Noch keine Ideen.').count(), 0, 'no "no ideas" while nothing has arrived');
  assert.equal(await main.getByLabel('Ihre Gemeinde').count(), 0, 'no chooser: the link chose');
  assert.deepEqual(await audit(page, 'start page through the link, loading'), []);
  await page.screenshot({ path: join(SHOTS, 'link-visit-loading.png') });

  releaseFirstPage();
  await page.locator('main .idea-card').first().waitFor();
  assert.deepEqual(await titles(page), newest.items.map((idea) => idea.title), "Gelnhausen's newest ideas");
  assert.equal(await main.getByText('Noch keine Ideen.').count(), 0);
  assert.equal(await main.getByText('Die Ideen werden geladen …').count(), 0);
  await page.screenshot({ path: join(SHOTS, 'link-visit-loaded.png') });
  assert.equal(asked.filter((path) => path === '/api/collections/ideas/records').length, 1, 'the preloaded request is the one taken');
  assert.equal(asked.filter((path) => path === '/api/collections/regions/records').length, 0, "no chooser's list");
  assert.equal(new URL(page.url()).pathname, link, 'the address still names the municipality');
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('mitwirken.region')).name), 'Gelnhausen', 'the link chose it');

  releasePull();
  await page.waitForResponse((response) => new URL(response.url()).pathname === '/api/sync/pull');
  await page.waitForTimeout(500);
  assert.deepEqual(await titles(page), newest.items.map((idea) => idea.title));
  assert.equal(await main.getByText('Noch keine Ideen.').count(), 0);
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
