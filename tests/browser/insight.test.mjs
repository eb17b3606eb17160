// Insight: the comparison of a service across a district (/insight) and a
// transparency page, in German and English, by keyboard, with axe, printed,
// and offline after a visit. Screenshots at 390×844 go to $SCREENSHOTS (or
// the temp dir) for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverAndBrowser } from './harness.mjs';
import { audit, chooseRegion, findPublic, setLanguage, signIn, waitForServiceWorker } from './steps.mjs';

let ids;
const shots = process.env.SCREENSHOTS || tmpdir();

const env = serverAndBrowser({
  async setup({ server }) {
    const [district, gelnhausen, service] = await Promise.all([
      findPublic(server.url, 'regions', "name='Main-Kinzig-Kreis'"),
      findPublic(server.url, 'regions', "name='Gelnhausen'"),
      findPublic(server.url, 'services', "name='Personalausweis beantragen'"),
    ]);
    ids = { district: district.id, gelnhausen: gelnhausen.id, service: service.id };
  },
});

async function phone() {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  await waitForServiceWorker(page);
  return { context, page };
}

test('the comparison: charts with summary, table and CSV, in German and English, by keyboard and offline', async () => {
  const { context, page } = await phone();
  const url = `${env.server.url}/insight?service=${ids.service}&region=${ids.district}`;
  await page.goto(url);
  const result = page.getByRole('heading', { level: 2, name: /Personalausweis beantragen im Main-Kinzig-Kreis/ });
  await result.waitFor();
  // Gelnhausen has enough raters; the other municipalities say so instead of a number.
  await page.getByRole('table', { name: 'Daten: Verteilung der Bewertungen' }).getByRole('row', { name: /Gelnhausen/ }).waitFor();
  assert.match(await page.getByRole('main').textContent(), /zu wenige Bewertungen/);
  for (const chart of ['ratings', 'trend', 'barriers']) {
    const loaded = await page.locator(`img[src*="chart=${chart}"]`).evaluate((img) => img.decode().then(() => img.naturalWidth > 0));
    assert.ok(loaded, `the ${chart} chart loads`);
  }
  const csv = await page.getByRole('link', { name: 'Daten als CSV herunterladen: Verteilung der Bewertungen' }).getAttribute('href');
  const download = await page.request.get(env.server.url + csv);
  assert.equal(download.headers()['content-type'], 'text/csv; charset=utf-8');
  assert.match(await download.text(), /^Gemeinde,1 Stern,2 Sterne/);
  assert.deepEqual(await audit(page, 'insight de'), []);
  await page.screenshot({ path: join(shots, 'insight-de.png'), fullPage: true });

  // By keyboard: choose another district and show it.
  const district = page.getByLabel('Landkreis');
  await district.focus();
  await page.keyboard.press('ArrowDown');
  if ((await district.inputValue()) === ids.district) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('region') !== ids.district);
  await page.getByRole('heading', { level: 2, name: /Personalausweis beantragen im (?!Main)/ }).waitFor();
  await page.goto(url);
  await result.waitFor();

  await setLanguage(page, 'English');
  await page.getByRole('heading', { level: 2, name: /in Main-Kinzig-Kreis/ }).waitFor();
  await page.getByRole('table', { name: 'Data: Distribution of ratings' }).waitFor();
  assert.deepEqual(await audit(page, 'insight en'), []);
  await page.screenshot({ path: join(shots, 'insight-en.png'), fullPage: true });

  // Printed: no header, no form, the charts and tables stay.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('banner').isVisible(), false);
  assert.equal(await page.getByLabel('District').isVisible(), false);
  assert.ok(await page.getByRole('table', { name: 'Data: Distribution of ratings' }).isVisible());
  await page.emulateMedia({ media: 'screen' });

  // Offline after the visit: the figures and the charts come from the service worker.
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('table', { name: 'Data: Distribution of ratings' }).getByRole('row', { name: /Gelnhausen/ }).waitFor();
  const offlineChart = await page.locator('img[src*="chart=ratings"]').evaluate((img) => img.decode().then(() => img.naturalWidth > 0, () => false));
  assert.ok(offlineChart, 'the chart is read offline');
  await context.close();
});

