// Offline, the new-idea form finds a stored idea that says the same in other
// words: the server's lexicon and text analysis run in the PWA
// (ui/src/store/similar.js, loaded with the form). Before, the offline check
// matched plain words and found nothing here.
import { test } from 'node:test';
import { serverAndBrowser } from './harness.mjs';
import { chooseRegion, findPublic, followNav, ideaBy, signUp, waitForIdeas, waitForServiceWorker } from './steps.mjs';

const env = serverAndBrowser();

test('offline, the draft "Kfz-Anmeldung übers Internet" finds the idea "Auto online zulassen"', async () => {
  const gelnhausen = (await findPublic(env.server.url, 'regions', "name='Gelnhausen'")).id;
  await ideaBy(env.server.url, 'anna@demo.mitwirken.de', {
    title: 'Auto online zulassen', region: gelnhausen, body: 'Ohne Fahrt zur Behörde, von zu Hause aus.', publish: true,
  });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  await signUp(page, env.server.url, 'Offline Ottilie');
  await waitForIdeas(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await followNav(page, 'Idee einreichen');
  await page.getByLabel('Titel').fill('Kfz-Anmeldung übers Internet');
  await page.getByText(/In den gespeicherten Ideen gibt es \d ähnliche Idee/).waitFor();
  await page.locator('.similar').getByRole('link', { name: 'Auto online zulassen' }).waitFor();
  await context.close();
});
