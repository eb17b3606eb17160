import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serverAndBrowser } from './harness.mjs';

const env = serverAndBrowser();

test('the start page is served in German and has no axe violations', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await page.getByRole('heading', { level: 1, name: 'Willkommen bei Mitwirken' }).waitFor();
  // The first visit asks for the municipality, with the list from the server.
  await page.getByRole('option', { name: 'Gelnhausen' }).waitFor({ state: 'attached' });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.help}`), []);
  await context.close();
});

test('a client-side route works on reload', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const res = await page.goto(env.server.url + '/help');
  assert.equal(res.status(), 200);
  await page.getByRole('heading', { level: 1, name: 'Hilfe' }).waitFor();
  await context.close();
});

test('an unknown API path answers JSON 404 in the browser too', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const res = await page.goto(env.server.url + '/api/x');
  assert.equal(res.status(), 404);
  assert.match(res.headers()['content-type'], /application\/json/);
  await context.close();
});

test('the app is installable: a manifest with icons', async () => {
  const manifest = await (await fetch(env.server.url + '/manifest.webmanifest')).json();
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, '/');
  assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512'));
  for (const icon of manifest.icons) {
    const res = await fetch(env.server.url + icon.src);
    assert.equal(res.status, 200, icon.src);
    assert.equal(res.headers.get('content-type'), icon.type, icon.src);
  }
});

test('the demo data is served through the API', async () => {
  const res = await fetch(env.server.url + '/api/collections/ideas/records?perPage=5&skipTotal=1&sort=-votes_count');
  const body = await res.json();
  assert.equal(res.status, 200);
  assert.equal(body.items.length, 5);
  assert.ok(body.items[0].votes_count >= body.items[4].votes_count);
});
