// The inbox and the solutions from the region: Anna sees that her idea was
// published, marks it read and turns off email; Rita (staff of the
// Rheingau-Taunus-Kreis) adopts a solution shared by another district; both
// views have no axe violations in German and English. The accessibility
// statement shows the operator's contact, offline too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';
import { api, findPublic, signIn, audit, setLanguage, followNav, ideaBy } from './steps.mjs';

let solution;

const env = serverAndBrowser({
  async setup() {
    // Share an implemented idea from outside Rita's regions as a solution.
    const admin = await api(env.server.url);
    const rita = await api(env.server.url, 'rita@demo.mitwirken.de');
    const [membership] = await admin.list('memberships', `user='${rita.record.id}' && role='staff'`);
    const organization = await admin.call(`/api/collections/organizations/records/${membership.organization}`);
    const implemented = await admin.list('ideas', "status='implemented'");
    const origin = implemented.find((idea) => !organization.regions.includes(idea.region));
    assert.ok(origin, 'an implemented demo idea outside Rita\'s regions');
    solution = await admin.call(`/api/collections/ideas/records/${origin.id}`, { method: 'PATCH', body: { shared_solution: true } });
  },
});

test('anna sees a notification, marks it read and turns off email', async () => {
  const gelnhausen = (await findPublic(env.server.url, 'regions', "name='Gelnhausen'")).id;
  const anna = await api(env.server.url, 'anna@demo.mitwirken.de');
  const title = `Bitte benachrichtigen ${Date.now()}`;
  const idea = await ideaBy(env.server.url, 'anna@demo.mitwirken.de', { title, region: gelnhausen, body: 'Ein Vorschlag für das Postfach, mit genug Text.' });
  const admin = await api(env.server.url);
  if (idea.status === 'submitted') {
    await admin.call('/api/collections/status_changes/records', { method: 'POST', body: { idea: idea.id, to: 'published' } });
  } else {
    await admin.call('/api/collections/status_changes/records', { method: 'POST', body: { idea: idea.id, to: 'in_review', response: 'Wir prüfen das.' } });
  }

  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.url, 'anna@demo.mitwirken.de');
  await followNav(page, 'Benachrichtigungen');
  await page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
  const entry = page.locator('li.inbox-item', { hasText: title }).first();
  await entry.waitFor();
  assert.equal(await entry.getByRole('link', { name: new RegExp(title) }).getAttribute('href'), '/ideas/' + idea.id);
  await entry.getByRole('button', { name: 'Als gelesen markieren' }).click();
  await entry.getByRole('button', { name: 'Als gelesen markieren' }).waitFor({ state: 'detached' });
  const notes = await anna.list('notifications', `idea='${idea.id}'`);
  assert.ok(notes.length > 0 && notes.every((n) => n.read), 'the notification is read on the server');

  const email = page.getByLabel('Benachrichtigungen auch per E-Mail');
  assert.equal(await email.isChecked(), true);
  await email.uncheck();
  await page.getByText('Ihre Einstellung ist gespeichert.').waitFor();
  assert.equal((await anna.call(`/api/collections/users/records/${anna.record.id}`)).email_opt_out, true);

  const found = [...(await audit(page, 'de inbox'))];
  await setLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  found.push(...(await audit(page, 'en inbox')));
  await setLanguage(page, 'Deutsch');
  await email.check();
  await page.getByText('Ihre Einstellung ist gespeichert.').waitFor();
  assert.equal((await anna.call(`/api/collections/users/records/${anna.record.id}`)).email_opt_out, false);
  assert.deepEqual(found, []);
  await context.close();
});

test('staff of another district adopt a shared solution', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const memberships = page.waitForResponse((r) => r.url().includes('/api/collections/memberships/records'));
  await signIn(page, env.server.url, 'rita@demo.mitwirken.de');
  await memberships;
  await followNav(page, 'Lösungen aus der Region');
  await page.getByRole('heading', { level: 1, name: 'Lösungen aus der Region' }).waitFor();
  const item = page.locator('li.workspace-item', { has: page.getByRole('heading', { name: solution.title }) });
  const found = [...(await audit(page, 'de solutions'))];
  await setLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'Solutions from the region' }).waitFor();
  found.push(...(await audit(page, 'en solutions')));
  await setLanguage(page, 'Deutsch');

  // Rita's Kreis covers its municipalities: she adopts for one of them.
  await item.getByLabel('Für welche Gemeinde oder welchen Kreis übernehmen?').selectOption({ label: 'Bad Schwalbach' });
  await item.getByRole('button', { name: 'Übernehmen' }).click();
  const link = item.getByRole('link', { name: 'Zur übernommenen Idee' });
  await link.waitFor();
  const href = await link.getAttribute('href');

  const rita = await api(env.server.url, 'rita@demo.mitwirken.de');
  const adoptions = await rita.list('adoptions', `origin='${solution.id}' && by='${rita.record.id}'`);
  assert.equal(adoptions.length, 1);
  assert.equal(href, '/ideas/' + adoptions[0].idea);
  const linked = await findPublic(env.server.url, 'ideas', `id='${adoptions[0].idea}'`);
  assert.equal(linked.adopted_from, solution.id);
  assert.equal(linked.region, adoptions[0].region);
  assert.equal(adoptions[0].region, (await findPublic(env.server.url, 'regions', "name='Bad Schwalbach'")).id);
  assert.deepEqual(found, []);
  await context.close();
});

test('the author of a hidden idea appeals once', async () => {
  const gelnhausen = (await findPublic(env.server.url, 'regions', "name='Gelnhausen'")).id;
  const anna = await api(env.server.url, 'anna@demo.mitwirken.de');
  const title = `Bitte widersprechen ${Date.now()}`;
  const idea = await ideaBy(env.server.url, 'anna@demo.mitwirken.de', { title, region: gelnhausen, body: 'Ein Vorschlag, der ausgeblendet wird, mit genug Text.' });
  const admin = await api(env.server.url);
  await admin.call(`/api/collections/ideas/records/${idea.id}`, { method: 'PATCH', body: { hidden: true, moderation_reason: 'spam' } });

  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.url, 'anna@demo.mitwirken.de');
  // The first pull of a busy region can take long on a slow line: the author
  // reaches the hidden idea before it, straight from the API.
  let releasePulls;
  const pullsHeld = new Promise((resolve) => (releasePulls = resolve));
  await page.route('**/api/sync/pull*', async (route) => {
    await pullsHeld;
    await route.continue().catch(() => {});
  });
  await page.goto(env.server.url + '/ideas/' + idea.id);
  await page.getByRole('heading', { level: 2, name: 'Widerspruch einlegen' }).waitFor();
  releasePulls();
  await page.getByLabel(/Warum soll Ihre Idee/).fill('Das ist keine Werbung, bitte prüfen Sie das noch einmal.');
  await page.getByRole('button', { name: 'Widerspruch senden' }).click();
  await page.getByText('Ihr Widerspruch ist eingegangen.').waitFor();
  const appeals = await anna.list('appeals', `idea='${idea.id}'`);
  assert.equal(appeals.length, 1);
  await context.close();
});

test('the accessibility statement names the operator\'s contact, offline too', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '/accessibility');
  const mail = page.getByRole('link', { name: 'E-Mail an barrierefreiheit@demo.mitwirken.de' });
  await mail.waitFor();
  assert.match(await mail.getAttribute('href'), /^mailto:barrierefreiheit@demo\.mitwirken\.de\?subject=/);
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 60_000 });
  await context.setOffline(true);
  await page.reload();
  await mail.waitFor();
  await context.close();
});