test('a transparency page in German and English, with axe, and offline after a visit', async () => {
  const { context, page } = await phone();
  await page.goto(`${env.server.url}/transparenz/${ids.gelnhausen}`);
  await page.getByRole('heading', { level: 1, name: 'Transparenz: Gelnhausen' }).waitFor();
  await page.getByRole('heading', { name: 'Am besten bewertete Dienste' }).waitFor();
  assert.match(await page.getByRole('main').textContent(), /Personalausweis beantragen in Gelnhausen: [0-9],[0-9] von 5 Sternen/);
  assert.deepEqual(await audit(page, 'transparency de'), []);
  await page.screenshot({ path: join(shots, 'transparency-de.png'), fullPage: true });
  await setLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'Transparency: Gelnhausen' }).waitFor();
  assert.deepEqual(await audit(page, 'transparency en'), []);
  await page.screenshot({ path: join(shots, 'transparency-en.png'), fullPage: true });

  // Offline after the visit.
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Best rated services' }).waitFor();
  assert.match(await page.getByRole('main').textContent(), /Personalausweis beantragen in Gelnhausen/);
  await context.close();
});

test('themes across municipalities: staff see them in German and English, by keyboard; a citizen does not get them', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const url = `${env.server.url}/insight?service=${ids.service}&region=${ids.district}`;
  await signIn(page, env.server.url, 'sabine@demo.mitwirken.de');
  await page.goto(url);
  const section = page.getByRole('region', { name: 'Themen über Gemeinden hinweg' });
  await section.waitFor();
  // Each theme is headed by the number of its municipalities and its label.
  const themes = section.getByRole('heading', { level: 3, name: /^\d+ Gemeinden?: / });
  await themes.first().waitFor();
  assert.ok((await themes.count()) >= 2, 'the demo district has several themes');
  const first = section.locator('li.insight-theme').first();
  assert.match(await first.textContent(), /Personen\s*\d+/);
  assert.match(await first.textContent(), /Verlauf(zunehmend|gleichbleibend|abnehmend)/);
  assert.match(await first.textContent(), /Gemeinden \(Einträge\): \S/);
  // Tap targets of at least 44 px, and nothing wider than the phone.
  for (const link of await section.getByRole('link').all()) {
    const box = await link.boundingBox();
    assert.ok(box.height >= 44, `"${await link.textContent()}" is ${box.height} px high`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling');
  assert.deepEqual(await audit(page, 'themes de'), []);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'insight-themes-de.png') });
  await page.screenshot({ path: join(shots, 'insight-themes-de-full.png'), fullPage: true });

  await setLanguage(page, 'English');
  const english = page.getByRole('region', { name: 'Themes across municipalities' });
  await english.getByRole('heading', { level: 3, name: /^\d+ municipalit(y|ies): / }).first().waitFor();
  assert.deepEqual(await audit(page, 'themes en'), []);
  await english.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'insight-themes-en.png') });

  // By keyboard: an example idea opens with Enter.
  const example = english.getByRole('link').first();
  await example.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/ideas\/[a-z0-9]+$/);
  await context.close();

  // A citizen gets the comparison without the section.
  const citizen = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const anna = await citizen.newPage();
  await signIn(anna, env.server.url, 'anna@demo.mitwirken.de');
  await anna.goto(url);
  await anna.getByRole('heading', { level: 2, name: /Personalausweis beantragen im Main-Kinzig-Kreis/ }).waitFor();
  assert.equal(await anna.getByRole('heading', { name: 'Themen über Gemeinden hinweg' }).count(), 0);
  await citizen.close();

  // A moderator of another district is told whose the themes are.
  const elsewhere = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const olga = await elsewhere.newPage();
  await signIn(olga, env.server.url, 'olga@demo.mitwirken.de');
  await olga.goto(url);
  await olga.getByText('Die Themen sehen nur Moderation und Verwaltung dieses Landkreises und seiner Gemeinden.').waitFor();
  assert.deepEqual(await audit(olga, 'themes refused'), []);
  await elsewhere.close();
});
