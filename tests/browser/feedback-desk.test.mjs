// Closing the loop (issue 11), on a phone: Erika rates a service and writes
// what went wrong; Stefan, staff of her municipality, reads it on the
// feedback desk, answers and marks it fixed; Erika reads the answer under
// "Meine Beiträge". The author of a hidden idea reads why. The staff desk
// shows only the staff's own region and takes two steps in a row; a
// moderator dismisses a report. Every step is checked on the server, every
// new view with axe in German, English and Leichte Sprache, and screenshotted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serverAndBrowser } from './harness.mjs';
import {
  api, audit, chooseRegion, findPublic, ideaBy, recordApiTraffic, setLanguage, signIn, signUp, waitForFlushed,
} from './steps.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' };
const STEFAN = 'stefan@demo.mitwirken.de';
const MEHMET = 'mehmet@demo.mitwirken.de';
const ANNA = 'anna@demo.mitwirken.de';
const SHOTS = process.env.SCREENSHOT_DIR || join(tmpdir(), 'mitwirken-shots');

let gelnhausen;
let sondershausen;

const env = serverAndBrowser({
  async setup() {
    gelnhausen = (await findPublic(env.server.url, 'regions', "name='Gelnhausen'")).id;
    sondershausen = (await findPublic(env.server.url, 'regions', "name='Sondershausen'")).id;
    mkdirSync(SHOTS, { recursive: true });
  },
});

async function phone() {
  const context = await env.browser.newContext(PHONE);
  return { context, page: await context.newPage() };
}

/** Audits the page in German, English and Leichte Sprache, screenshotting each; ends in German. */
async function auditThreeLanguages(page, label, heading) {
  const found = [...(await audit(page, label + ' de'))];
  await page.screenshot({ path: join(SHOTS, `${label}-de.png`), fullPage: true });
  for (const [language, name] of [['English', 'en'], ['Leichte Sprache', 'de-simple']]) {
    await setLanguage(page, language);
    if (heading[name]) await page.getByRole('heading', { level: 1, name: heading[name] }).waitFor();
    found.push(...(await audit(page, `${label} ${name}`)));
    await page.screenshot({ path: join(SHOTS, `${label}-${name}.png`), fullPage: true });
  }
  await setLanguage(page, 'Deutsch');
  return found;
}

