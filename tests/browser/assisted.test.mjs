// Entries for someone who is not online: Uwe, a volunteer of the VdK, takes
// down an idea in a village hall without a signal. His memberships were
// kept on the device at his last online visit, the entry waits in the
// outbox, and it reaches the server exactly once when the signal returns,
// without an author, entered by him for the VdK. A volunteer who left the
// organization meanwhile sees the server's refusal in the outbox view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';
import { api, audit, chooseRegion, newMember, outbox, setLanguage, signIn, waitForFlushed, waitForServiceWorker, followNav } from './steps.mjs';

const env = serverAndBrowser();

/** Signs in, chooses Gelnhausen and opens the entry form once while online. */
async function volunteerOnline(email) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.url, email);
  await page.goto(env.server.url + '/region');
  await chooseRegion(page, 'Gelnhausen');
  await waitForServiceWorker(page);
  await followNav(page, 'Für jemanden eintragen');
  await page.getByRole('heading', { level: 1, name: 'Für jemanden eintragen' }).waitFor();
  await page.getByLabel('Für welchen Ort?').waitFor();
  return { context, page };
}

/** Fills the idea form; consent is ticked unless told otherwise. */
async function enterIdea(page, title, { consent = true, channel = 'Auf einem Papierformular' } = {}) {
  await page.getByLabel(channel).check();
  await page.getByLabel('Für welchen Ort?').selectOption({ label: 'Gelnhausen' });
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beschreibung').fill('Frau K. wünscht sich eine Sprechstunde des Bürgerbüros im Dorf.');
  if (consent) await page.getByLabel(/Die Person ist einverstanden/).check();
  await page.getByRole('button', { name: 'Eintragen' }).click();
}

test('a volunteer enters an idea from a paper form offline, and it syncs exactly once', async () => {
  const { context, page } = await volunteerOnline('uwe@demo.mitwirken.de');
  const found = [...(await audit(page, 'de assisted'))];

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Für jemanden eintragen' }).waitFor();
  await page.getByText(/Keine Verbindung/).first().waitFor();

  const title = `Sprechstunde im Dorf ${Date.now()}`;
  await enterIdea(page, title, { consent: false });
  const summary = page.locator('.error-summary');
  await summary.getByRole('link', { name: 'Bitte bestätigen Sie, dass die Person einverstanden ist.' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'entry-consent', 'the summary links to the consent box');
  assert.equal((await outbox(page)).length, 0, 'nothing is queued without consent');

  await page.getByLabel(/Die Person ist einverstanden/).check();
  await page.getByRole('button', { name: 'Eintragen' }).click();
  await page.getByText('Die Idee ist gespeichert und wird gesendet, sobald eine Verbindung besteht.').waitFor();
  const [queued] = await outbox(page);
  assert.equal(queued.type, 'idea.create');
  assert.equal(queued.args.channel, 'paper');
  assert.equal(queued.args.consent, true);
  assert.equal(await page.getByLabel('Titel').inputValue(), '', 'the form is empty for the next person');
  const entry = page.getByRole('region', { name: 'Ihre Einträge für andere' }).getByRole('listitem').filter({ hasText: title });
  await entry.getByText('wartet auf Verbindung').waitFor();

  await context.setOffline(false);
  assert.deepEqual(await waitForFlushed(page), [], 'the outbox is empty');
  await page.reload(); // another sync round, which must not send it again
  await page.getByRole('heading', { level: 1, name: 'Für jemanden eintragen' }).waitFor();
  await waitForFlushed(page);
  // On the server now, and still listed for the volunteer: published, as Gelnhausen is not pre-moderated.
  await entry.getByText('Veröffentlicht').waitFor({ timeout: 30_000 });
  assert.equal(await entry.getByText('wartet auf Verbindung').count(), 0);

  const admin = await api(env.server.url);
  const uwe = await api(env.server.url, 'uwe@demo.mitwirken.de');
  const stored = await admin.list('ideas', `title='${title}'`);
  assert.equal(stored.length, 1, 'the idea exists once');
  assert.equal(stored[0].channel, 'paper');
  assert.equal(stored[0].entered_by, uwe.record.id);
  assert.equal(stored[0].author, '');
  assert.equal(stored[0].consent, true);
  const [vdk] = await admin.list('memberships', `user='${uwe.record.id}'`);
  assert.equal(stored[0].organization, vdk.organization);

  await setLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'Enter for someone' }).waitFor();
  await page.getByLabel('A rating of a service').check();
  await page.getByLabel('Which service?').waitFor();
  found.push(...(await audit(page, 'en assisted, rating')));
  assert.deepEqual(found, []);
  await context.close();
});

test('a volunteer rates a service for someone in conversation', async () => {
  const { context, page } = await volunteerOnline('dieter@demo.mitwirken.de');
  await page.getByLabel('Eine Bewertung eines Dienstes').check();
  await page.getByLabel('Für welchen Ort?').selectOption({ label: 'Gelnhausen' });
  await page.getByRole('button', { name: 'Eintragen' }).click();
  await page.locator('.error-summary').getByRole('link', { name: 'Bitte wählen Sie einen Dienst.' }).waitFor();
  await page.getByLabel('Welcher Dienst?').selectOption({ label: 'Wohngeld beantragen' });
  await page.getByLabel('2 Sterne: schlecht').check();
  const text = `Der Antrag war zu lang ${Date.now()}`;
  await page.getByLabel(/Was ist Ihnen aufgefallen/).fill(text);
  await page.getByLabel(/Die Person ist einverstanden/).check();
  await page.getByRole('button', { name: 'Eintragen' }).click();
  await page.locator('.confirmation').getByText('Die Bewertung ist eingetragen.').waitFor();
  await waitForFlushed(page);
  const entries = page.getByRole('region', { name: 'Ihre Einträge für andere' });
  await entries.getByText('Bewertung von „Wohngeld beantragen“: 2 von 5 Sternen').first().waitFor();
  // The outbox in IndexedDB empties first; the view redraws from it a moment later.
  await entries.getByText('wartet auf Verbindung').first().waitFor({ state: 'detached' });

  const admin = await api(env.server.url);
  const stored = await admin.list('feedback', `text='${text}'`);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].channel, 'assisted');
  assert.equal(stored[0].author, '');
  assert.equal(stored[0].rating, 2);
  await context.close();
});

test('an entry by someone who left the organization meanwhile is refused and shown as such', async () => {
  const admin = await api(env.server.url);
  const { email, membership } = await newMember(env.server.url, 'Vera Ehrenamt', ['VdK', 'Main-Kinzig'], 'member');

  const { context, page } = await volunteerOnline(email);
  await context.setOffline(true);
  const title = `Bank am Friedhof ${Date.now()}`;
  await enterIdea(page, title, { channel: 'Im Gespräch (zum Beispiel in einer Sprechstunde)' });
  await page.getByText('Die Idee ist gespeichert').waitFor();
  await admin.call(`/api/collections/memberships/records/${membership.id}`, { method: 'DELETE' });

  await context.setOffline(false);
  await page.getByText('1 Beitrag wurde nicht angenommen.').waitFor({ timeout: 30_000 });
  const [rejected] = await outbox(page);
  assert.equal(rejected.state, 'rejected');
  await page.locator('.confirmation').getByText('Der Server hat den Beitrag nicht angenommen.').waitFor();
  await page.locator('.notices').getByRole('link', { name: 'Grund ansehen und korrigieren' }).click();
  await page.locator('li.queued.rejected', { hasText: title }).locator('.error').waitFor();
  assert.equal((await admin.list('ideas', `title='${title}'`)).length, 0, 'the server has no such idea');
  await context.close();
});
