// Insight: the comparison of a service across a district (/insight) and a
// transparency page, in German and English, by keyboard, with axe, printed,
// and offline after a visit. Screenshots at 390×844 go to $SCREENSHOTS (or
// the temp dir) for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverAndBrowser } from './harness.mjs';
import { audit, chooseRegion, findPublic, setLanguage, waitForServiceWorker } from './steps.mjs';

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
