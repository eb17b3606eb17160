// Journeys of issue 11 on a 390x844 phone, each checked on the server too:
// a signed-out rating that waits for sign-in and is sent after signing up,
// the password reset without email, the error summary of the idea form and
// its confirmation, the municipality search over villages (offline too), and
// the back-online summary with a discard that asks first. Each view has no
// axe violations in German and English. SCREENSHOTS=dir keeps screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';
import { PASSWORD, api, audit, chooseRegion, findPublic, followNav, openMenu, outbox, setLanguage, signIn, waitForFlushed, waitForServiceWorker } from './steps.mjs';

const env = serverAndBrowser();
const PHONE = { viewport: { width: 390, height: 844 } };

async function phone() {
  const context = await env.browser.newContext(PHONE);
  return { context, page: await context.newPage() };
}

async function shot(page, name, subject) {
  if (!process.env.SCREENSHOTS) return;
  await subject?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${process.env.SCREENSHOTS}/${name}.png` });
}

const focusedClass = (page) => page.evaluate(() => document.activeElement?.className || '');

/**
 * True when the element's top is on the phone's screen, once a smooth scroll
 * (html { scroll-behavior: smooth } when motion is welcome) has settled.
 */
async function inView(locator) {
  const onScreen = async () => {
    const box = await locator.boundingBox();
    return box && box.y >= 0 && box.y < PHONE.viewport.height;
  };
  for (let tries = 0; tries < 20 && !(await onScreen()); tries++) await new Promise((r) => setTimeout(r, 100));
  return onScreen();
}

async function auditBoth(page, label) {
  const found = [...(await audit(page, 'de ' + label))];
  await setLanguage(page, 'English');
  found.push(...(await audit(page, 'en ' + label)));
  await setLanguage(page, 'Deutsch');
  return found;
}

test('a signed-out rating waits for sign-in, and after signing up the person is back and told it was sent', async () => {
  const { context, page } = await phone();
  const wohngeld = await findPublic(env.server.url, 'services', "name='Wohngeld beantragen'");
  await page.goto(env.server.url);
  await chooseRegion(page, 'Gelnhausen');
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();
  await page.goto(`${env.server.url}/services/${wohngeld.id}`);
  await page.getByLabel('4 Sterne: gut').check();
  await page.getByRole('button', { name: 'Bewertung senden' }).click();

  const panel = page.locator('.confirmation');
  await panel.getByText('Sie wird gesendet, sobald Sie sich anmelden oder ein Konto anlegen.').waitFor();
  assert.match(await focusedClass(page), /confirmation/, 'focus moves to the confirmation');
  assert.ok(await inView(panel), 'the confirmation is on the screen');
  await page.getByText('wartet auf Anmeldung').first().waitFor();
  assert.equal(await page.getByText('wartet auf Verbindung').count(), 0, 'not "waiting for a connection" while signed out');
  const found = await auditBoth(page, 'signed-out rating');
  await shot(page, 'rating-signed-out');

  await panel.getByRole('link', { name: 'Konto anlegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Konto anlegen' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('next'), `/services/${wohngeld.id}`, 'sign-up keeps ?next=');
  await page.getByRole('heading', { name: 'Was wir speichern' }).waitFor();
  found.push(...(await auditBoth(page, 'sign-up')));
  await shot(page, 'sign-up');
  const email = `rita-rueckweg-${Date.now()}@example.org`;
  await page.getByLabel('Angezeigter Name').fill('Rita Rückweg');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Passwort wiederholen').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Konto anlegen' }).click();

  await page.waitForURL(`${env.server.url}/services/${wohngeld.id}`);
  await panel.getByText('Sie sind angemeldet.').waitFor();
  await panel.getByText('Ihr Beitrag ist gesendet.').waitFor({ timeout: 30_000 });
  assert.match(await focusedClass(page), /confirmation/);
  await shot(page, 'rating-sent-after-sign-up');
  const rita = await api(env.server.url, email);
  const ratings = await (await api(env.server.url)).list('feedback', `author='${rita.record.id}'`);
  assert.equal(ratings.length, 1, 'the server has exactly one rating of hers');
  assert.equal(ratings[0].rating, 4);
  assert.deepEqual(found, []);
  await context.close();
});

test('a forgotten password: the sign-in page links to the reset, which says plainly that no email is configured', async () => {
  const platform = await (await fetch(env.server.url + '/api/platform')).json();
  assert.equal(platform.emailConfigured, false, 'the demo server has no SMTP');
  const { context, page } = await phone();
  await page.goto(env.server.url + '/signin');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Passwort vergessen' }).waitFor();
  await page.getByText(/kann keine E-Mails verschicken/).waitFor();
  assert.equal(await page.getByLabel('E-Mail-Adresse').count(), 0, 'no form that would pretend to send a link');
  const found = await auditBoth(page, 'forgot password');
  await shot(page, 'forgot-password-no-email');

  // The page the mailed link opens: a made-up token is refused in words.
  await page.goto(env.server.url + '/reset-password#token=made-up');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  const summary = page.locator('.error-summary');
  await summary.getByRole('link', { name: /Das Passwort ist zu kurz/ }).waitFor();
  await page.getByLabel('Neues Passwort').fill('ein-neues-passwort');
  await page.getByLabel('Passwort wiederholen').fill('ein-neues-passwort');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await summary.getByText('Der Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.').waitFor();
  found.push(...(await auditBoth(page, 'reset password')));
  await shot(page, 'reset-password-invalid');
  assert.deepEqual(found, []);
  await context.close();
});

test('an empty idea form shows one error summary that links to the fields, clears as they are fixed, and a confirmation follows', async () => {
  const { context, page } = await phone();
  await signIn(page, env.server.url, 'anna@demo.mitwirken.de');
  await page.goto(env.server.url + '/ideas/new');
  await page.getByRole('heading', { level: 1, name: 'Idee einreichen' }).waitFor();
  // The form needs the municipality from the synced catalogue, which comes
  // with the first pull after signing in.
  await page.getByRole('main').getByRole('button', { name: 'Idee einreichen' }).click({ timeout: 60_000 });

  const summary = page.locator('.error-summary');
  await summary.getByRole('heading', { name: 'Es gibt ein Problem' }).waitFor();
  assert.match(await focusedClass(page), /error-summary/, 'focus moves to the summary');
  const links = summary.getByRole('link');
  assert.deepEqual(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href'))), ['#idea-title', '#idea-body']);
  assert.match(await page.locator('#idea-title').getAttribute('aria-describedby'), /idea-title-error/);
  const found = await auditBoth(page, 'idea form with errors');
  await shot(page, 'idea-error-summary');

  await links.first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'idea-title', 'the link goes to the field');
  const title = `Wohngeld-Antrag in Leichter Sprache, bitte ${Date.now()}`;
  await page.keyboard.type(title);
  await summary.getByRole('link', { name: /Titel ist zu kurz/ }).waitFor({ state: 'detached' });
  assert.equal(await page.locator('#idea-title-error').count(), 0, 'the field error is gone once it is fixed');
  assert.equal(await links.count(), 1, 'the body error is still listed');

  // The similar ideas show right under the title, on the screen while it is typed.
  const similar = page.locator('.similar');
  await similar.getByRole('link', { name: 'Wohngeld-Antrag in Leichter Sprache' }).waitFor({ timeout: 15_000 });
  assert.ok(await inView(similar.getByRole('heading', { name: /Ähnliche Ideen/ })), 'similar ideas are in view under the title');
  await shot(page, 'idea-similar-under-title');

  await page.getByLabel('Beschreibung').fill('Der Antrag soll in Leichter Sprache erklärt werden, mit Beispielen.');
  await summary.waitFor({ state: 'detached' });
  await page.getByRole('main').getByRole('button', { name: 'Idee einreichen' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const panel = page.locator('.confirmation');
  await panel.getByText('Danke für Ihre Idee!').waitFor();
  await panel.getByText('Ihr Beitrag ist gesendet.').waitFor({ timeout: 30_000 });
  assert.match(await focusedClass(page), /confirmation/);
  await shot(page, 'idea-confirmation');
  const anna = await api(env.server.url, 'anna@demo.mitwirken.de');
  assert.equal((await anna.list('ideas', `title='${title}'`)).length, 1, 'the idea is on the server once');

  // In English the service picker names services as the services list does: English, then the official German name.
  await page.goto(env.server.url + '/ideas/new');
  await page.getByRole('heading', { level: 1, name: 'Idee einreichen' }).waitFor();
  await setLanguage(page, 'English');
  const services = await page.locator('#idea-service option').allTextContents();
  await setLanguage(page, 'Deutsch');
  assert.ok(services.includes('Apply for housing benefit (Wohngeld beantragen)'), `English names in the picker: ${services.slice(0, 4)}`);
  assert.deepEqual(found, []);
  await context.close();
});

test('the chooser finds Gelnhausen from a typo and a Gemeinde from one of its villages, offline too', async () => {
  const gelnhausen = await findPublic(env.server.url, 'regions', "name='Gelnhausen'");
  assert.ok(gelnhausen.ortsteile.includes('Hailer'), 'the server lists Hailer as a village of Gelnhausen');
  const { context, page } = await phone();
  await page.goto(env.server.url);
  const search = page.getByLabel('Gemeinde oder Ortsteil suchen');
  await search.fill('gelnhausn');
  await page.getByRole('button', { name: /^Gelnhausen/ }).waitFor();
  const found = [];
  for (const [language, label] of [['Deutsch', 'de'], ['English', 'en'], ['Leichte Sprache', 'de-simple']]) {
    await setLanguage(page, language);
    found.push(...(await audit(page, label + ' chooser search')));
  }
  await setLanguage(page, 'Deutsch');
  await shot(page, 'chooser-typo', page.getByRole('button', { name: /^Gelnhausen/ }));
  await search.fill('Hailer');
  await page.getByRole('button', { name: /Hailer \(Ortsteil von Gelnhausen\)/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();

  // Offline, the search runs on the regions synced to the device.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== undefined);
  await context.setOffline(true);
  await openMenu(page);
  await page.getByRole('link', { name: 'Gemeinde ändern' }).first().click();
  await page.getByLabel('Gemeinde oder Ortsteil suchen').fill('Dörnigheim');
  await page.getByRole('button', { name: /Dörnigheim \(Ortsteil von Maintal\)/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Maintal' }).waitFor();
  assert.deepEqual(found, []);
  await context.close();
});

test('back online, a summary says how many contributions went out; discarding one asks first', async () => {
  const { context, page } = await phone();
  await signIn(page, env.server.url, 'anna@demo.mitwirken.de');
  const target = await findPublic(env.server.url, 'ideas', "title='Wohngeld-Antrag in Leichter Sprache'");
  await page.goto(env.server.url + '/ideas/' + target.id);
  // Offline use is the installed app's: the worker keeps what the page loads
  // later (the English texts for the audit below).
  await waitForServiceWorker(page);
  await page.getByLabel('Ihr Kommentar').waitFor();
  await context.setOffline(true);
  const stamp = Date.now();
  for (const n of [1, 2, 3, 4]) {
    await page.getByLabel('Ihr Kommentar').fill(`Offline-Kommentar ${n} ${stamp}`);
    await page.getByRole('button', { name: 'Kommentar senden' }).click();
    await page.locator('.confirmation').getByText('Danke für Ihren Kommentar!').waitFor();
    await page.getByText(n === 1 ? '1 Beitrag wartet auf Verbindung.' : `${n} Beiträge warten auf Verbindung.`).waitFor();
  }
  await page.getByText('4 Beiträge warten auf Verbindung.').waitFor();
  await followNav(page, 'Meine Beiträge');
  const item = page.locator('li.queued', { hasText: `Kommentar zu` }).last();
  await item.getByRole('button', { name: /Verwerfen/ }).click();
  const question = item.getByText(/wirklich verwerfen\?/);
  await question.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent || ''), await question.textContent(), 'focus moves to the question');
  assert.equal((await outbox(page)).length, 4, 'nothing is discarded before the person confirms');
  const found = await auditBoth(page, 'discard question');
  await shot(page, 'discard-question', item);
  await item.getByRole('button', { name: 'Behalten' }).click();
  assert.equal((await outbox(page)).length, 4, '"keep" keeps it');
  await item.getByRole('button', { name: /Verwerfen/ }).click();
  await item.getByRole('button', { name: 'Ja, verwerfen' }).click();
  await page.getByText(/^Verworfen: Kommentar zu/).waitFor();
  assert.equal((await outbox(page)).length, 3);

  await context.setOffline(false);
  await waitForFlushed(page);
  await page.getByText('3 Beiträge gesendet.').waitFor({ timeout: 30_000 });
  found.push(...(await audit(page, 'de back online')));
  await shot(page, 'back-online-summary');
  const anna = await api(env.server.url, 'anna@demo.mitwirken.de');
  const comments = await anna.list('comments', `author='${anna.record.id}' && body~'${stamp}'`);
  assert.equal(comments.length, 3, 'three comments reached the server, the discarded one did not');
  await page.getByRole('button', { name: 'Ausblenden' }).click();
  await page.getByText('3 Beiträge gesendet.').waitFor({ state: 'detached' });
  assert.deepEqual(found, []);
  await context.close();
});
