// Offline-first behaviour of the PWA against a real server: the app shell
// from the service worker, the outbox, exactly-once push and its answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';
import { startProxy } from './proxy.mjs';
import {
  api, audit, chooseRegion, findPublic, followNav, outbox, signIn, signUp, stored, waitForFlushed, waitForIdeas, waitForServiceWorker,
} from './steps.mjs';

const env = serverAndBrowser();

/** A fresh person in a fresh browser profile, signed up and synced for Gelnhausen. */
async function newPerson(name) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  const email = await signUp(page, env.server.url, name);
  await waitForIdeas(page);
  return { context, page, email };
}

test('offline journey: everything done offline reaches the server exactly once', async () => {
  const { context, page: first, email } = await newPerson('Offline Olli');
  await waitForServiceWorker(first);
  const wohngeld = await findPublic(env.server.url, 'services', "name='Wohngeld beantragen'");
  const target = await findPublic(env.server.url, 'ideas', "title='Wohngeld-Antrag in Leichter Sprache'");

  await context.setOffline(true);
  let page = first;
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();
  await page.getByText(/Keine Verbindung/).first().waitFor();

  // Rate a service and report a barrier.
  await followNav(page, 'Dienste');
  await page.getByRole('link', { name: 'Wohngeld beantragen' }).click();
  await page.getByLabel('4 Sterne: gut').check();
  await page.getByLabel('Zu kompliziert').check();
  await page.getByLabel(/Was ist Ihnen aufgefallen/).fill('Offline bewertet: die Fragen zum Einkommen sind schwer.');
  await page.getByRole('button', { name: 'Bewertung senden' }).click();
  await page.getByText('Danke! Ihre Bewertung ist gespeichert.').waitFor();
  await page.getByText('wartet auf Verbindung').first().waitFor();

  // Submit an idea.
  const title = `Offline eingereicht ${Date.now()}`;
  await followNav(page, 'Idee einreichen');
  await page.getByLabel('Titel').fill(title);
  // Offline, similar ideas come from the local data.
  await page.getByLabel('Beschreibung').fill('Ohne Netz geschrieben: den Wohngeld-Antrag in Leichter Sprache mit einer Checkliste der Nachweise.');
  await page.getByText(/In den gespeicherten Ideen gibt es \d ähnliche Idee/).waitFor();
  await page.locator('.similar').getByRole('link', { name: 'Wohngeld-Antrag in Leichter Sprache' }).waitFor();
  await page.getByRole('button', { name: 'Idee einreichen' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText('wartet auf Verbindung').first().waitFor();

  // Vote and comment on an existing idea.
  await page.goto(env.server.url + '/ideas/' + target.id);
  await page.getByRole('button', { name: 'Idee unterstützen' }).click();
  await page.getByText(`${target.votes_count + 1} Stimmen`).waitFor();
  const comment = `Offline kommentiert ${Date.now()}`;
  await page.getByLabel('Ihr Kommentar').fill(comment);
  await page.getByRole('button', { name: 'Kommentar senden' }).click();
  await page.getByText(comment).waitFor();
  assert.equal((await outbox(page)).length, 4);

  // Close the page and open the app again, still offline: the outbox is kept.
  await page.close();
  page = await context.newPage();
  await page.goto(env.server.url + '/mine');
  await page.getByRole('heading', { name: 'Warten auf Verbindung' }).waitFor();
  assert.equal(await page.locator('li.queued').count(), 4);
  await page.getByText('4 Beiträge warten auf Verbindung.').waitFor();

  await context.setOffline(false);
  const left = await waitForFlushed(page);
  assert.deepEqual(left, [], 'the outbox is empty');
  await page.getByText('Alle Beiträge sind gesendet.').waitFor();

  const person = await api(env.server.url, email);
  const me = person.record.id;
  assert.equal((await person.list('ideas', `title='${title}'`)).length, 1, 'the idea exists once');
  assert.equal((await person.list('feedback', `author='${me}' && service='${wohngeld.id}'`)).length, 1, 'the rating exists once');
  assert.equal((await person.list('votes', `user='${me}' && idea='${target.id}'`)).length, 1, 'the vote exists once');
  assert.equal((await person.list('comments', `body='${comment}'`)).length, 1, 'the comment exists once');
  const after = await findPublic(env.server.url, 'ideas', `id='${target.id}'`);
  assert.equal(after.votes_count, target.votes_count + 1);
  await context.close();
});

test('a push whose reply is lost is retried without duplicates', async () => {
  const { context, page, email } = await newPerson('Funkloch Frida');
  const target = await findPublic(env.server.url, 'ideas', "title='Vorlesefunktion für Online-Formulare'");
  let pushes = 0;
  // The first push reaches the server, but its reply never arrives.
  await context.route('**/api/sync/push', async (route) => {
    pushes++;
    if (pushes === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await page.goto(env.server.url + '/ideas/' + target.id);
  const comment = `Antwort verloren ${Date.now()}`;
  await page.getByLabel('Ihr Kommentar').fill(comment);
  await page.getByRole('button', { name: 'Kommentar senden' }).click();
  await page.getByRole('button', { name: 'Idee unterstützen' }).click();

  const left = await waitForFlushed(page);
  assert.deepEqual(left, [], 'nothing rejected, nothing left');
  assert.ok(pushes >= 2, `the push was retried (${pushes} pushes)`);
  const person = await api(env.server.url, email);
  assert.equal((await person.list('comments', `body='${comment}'`)).length, 1);
  assert.equal((await person.list('votes', `user='${person.record.id}' && idea='${target.id}'`)).length, 1);

  // Retracting the vote and reporting the idea go the same way.
  await page.getByRole('button', { name: 'Unterstützung zurücknehmen' }).click();
  const reportForm = page.locator('details.report').filter({ hasText: 'Idee melden' });
  await reportForm.getByText('Idee melden').click();
  await reportForm.getByLabel('Grund der Meldung').selectOption({ label: 'Gehört nicht hierher' });
  await reportForm.getByRole('button', { name: 'Meldung senden' }).click();
  await page.getByText('Sie haben diesen Beitrag gemeldet. Danke!').waitFor();
  assert.deepEqual(await waitForFlushed(page), []);
  assert.equal((await person.list('votes', `user='${person.record.id}' && idea='${target.id}'`)).length, 0, 'the vote is retracted');
  const reports = await person.list('reports', `reporter='${person.record.id}'`);
  assert.deepEqual(reports.map((r) => [r.idea, r.reason]), [[target.id, 'off_topic']]);
  await page.getByRole('button', { name: 'Idee unterstützen' }).waitFor();
  await context.close();
});

test('a push refused with 429 keeps the outbox and is sent again later', async () => {
  const { context, page, email } = await newPerson('Eilige Erika');
  const target = await findPublic(env.server.url, 'ideas', "title='Vorlesefunktion für Online-Formulare'");
  const sent = []; // the mutation ids of each push, from the page or the service worker
  // The first two pushes find the person's limit per minute used up.
  await context.route('**/api/sync/push', async (route) => {
    sent.push(route.request().postDataJSON().mutations.map((m) => m.id));
    if (sent.length > 2) return route.continue();
    return route.fulfill({
      status: 429, contentType: 'application/json', headers: { 'Retry-After': '60' },
      body: JSON.stringify({ status: 429, message: 'Zu viele Änderungen in einer Minute; bitte gleich noch einmal versuchen.',
        data: { mutations: { code: 'sync_rate_limited', message: 'Zu viele Änderungen in einer Minute; bitte gleich noch einmal versuchen.' } } }),
    });
  });
  await page.goto(env.server.url + '/ideas/' + target.id);
  const comment = `Nach dem Limit ${Date.now()}`;
  await page.getByLabel('Ihr Kommentar').fill(comment);
  await page.getByRole('button', { name: 'Kommentar senden' }).click();

  assert.deepEqual(await waitForFlushed(page), [], 'sent in the end, nothing left');
  assert.ok(sent.length >= 3, `pushed until accepted (${sent.length} pushes)`);
  assert.equal(sent[0].length, 1);
  assert.deepEqual(sent[1], sent[0], 'the refused mutation was kept and sent again');
  assert.deepEqual(sent[2], sent[0], 'and again, with the same id');
  const person = await api(env.server.url, email);
  assert.equal((await person.list('comments', `body='${comment}'`)).length, 1);
  await context.close();
});

test('a rejected mutation is shown with its reason and can be discarded', async () => {
  const { context, page } = await newPerson('Abgelehnt Anton');
  const target = await findPublic(env.server.url, 'ideas', "title='Termin im Bürgerbüro auch per Telefon buchen'");
  await page.goto(env.server.url + '/ideas/' + target.id);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Idee unterstützen' }).click();
  await page.getByText('wartet auf Verbindung').first().waitFor();

  // Meanwhile the district declines the idea.
  const admin = await api(env.server.url);
  await admin.call('/api/collections/status_changes/records', {
    method: 'POST',
    body: { idea: target.id, to: 'declined', response: 'Eine telefonische Terminvergabe ist leider nicht möglich.' },
  });

  await context.setOffline(false);
  await page.getByText('1 Beitrag wurde nicht angenommen.').waitFor({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Grund ansehen und korrigieren' }).click();
  const item = page.locator('li.queued.rejected');
  await item.getByText('Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.').waitFor();
  const [rejected] = await outbox(page);
  assert.equal(rejected.state, 'rejected');
  assert.equal(rejected.error.code, 'vote_idea_declined');

  await item.getByRole('button', { name: /Verwerfen/ }).click();
  await item.getByRole('button', { name: 'Ja, verwerfen' }).click();
  await page.getByText('Keine.', { exact: true }).waitFor();
  assert.deepEqual(await outbox(page), []);
  await context.close();
});

test('two tabs flushing at once send every mutation once', async () => {
  const { context, page: one, email } = await newPerson('Zwei Tabs Tanja');
  const two = await context.newPage();
  await two.goto(env.server.url + '/');
  await waitForIdeas(two);
  const target = await findPublic(env.server.url, 'ideas', "title='Kita-Platz-Suche: Wartelistenstatus online sehen'");
  await context.setOffline(true);

  const bodies = [];
  for (const [tab, page] of [['eins', one], ['zwei', two]]) {
    await page.goto(env.server.url + '/ideas/' + target.id);
    for (let i = 1; i <= 3; i++) {
      const body = `Tab ${tab}, Kommentar ${i} ${Date.now()}`;
      bodies.push(body);
      await page.getByLabel('Ihr Kommentar').fill(body);
      await page.getByRole('button', { name: 'Kommentar senden' }).click();
      await page.getByText(body).waitFor();
    }
  }
  await one.getByRole('button', { name: 'Idee unterstützen' }).click();
  assert.equal((await outbox(one)).length, 7);

  // Both tabs see the connection return and flush at the same moment.
  await context.setOffline(false);
  await Promise.all([waitForFlushed(one), waitForFlushed(two)]);
  assert.deepEqual(await outbox(one), []);

  const person = await api(env.server.url, email);
  for (const body of bodies) assert.equal((await person.list('comments', `body='${body}'`)).length, 1, body);
  assert.equal((await person.list('votes', `user='${person.record.id}' && idea='${target.id}'`)).length, 1);
  await context.close();
});

test('an expired sign-in keeps the outbox and asks to sign in again', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  await signIn(page, env.server.url, 'anna@demo.mitwirken.de');
  await waitForIdeas(page);
  const target = await findPublic(env.server.url, 'ideas', "title='Offenes WLAN im Dorfgemeinschaftshaus'");
  // The server no longer accepts the token (as after it expired).
  await context.route('**/api/sync/push', (route) => route.fulfill({
    status: 401, contentType: 'application/json', body: '{"status":401,"message":"Bitte melden Sie sich an.","data":{}}',
  }));
  await page.goto(env.server.url + '/ideas/' + target.id);
  const comment = `Nach Ablauf der Anmeldung ${Date.now()}`;
  await page.getByLabel('Ihr Kommentar').fill(comment);
  await page.getByRole('button', { name: 'Kommentar senden' }).click();
  await page.getByText(/Ihre Anmeldung ist abgelaufen/).waitFor();
  assert.equal((await outbox(page)).length, 1, 'the outbox is kept');

  await context.unroute('**/api/sync/push');
  await page.getByRole('link', { name: 'Erneut anmelden' }).click();
  await page.getByLabel('E-Mail-Adresse').fill('anna@demo.mitwirken.de');
  await page.getByLabel('Passwort').fill('mitwirken-demo');
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
  assert.deepEqual(await waitForFlushed(page), []);
  const anna = await api(env.server.url, 'anna@demo.mitwirken.de');
  assert.equal((await anna.list('comments', `body='${comment}'`)).length, 1);
  await context.close();
});

test('votes, comments and status changes by others appear without reload; hidden pages close the connection', async () => {
  const { context, page } = await newPerson('Echtzeit Emil');
  const target = await findPublic(env.server.url, 'ideas', "title='Rückrufservice beim Sozialamt für Grundsicherung'");
  const realtime = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/realtime' && request.method() === 'GET') realtime.push(request);
  });
  const subscribed = page.waitForResponse((r) => r.url().endsWith('/api/realtime') && r.request().method() === 'POST' && r.status() === 204);
  await page.goto(env.server.url + '/ideas/' + target.id);
  await subscribed;
  await page.getByText(`${target.votes_count} Stimmen`).waitFor();

  const anna = await api(env.server.url, 'anna@demo.mitwirken.de');
  const admin = await api(env.server.url);
  const comment = `Live dazugekommen ${Date.now()}`;
  await anna.call('/api/collections/votes/records', { method: 'POST', body: { user: anna.record.id, idea: target.id } });
  await anna.call('/api/collections/comments/records', { method: 'POST', body: { author: anna.record.id, idea: target.id, body: comment } });
  await admin.call('/api/collections/status_changes/records', {
    method: 'POST', body: { idea: target.id, to: 'in_review', response: 'Wir prüfen den Rückrufservice.' },
  });
  await page.getByText(`${target.votes_count + 1} Stimmen`).waitFor();
  await page.getByText(comment).waitFor();
  await page.getByText('Wir prüfen den Rückrufservice.').waitFor();

  // While the page is hidden, the realtime connection is closed; it returns when visible.
  const open = realtime.length;
  const closed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/realtime'));
  const setVisibility = (state) => page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { value, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  await setVisibility('hidden');
  await closed;
  await setVisibility('visible');
  await page.waitForRequest((r) => r.url().endsWith('/api/realtime') && r.method() === 'GET');
  assert.ok(realtime.length > open, 'a new connection opened');
  await context.close();
});

test('a vote by someone else shows its new count from the poke, without a pull', async () => {
  const { context, page } = await newPerson('Zähler Zora');
  const target = await findPublic(env.server.url, 'ideas', "title='Rückrufservice beim Sozialamt für Grundsicherung'");
  const subscribed = page.waitForResponse((r) => r.url().endsWith('/api/realtime') && r.request().method() === 'POST' && r.status() === 204);
  const pulled = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/sync/pull');
  // Every pull, from the start: the connection's own PB_CONNECT poke pulls
  // once more up to 1.25 s after connecting, and a first pull may page on.
  const pulls = [];
  let open = 0;
  let lastPull = Date.now();
  const isPull = (request) => new URL(request.url()).pathname === '/api/sync/pull';
  page.on('request', (request) => {
    if (!isPull(request)) return;
    pulls.push(request.url());
    open++;
    lastPull = Date.now();
  });
  const settled = (request) => {
    if (!isPull(request)) return;
    open--;
    lastPull = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  await page.goto(env.server.url + '/ideas/' + target.id);
  await Promise.all([subscribed, pulled]);
  await page.getByText(`${target.votes_count} Stimmen`).waitFor();
  while (open > 0 || Date.now() - lastPull < 2000) await page.waitForTimeout(200);
  const before = pulls.length;

  const ben = await api(env.server.url, 'ben@demo.mitwirken.de');
  await ben.call('/api/collections/votes/records', { method: 'POST', body: { user: ben.record.id, idea: target.id } });
  await page.getByText(`${target.votes_count + 1} Stimmen`).waitFor();
  assert.deepEqual(pulls.slice(before), [], 'the count came with the poke');
  await context.close();
});

test('a new version is offered with a reload prompt and activated only when accepted', async () => {
  // The proxy plays the deployment of a new build: a different sw.js.
  const proxy = await startProxy(env.server.url);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(proxy.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  await waitForServiceWorker(page);
  proxy.rewrite['/sw.js'] = (body) => body + '\n// the next build\n';
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.getByText('Eine neue Version von Mitwirken ist bereit.').waitFor({ timeout: 30_000 });
  const before = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: !!registration.waiting, controlled: !!navigator.serviceWorker.controller };
  });
  assert.deepEqual(before, { waiting: true, controlled: true }, 'the new worker waits; the old one still serves the page');

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Jetzt neu laden' }).click()]);
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();
  const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting);
  assert.equal(waiting, false, 'the new worker took over');
  assert.equal(await page.getByText('Eine neue Version von Mitwirken ist bereit.').count(), 0);
  await context.close();
  await proxy.close();
});

test('an expired cursor (410) drops the local data and pulls from 0', async () => {
  const { context, page } = await newPerson('Cursor Carla');
  // A record the server no longer has: a full resync must drop it.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('mitwirken');
    open.onsuccess = () => {
      const tx = open.result.transaction('records', 'readwrite');
      tx.objectStore('records').put({ collectionName: 'ideas', id: 'stale-idea-000000', title: 'Längst gelöscht', body: '', region: '', status: 'published', created: '2000-01-01 00:00:00.000Z' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  }));
  const cursors = [];
  await context.route('**/api/sync/pull?*', async (route) => {
    const cursor = Number(new URL(route.request().url()).searchParams.get('cursor'));
    cursors.push(cursor);
    if (cursor > 0 && !cursors.includes(-1)) {
      cursors.push(-1); // answered 410 once
      await route.fulfill({
        status: 410,
        contentType: 'application/json',
        body: JSON.stringify({ status: 410, message: 'The cursor is older than the change log; pull again from 0.', data: { cursor: { code: 'sync_cursor_expired', message: '' } } }),
      });
      return;
    }
    await route.continue();
  });
  // Something changes on the server: the poke makes the app pull with its cursor.
  const admin = await api(env.server.url);
  const target = await findPublic(env.server.url, 'ideas', "title='Wohngeld-Antrag in Leichter Sprache'");
  await admin.call('/api/collections/comments/records', { method: 'POST', body: { idea: target.id, body: `Neu nach dem Ablauf ${Date.now()}` } });
  // A pull from 0 may still come from signing up (a new scope); wait for the 410 and a pull from 0 after it.
  const resynced = () => cursors.includes(-1) && cursors.slice(cursors.indexOf(-1) + 1).includes(0);
  for (let i = 0; i < 240 && !resynced(); i++) await page.waitForTimeout(250); // a loaded machine may take long
  assert.ok(cursors.includes(-1), `a pull was answered 410 (${cursors})`);
  assert.ok(cursors.slice(cursors.indexOf(-1) + 1).includes(0), `then the app pulled from 0 (${cursors})`);
  await page.goto(env.server.url + '/ideas');
  await waitForIdeas(page);
  assert.equal(await page.getByText('Längst gelöscht').count(), 0, 'the stale record is gone');
  await context.close();
});

test('a resync from 0 over several pages says the ideas are loading until its last page, never that there are none', async () => {
  const { context, page } = await newPerson('Resync Rosa');
  let expired = false; // answered 410 once
  let resyncing = false; // the pull from 0 after it comes in pages of two changes
  let held = 0; // its later pages wait for release()
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await context.route('**/api/sync/pull?*', async (route) => {
    const url = new URL(route.request().url());
    const cursor = Number(url.searchParams.get('cursor'));
    if (!expired && cursor > 0) {
      expired = true;
      await route.fulfill({
        status: 410,
        contentType: 'application/json',
        body: JSON.stringify({ status: 410, message: 'The cursor is older than the change log; pull again from 0.', data: {} }),
      });
    } else if (expired && cursor === 0) {
      resyncing = true;
      url.searchParams.set('limit', '2');
      await route.continue({ url: url.toString() });
    } else if (resyncing) {
      held++;
      await released;
      await route.continue().catch(() => {}); // its page may be gone
    } else {
      await route.continue();
    }
  });
  const admin = await api(env.server.url);
  const target = await findPublic(env.server.url, 'ideas', "title='Wohngeld-Antrag in Leichter Sprache'");
  await admin.call('/api/collections/comments/records', { method: 'POST', body: { idea: target.id, body: `Neu vor dem Neuabgleich ${Date.now()}` } });
  for (let i = 0; i < 240 && held === 0; i++) await page.waitForTimeout(250);
  assert.ok(held > 0, "the resync's second page was asked for");

  // The first page replaced the old records; the others have not come yet.
  await page.goto(env.server.url + '/ideas');
  const main = page.getByRole('main');
  await main.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await main.getByText('Noch keine Ideen.').count(), 0, 'no "no ideas" while the resync runs');
  assert.equal(await main.getByRole('status').filter({ hasText: 'Die Ideen werden geladen …' }).count(), 1, 'a polite loading status');

  release();
  await main.locator('.idea-card').first().waitFor({ timeout: 30_000 });
  assert.equal(await main.getByText('Die Ideen werden geladen …').count(), 0);
  await context.close();
});

test('a refused contribution can be corrected and sent again', async () => {
  const { context, page, email } = await newPerson('Korrektur Kai');
  // An idea the server refuses: its title is too short (as from an older app version).
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('mitwirken');
    open.onsuccess = () => {
      const tx = open.result.transaction(['outbox', 'meta'], 'readwrite');
      const id = crypto.randomUUID();
      tx.objectStore('outbox').put({
        id: crypto.randomUUID(), seq: 1000, type: 'idea.create', user: null, created: new Date().toISOString(), state: 'pending',
        args: { id, title: 'Bus', body: 'Ein Bürgerbus für die Dörfer ohne Anschluss.', region: JSON.parse(localStorage.getItem('mitwirken.region')).id, service: '', topic: '' },
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.goto(env.server.url + '/mine');
  const item = page.locator('li.queued.rejected');
  await item.getByText('Bitte mindestens 5 Zeichen eingeben.').waitFor({ timeout: 30_000 });
  await item.getByRole('button', { name: 'Korrigieren' }).click();
  // Still too short: the fix is checked like a new idea, with the same error summary.
  await item.getByLabel('Titel').fill('Bu');
  await item.getByRole('button', { name: 'Erneut senden' }).click();
  const summary = item.locator('.error-summary');
  await summary.getByRole('link', { name: 'Der Titel ist zu kurz: bitte mindestens 5 Zeichen.' }).waitFor();
  assert.ok(await summary.evaluate((box) => box === document.activeElement), 'focus moves to the summary');
  await audit(page, 'fixing a refused contribution, with an error');
  await summary.getByRole('link').click();
  assert.ok(await item.getByLabel('Titel').evaluate((input) => input === document.activeElement), 'the link goes to the title');
  await item.getByLabel('Titel').fill('Bürgerbus für die Dörfer');
  await summary.waitFor({ state: 'detached' });
  await item.getByRole('button', { name: 'Erneut senden' }).click();
  assert.deepEqual(await waitForFlushed(page), []);
  const person = await api(env.server.url, email);
  assert.equal((await person.list('ideas', "title='Bürgerbus für die Dörfer'")).length, 1);

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Anmelden' }).waitFor();
  await context.close();
});

test('signing out forgets what only this person may see on a shared device', async () => {
  const { context, page } = await newPerson('Geteilt Gerd');
  const target = await findPublic(env.server.url, 'ideas', "title='Wohngeld-Antrag in Leichter Sprache'");
  await page.goto(env.server.url + '/ideas/' + target.id);
  await page.getByRole('button', { name: 'Idee unterstützen' }).click();
  await waitForFlushed(page);
  const votes = async () => (await stored(page, 'records')).filter((r) => r.collectionName === 'votes');
  for (const deadline = Date.now() + 30_000; !(await votes()).length;) {
    if (Date.now() > deadline) throw new Error('the vote never came back from the server');
    await page.waitForTimeout(250);
  }

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Anmelden' }).waitFor();
  const left = (await stored(page, 'records')).filter((r) => ['votes', 'feedback', 'reports', 'notifications'].includes(r.collectionName));
  assert.deepEqual(left, []);
  // Public ideas stay for offline reading.
  assert.ok((await stored(page, 'records')).some((r) => r.collectionName === 'ideas' && r.id === target.id));
  await context.close();
});

test('an author edits her idea offline while it awaits moderation; an edit after publication is refused', async () => {
  const admin = await api(env.server.url);
  const [kyffhaeuser] = await admin.list('regions', "name='Kyffhäuserkreis'");
  await admin.call(`/api/collections/regions/records/${kyffhaeuser.id}`, { method: 'PATCH', body: { premoderation: true } });
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.server.url + '/');
    await chooseRegion(page, 'Sondershausen');
    const email = await signUp(page, env.server.url, 'Edith Entwurf');
    await waitForServiceWorker(page);
    const title = `Vorlesestunde ${Date.now()}`;
    await followNav(page, 'Idee einreichen');
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Beschreibung').fill('Eine Vorlesestunde in der Bibliothek, einmal im Monat.');
    await page.getByRole('button', { name: 'Idee einreichen' }).click();
    await page.getByText('Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.').waitFor({ timeout: 30_000 });

    // Offline: the change shows at once and waits for a connection.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Idee bearbeiten' }).click();
    await audit(page, 'idea edit form');
    await page.getByLabel('Titel').fill('Hi');
    await page.getByRole('button', { name: 'Änderung speichern' }).click();
    // The error summary takes the focus and leads to the title.
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: 'Der Titel ist zu kurz: bitte mindestens 5 Zeichen.' }).waitFor();
    assert.ok(await summary.evaluate((box) => box === document.activeElement), 'focus moves to the summary');
    assert.match(await page.getByLabel('Titel').getAttribute('aria-describedby'), /edit-title-error/);
    await audit(page, 'idea edit form with an error');
    await summary.getByRole('link').click();
    assert.ok(await page.getByLabel('Titel').evaluate((input) => input === document.activeElement), 'the link goes to the title');
    await page.getByLabel('Titel').fill(`${title} mit Kaffee`);
    await page.getByRole('button', { name: 'Änderung speichern' }).click();
    await page.getByRole('heading', { level: 1, name: `${title} mit Kaffee` }).waitFor();
    await page.getByText('wartet auf Verbindung').first().waitFor();

    await context.setOffline(false);
    await waitForFlushed(page);
    const edith = await api(env.server.url, email);
    const ideas = await edith.list('ideas', `author='${edith.record.id}'`);
    assert.deepEqual(ideas.map((i) => [i.title, i.status]), [[`${title} mit Kaffee`, 'submitted']]);

    // Published while she edits offline: the server refuses, and she is told why.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Idee bearbeiten' }).click();
    await page.getByLabel('Beschreibung').fill('Eine Vorlesestunde in der Bibliothek, jeden Samstag.');
    await page.getByRole('button', { name: 'Änderung speichern' }).click();
    const olga = await api(env.server.url, 'olga@demo.mitwirken.de');
    const [membership] = await olga.list('memberships', `user='${olga.record.id}' && role='moderator'`);
    await olga.call('/api/collections/status_changes/records', {
      method: 'POST', body: { idea: ideas[0].id, to: 'published', actor: olga.record.id, organization: membership.organization },
    });
    await context.setOffline(false);
    await waitForFlushed(page);
    await page.goto(env.server.url + '/mine');
    const refused = page.locator('li.queued.rejected');
    await refused.getByText(`Änderung an der Idee „${title} mit Kaffee“`).first().waitFor();
    await refused.getByText('Die Idee wurde inzwischen auf dem Server geändert.').waitFor();
    const [stored] = await edith.list('ideas', `author='${edith.record.id}'`);
    assert.equal(stored.body, 'Eine Vorlesestunde in der Bibliothek, einmal im Monat.');
    assert.equal(stored.status, 'published');
    await audit(page, 'mine with a refused edit');
    await context.close();
  } finally {
    await admin.call(`/api/collections/regions/records/${kyffhaeuser.id}`, { method: 'PATCH', body: { premoderation: false } });
  }
});
