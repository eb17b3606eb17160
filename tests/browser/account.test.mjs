// The account page (GDPR Art. 15, 17 and 20) on a phone: a citizen downloads
// her data and deletes her account with her password; her other device
// forgets her at its next connection. Zero axe violations in German and
// English; offline, both actions are disabled with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serverAndBrowser } from './harness.mjs';
import { PASSWORD, api, audit, chooseRegion, findPublic, openMenu, setLanguage, signIn, signUp, stored } from './steps.mjs';

const env = serverAndBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, acceptDownloads: true };

test('a citizen takes her data along and deletes her account; her devices forget her', async () => {
  const phone = await env.browser.newContext(PHONE);
  const page = await phone.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  const email = await signUp(page, env.server.url, 'Frieda Export');
  // Something private of hers, which both devices keep.
  const frieda = await api(env.server.url, email);
  const idea = await findPublic(env.server.url, 'ideas', "status='published'");
  const vote = await frieda.call('/api/collections/votes/records', { method: 'POST', body: { user: frieda.record.id, idea: idea.id } });

  // Her second device, signed in too, has pulled the vote.
  const tablet = await env.browser.newContext(PHONE);
  const other = await tablet.newPage();
  await other.goto(env.server.url + '/');
  await chooseRegion(other, 'Gelnhausen');
  await signIn(other, env.server.url, email);
  await other.waitForFunction(async (id) => {
    const open = indexedDB.open('mitwirken');
    await new Promise((resolve) => (open.onsuccess = resolve));
    const found = await new Promise((resolve) => {
      const request = open.result.transaction('records').objectStore('records').get(['votes', id]);
      request.onsuccess = () => resolve(!!request.result);
    });
    open.result.close();
    return found;
  }, vote.id, { timeout: 30_000, polling: 250 });

  // The header leads to the account page.
  await openMenu(page);
  await page.getByRole('banner').getByRole('link', { name: 'Angemeldet als Frieda Export' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ihr Konto' }).waitFor();
  const violations = [...(await audit(page, 'de /account'))];
  await page.screenshot({ path: process.env.SCREENSHOT_DIR ? `${process.env.SCREENSHOT_DIR}/account-de.png` : '/tmp/account-de.png', fullPage: true });
  await setLanguage(page, 'English');
  violations.push(...(await audit(page, 'en /account')));
  await setLanguage(page, 'Deutsch');
  assert.deepEqual(violations, []);

  // Offline, neither action is offered, and the page says why.
  await phone.setOffline(true);
  await page.getByText('Keine Verbindung. Zum Herunterladen Ihrer Daten').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Daten zusammenstellen' }).isDisabled(), true);
  assert.equal(await page.getByRole('button', { name: 'Konto endgültig löschen' }).isDisabled(), true);
  await phone.setOffline(false);

  // Export: the link downloads one JSON document with her account and vote.
  await page.getByRole('button', { name: 'Daten zusammenstellen' }).click();
  const link = page.getByRole('link', { name: /Datei herunterladen/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), 'mitwirken-daten.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.schema_version, 1);
  assert.equal(exported.account.email, email);
  assert.deepEqual(exported.votes.map((v) => v.id), [vote.id]);

  // A wrong password deletes nothing and says so at the field.
  await page.getByLabel('Ihr Passwort zur Bestätigung').fill('nicht-das-passwort');
  await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
  await page.getByText('Das Passwort stimmt nicht.').waitFor();
  assert.equal((await frieda.call('/api/collections/users/records/' + frieda.record.id)).id, frieda.record.id);

  await page.getByLabel('Ihr Passwort zur Bestätigung').fill(PASSWORD);
  await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
  await page.getByText('Ihr Konto wurde gelöscht.').waitFor();
  await openMenu(page);
  await page.getByRole('banner').getByRole('link', { name: 'Anmelden' }).waitFor();
  const meta = await stored(page, 'meta');
  assert.equal(meta.some((m) => m?.token), false, 'no session is left on this device');
  assert.deepEqual((await stored(page, 'records')).filter((r) => r.user === frieda.record.id || r.author === frieda.record.id), []);

  // The other device learns it at its next connection and forgets her too.
  await other.reload();
  await other.getByRole('banner').getByText('Anmelden', { exact: true }).waitFor({ state: 'attached', timeout: 30_000 });
  await other.waitForFunction(async () => {
    const open = indexedDB.open('mitwirken');
    await new Promise((resolve) => (open.onsuccess = resolve));
    const votes = await new Promise((resolve) => {
      const request = open.result.transaction('records').objectStore('records').index('collection').getAll('votes');
      request.onsuccess = () => resolve(request.result);
    });
    open.result.close();
    return votes.length === 0;
  }, null, { timeout: 30_000, polling: 250 });
  await phone.close();
  await tablet.close();
});
