// The workspace of moderators and staff: Mehmet (moderator) hides a reported
// idea, Stefan (staff of Gelnhausen) moves an idea on with a public response,
// the view has no axe violations, and a citizen is not offered it at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';
import { api, findPublic, ideaBy, signIn, audit, setLanguage, followNav } from './steps.mjs';

let gelnhausen;

const env = serverAndBrowser({
  async setup() {
    gelnhausen = (await findPublic(env.server.url, 'regions', "name='Gelnhausen'")).id;
  },
});

/** Anna submits an idea in Gelnhausen; returns it, published unless premoderated. */
function ideaByAnna(title, { publish = false } = {}) {
  return ideaBy(env.server.url, 'anna@demo.mitwirken.de', { title, region: gelnhausen, publish });
}

async function openWorkspace(page) {
  await followNav(page, 'Arbeitsbereich');
  await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();
}

test('a moderator hides a reported idea with a reason in the workspace', async () => {
  const title = `Bitte ausblenden ${Date.now()}`;
  const idea = await ideaByAnna(title);
  const ben = await api(env.server.url, 'ben@demo.mitwirken.de');
  await ben.call('/api/collections/reports/records', { method: 'POST', body: { reporter: ben.record.id, idea: idea.id, reason: 'spam' } });

  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.url, 'mehmet@demo.mitwirken.de');
  await openWorkspace(page);
  const item = page.getByRole('region', { name: /Offene Meldungen/ }).locator('li.workspace-item', { hasText: title });
  await item.locator('summary', { hasText: 'Ausblenden' }).click();
  await item.getByLabel('Grund für das Ausblenden').selectOption('spam');
  await item.getByLabel(/Erklärung für die Person/).fill('Werbung für ein Produkt.');
  await item.getByRole('button', { name: 'Ausblenden' }).click();
  await page.getByRole('region', { name: /Ausgeblendete Ideen/ }).getByText(title).waitFor();
  await page.getByText('Ausgeblendet – die Person wurde benachrichtigt.').waitFor();
  await item.waitFor({ state: 'detached' });

  const mehmet = await api(env.server.url, 'mehmet@demo.mitwirken.de');
  const stored = await mehmet.call(`/api/collections/ideas/records/${idea.id}`);
  assert.equal(stored.hidden, true);
  assert.equal(stored.moderation_reason, 'spam');
  assert.equal(stored.moderation_note, 'Werbung für ein Produkt.');

  const found = [...(await audit(page, 'de moderator'))];
  await setLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'Workspace' }).waitFor();
  found.push(...(await audit(page, 'en moderator')));
  assert.deepEqual(found, []);
  await context.close();
});

test('staff move a published idea to in review with a public response', async () => {
  const title = `Bitte prüfen ${Date.now()}`;
  const idea = await ideaByAnna(title, { publish: true });

  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.url, 'stefan@demo.mitwirken.de');
  await openWorkspace(page);
  await page.getByText('Mittlere Zeit bis zur ersten Antwort').waitFor();
  const found = [...(await audit(page, 'de staff'))];

  const item = page.locator('li.workspace-item', { hasText: title });
  await item.getByRole('button', { name: 'Stand ändern' }).click();
  await item.getByText('Bitte schreiben Sie eine Antwort.').waitFor();
  await item.getByLabel('Neuer Stand').selectOption('in_review');
  await item.getByLabel('Öffentliche Antwort').fill('Wir prüfen Ihren Vorschlag.');
  await item.getByRole('button', { name: 'Stand ändern' }).click();
  await item.locator('.badge', { hasText: 'In Prüfung' }).waitFor();

  const stefan = await api(env.server.url, 'stefan@demo.mitwirken.de');
  const changes = await stefan.list('status_changes', `idea='${idea.id}' && to='in_review'`);
  assert.equal(changes.length, 1);
  assert.equal(changes[0].response, 'Wir prüfen Ihren Vorschlag.');
  assert.equal(changes[0].actor, stefan.record.id);

  await setLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'Workspace' }).waitFor();
  found.push(...(await audit(page, 'en staff')));
  assert.deepEqual(found, []);
  await context.close();
});

test('a citizen is not offered the workspace', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const memberships = page.waitForResponse((r) => r.url().includes('/api/collections/memberships/records'));
  await signIn(page, env.server.url, 'anna@demo.mitwirken.de');
  await memberships;
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole('link', { name: 'Arbeitsbereich' }).count(), 0);
  await page.goto(env.server.url + '/workspace');
  await page.getByText(/Der Arbeitsbereich ist für/).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Arbeitsbereich' }).count(), 0);
  await context.close();
});

test('a long list shows its first 100 items and more on request', async () => {
  const admin = await api(env.server.url);
  const anna = await api(env.server.url, 'anna@demo.mitwirken.de');
  const stamp = Date.now();
  for (let start = 0; start < 101; start += 50) {
    const requests = [];
    for (let i = start; i < Math.min(start + 50, 101); i++) {
      requests.push({
        method: 'POST', url: '/api/collections/ideas/records',
        body: { author: anna.record.id, region: gelnhausen, title: `Lange Liste ${stamp} Nr. ${i}`, body: 'Eine von vielen Ideen, damit die Liste lang wird.' },
      });
    }
    await admin.call('/api/batch', { method: 'POST', body: { requests } });
  }

  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.url, 'stefan@demo.mitwirken.de');
  await openWorkspace(page);
  const heading = page.getByRole('heading', { level: 2, name: /^Offene Ideen, älteste zuerst/ });
  await heading.filter({ hasText: '(100+)' }).waitFor();
  const open = page.getByRole('region', { name: /Offene Ideen, älteste zuerst/ });
  assert.equal(await open.locator('li.workspace-item').count(), 100);
  await open.getByRole('button', { name: 'Weitere anzeigen' }).click();
  await heading.filter({ hasText: /\((1\d\d)\)$/ }).waitFor();
  assert.ok((await open.locator('li.workspace-item').count()) > 100);
  assert.equal(await open.getByRole('button', { name: 'Weitere anzeigen' }).count(), 0);
  await context.close();
});