test('Erika rates a service, staff answer and fix it on the desk, Erika reads the answer', async () => {
  const admin = await api(env.server.url);
  const text = `Das Formular bricht beim Hochladen ab ${Date.now()}.`;
  const erika = await phone();
  const email = await signUp(erika.page, env.server.url, 'Erika Mustermann');
  await erika.page.goto(env.server.url + '/region');
  await chooseRegion(erika.page, 'Gelnhausen');
  await erika.page.goto(env.server.url + '/services');
  await erika.page.getByRole('main').locator('h3 a').first().click();
  await erika.page.getByRole('heading', { name: 'Diesen Dienst bewerten' }).waitFor();
  await erika.page.getByText(/Ihre Rückmeldung lesen die Mitarbeitenden von .*Stadt Gelnhausen/).waitFor();
  await erika.page.getByLabel('2 Sterne: schlecht').check();
  await erika.page.getByLabel('Nicht mit Vergrößerung oder Zoom nutzbar').check();
  await erika.page.getByLabel('Andere Barriere').check();
  await erika.page.getByLabel(/Welche andere Barriere/).fill('Kontrast zu schwach');
  await erika.page.getByLabel(/Was ist Ihnen aufgefallen/).fill(text);
  const found = [...(await auditThreeLanguages(erika.page, 'service-form', {}))];
  await erika.page.getByRole('button', { name: 'Bewertung senden' }).click();
  await waitForFlushed(erika.page);
  const [stored] = await admin.list('feedback', `text='${text}'`);
  assert.deepEqual(stored.barriers, ['magnification', 'other']);
  assert.equal(stored.barrier_other, 'Kontrast zu schwach');
  assert.equal(stored.state, 'new');

  const stefan = await phone();
  await signIn(stefan.page, env.server.url, STEFAN);
  await stefan.page.goto(env.server.url + '/workspace');
  await stefan.page.getByRole('link', { name: 'Rückmeldungen zu Diensten lesen und beantworten' }).click();
  await stefan.page.getByRole('heading', { level: 1, name: 'Rückmeldungen zu Diensten' }).waitFor();
  const entry = stefan.page.locator('li.feedback-entry', { hasText: text });
  await entry.getByText('Nicht mit Vergrößerung oder Zoom nutzbar, Andere Barriere: Kontrast zu schwach').waitFor();
  found.push(...(await auditThreeLanguages(stefan.page, 'feedback-desk', { en: 'Feedback on services', 'de-simple': 'Rückmeldungen zu Diensten' })));
  await entry.getByLabel('Stand').selectOption('fixed');
  await entry.getByLabel(/Antwort an die Person/).fill('Danke! Der Upload ist repariert.');
  await entry.getByRole('button', { name: 'Speichern' }).click();
  await stefan.page.getByText('Gespeichert – die Person wurde benachrichtigt.').waitFor();
  const answered = await admin.call(`/api/collections/feedback/records/${stored.id}`);
  assert.equal(answered.state, 'fixed');
  assert.equal(answered.answer, 'Danke! Der Upload ist repariert.');
  assert.ok(answered.fixed_at && answered.answered_at);
  const person = await api(env.server.url, email);
  const notices = await person.list('notifications', `kind='feedback_answered' && feedback='${stored.id}'`);
  assert.equal(notices.length, 1);

  await erika.page.goto(env.server.url + '/mine');
  const mine = erika.page.locator('li.my-feedback', { hasText: 'Danke! Der Upload ist repariert.' });
  await mine.waitFor({ timeout: 30_000 });
  await mine.getByText('Behoben').waitFor();
  found.push(...(await auditThreeLanguages(erika.page, 'mine-answer', { en: 'My contributions' })));
  assert.deepEqual(found, []);
  await erika.context.close();
  await stefan.context.close();
});

test('the author of a hidden idea reads the reason and the note above the appeal form', async () => {
  const idea = await ideaBy(env.server.url, ANNA, { title: `Telefonliste im Rathaus ${Date.now()}`, region: gelnhausen, publish: true });
  const mehmet = await api(env.server.url, MEHMET);
  await mehmet.call(`/api/collections/ideas/records/${idea.id}`, {
    method: 'PATCH', body: { hidden: true, moderation_reason: 'personal_data', moderation_note: 'Bitte ohne Telefonnummern.' },
  });
  const anna = await api(env.server.url, ANNA);
  const [notice] = await anna.list('notifications', `kind='hidden' && idea='${idea.id}'`);
  assert.equal(notice.reason, 'personal_data');
  assert.equal(notice.note, 'Bitte ohne Telefonnummern.');

  const { context, page } = await phone();
  const traffic = recordApiTraffic(page);
  await signIn(page, env.server.url, ANNA);
  await page.goto(env.server.url + '/ideas/' + idea.id);
  const banner = page.locator('.notice-hidden');
  await banner.getByText('Ausgeblendet').waitFor({ timeout: 30_000 });
  await banner.getByText('Enthält persönliche Daten').waitFor();
  await banner.getByText('Bitte ohne Telefonnummern.').waitFor();
  await page.getByRole('heading', { name: 'Widerspruch einlegen' }).waitFor();
  assert.equal(await page.getByText(/wird veröffentlicht, sobald/).count(), 0);
  const found = await auditThreeLanguages(page, 'hidden-idea', {});
  await page.goto(env.server.url + '/mine');
  // The list of one's own contributions comes from the first pull, which
  // brings a year of demo history.
  await page.locator('.notice-hidden', { hasText: 'Enthält persönliche Daten' }).waitFor({ timeout: 60_000 })
    .catch(async (error) => { throw await traffic.explain(error); });
  assert.deepEqual(found, []);
  await context.close();
});

test('the staff desk shows only the own region and takes two steps in a row', async () => {
  const stamp = Date.now();
  const own = await ideaBy(env.server.url, ANNA, { title: `Zwei Schritte ${stamp}`, region: gelnhausen, publish: true });
  const elsewhere = await ideaBy(env.server.url, 'clara@demo.mitwirken.de', { title: `Anderswo ${stamp}`, region: sondershausen, publish: true });
  const { context, page } = await phone();
  await signIn(page, env.server.url, STEFAN);
  await page.goto(env.server.url + '/workspace');
  const item = page.locator('li.workspace-item', { hasText: own.title });
  await item.waitFor();
  assert.equal(await page.getByText(elsewhere.title).count(), 0);
  await page.screenshot({ path: join(SHOTS, 'staff-desk-de.png'), fullPage: true });

  for (const [to, label, badge] of [['in_review', 'Wir prüfen das.', 'In Prüfung'], ['accepted', 'Wir machen das.', 'Angenommen']]) {
    await item.getByLabel('Neuer Stand').selectOption(to);
    await item.getByLabel('Öffentliche Antwort').fill(label);
    await item.getByRole('button', { name: 'Stand ändern' }).click();
    await item.locator('.badge', { hasText: badge }).waitFor();
    assert.equal(await item.getByRole('alert').count(), 0);
  }
  const admin = await api(env.server.url);
  const changes = await admin.list('status_changes', `idea='${own.id}' && to!='published'`);
  assert.deepEqual(changes.map((c) => [c.to, c.response]).sort(), [['accepted', 'Wir machen das.'], ['in_review', 'Wir prüfen das.']]);
  await context.close();
});

test('a moderator dismisses a report with a reason; the queue confirms it', async () => {
  const idea = await ideaBy(env.server.url, ANNA, { title: `Sachliche Kritik ${Date.now()}`, region: gelnhausen, publish: true });
  const ben = await api(env.server.url, 'ben@demo.mitwirken.de');
  const report = await ben.call('/api/collections/reports/records', { method: 'POST', body: { reporter: ben.record.id, idea: idea.id, reason: 'offensive' } });
  const { context, page } = await phone();
  await signIn(page, env.server.url, MEHMET);
  await page.goto(env.server.url + '/workspace');
  const item = page.getByRole('region', { name: /Offene Meldungen/ }).locator('li.workspace-item', { hasText: idea.title });
  await item.waitFor();
  await page.screenshot({ path: join(SHOTS, 'moderation-queue-de.png'), fullPage: true });
  await item.locator('summary', { hasText: 'Meldung zurückweisen' }).click();
  await item.getByRole('button', { name: 'Zurückweisen' }).click();
  await item.getByText('Bitte schreiben Sie eine Begründung.').waitFor();
  await item.getByLabel('Warum weisen Sie die Meldung zurück?').fill('Kritik an der Verwaltung ist erlaubt.');
  await item.getByRole('button', { name: 'Zurückweisen' }).click();
  await page.getByText('Meldung zurückgewiesen – der Beitrag bleibt sichtbar.').waitFor();
  await item.waitFor({ state: 'detached' });
  const found = await auditThreeLanguages(page, 'moderation-queue', { en: 'Workspace' });
  const admin = await api(env.server.url);
  const stored = await admin.call(`/api/collections/reports/records/${report.id}`);
  assert.equal(stored.dismissed, true);
  assert.equal(stored.dismiss_reason, 'Kritik an der Verwaltung ist erlaubt.');
  const logged = await admin.list('moderation_log', `action='dismiss_report' && target_id='${idea.id}'`);
  assert.equal(logged.length, 1);
  assert.deepEqual(found, []);
  await context.close();
});
