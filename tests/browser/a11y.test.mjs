// Accessibility of every view: zero axe violations (WCAG 2.1 A and AA) in
// German, English and, where it exists, Leichte Sprache; a keyboard-only
// path through submitting an idea and through an entry for someone else;
// reflow at 320 px and target sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';
import { api, chooseRegion, findPublic, outbox, signIn, signUp, waitForIdeas, waitForServiceWorker, audit, setLanguage } from './steps.mjs';

let ids;

const env = serverAndBrowser({
  async setup() {
    const find = (collection, filter) => findPublic(env.server.url, collection, filter).then((r) => r.id);
    ids = {
      service: await find('services', "name='Wohngeld beantragen'"),
      rich: await find('ideas', "title='Wohngeld-Antrag in Leichter Sprache'"),
      merged: await find('ideas', "title='Antrag auf Schülerbeförderung ohne Papier'"),
      mergeTarget: await find('ideas', "title='Bildung und Teilhabe: Guthabenkarte statt Papiergutscheine'"),
      toDecline: await find('ideas', "title='Parkausweis für Menschen mit Behinderung online verlängern'"),
      vdk: await find('organizations', "name~'VdK'"),
    };
    // Endorsements and merges are not in the demo data; the idea views show them.
    const admin = await api(env.server.url);
    await admin.call('/api/collections/endorsements/records', {
      method: 'POST',
      body: { idea: ids.rich, organization: ids.vdk, note: 'Hilft vielen unserer Mitglieder.' },
    });
    await admin.call('/api/collections/status_changes/records', {
      method: 'POST',
      body: { idea: ids.merged, to: 'merged', merged_into: ids.mergeTarget, response: 'Wir führen beide Vorschläge zusammen.' },
    });
  },
});

test('every view has no axe violations, in German and English', async () => {
  const found = [];

  // A first visit: the start page asks for the municipality.
  const firstVisit = await env.browser.newContext();
  const fresh = await firstVisit.newPage();
  await fresh.goto(env.server.url + '/');
  await fresh.locator('#region-search').waitFor(); // the app's chooser, not the server's (first-visit.test.mjs)
  found.push(...(await audit(fresh, 'de first visit /')));
  await setLanguage(fresh, 'English');
  found.push(...(await audit(fresh, 'en first visit /')));
  for (const path of ['/signin', '/signup']) {
    await fresh.goto(env.server.url + path);
    found.push(...(await audit(fresh, 'en ' + path)));
  }
  await setLanguage(fresh, 'Deutsch');
  for (const path of ['/signin', '/signup']) {
    await fresh.goto(env.server.url + path);
    found.push(...(await audit(fresh, 'de ' + path)));
  }
  await firstVisit.close();

  // A signed-in person with something waiting and something refused.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Schlüchtern');
  await signUp(page, env.server.url, 'Axel Axe');
  await waitForIdeas(page);
  // The offline pages below come from the service worker, which registers
  // after the first pull and then downloads the app: a page opened offline
  // before it controls the tab fails (ERR_INTERNET_DISCONNECTED).
  await waitForServiceWorker(page);
  await page.goto(env.server.url + '/ideas/' + ids.toDecline);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Idee unterstützen' }).click();
  const admin = await api(env.server.url);
  await admin.call('/api/collections/status_changes/records', {
    method: 'POST',
    body: { idea: ids.toDecline, to: 'declined', response: 'Die Verlängerung bleibt vorerst persönlich.' },
  });
  await context.setOffline(false);
  await page.getByText('1 Beitrag wurde nicht angenommen.').waitFor({ timeout: 30_000 });
  await context.setOffline(true);
  await page.goto(env.server.url + '/ideas/' + ids.rich);
  await page.getByLabel('Ihr Kommentar').fill('Ein Kommentar, der auf Verbindung wartet.');
  await page.getByRole('button', { name: 'Kommentar senden' }).click();
  await page.getByText('1 Beitrag wartet auf Verbindung.').waitFor();
  found.push(...(await audit(page, 'de offline /ideas/:id')));
  await page.goto(env.server.url + '/mine');
  found.push(...(await audit(page, 'de offline /mine')));
  await context.setOffline(false);

  const views = [
    '/', '/region', '/services', `/services/${ids.service}`, '/ideas', '/ideas?sort=status', '/ideas?q=Formular',
    `/ideas/${ids.rich}`, `/ideas/${ids.merged}`, '/ideas/new', '/mine', '/help', '/accessibility', '/gibt-es-nicht',
  ];
  for (const language of ['Deutsch', 'English']) {
    await setLanguage(page, language);
    for (const path of views) {
      await page.goto(env.server.url + path);
      if (path === '/ideas/new') {
        await page.getByLabel(/Titel|Title/).fill('Wohngeld-Antrag in Leichter Sprache');
        await page.getByLabel(/Beschreibung|Description/).fill('Bitte mit einer Checkliste der Nachweise.');
        await page.locator('.similar li').first().waitFor();
      }
      if (path.startsWith('/ideas/') && path !== '/ideas/new') {
        for (const summary of await page.locator('details summary').all()) await summary.click();
      }
      found.push(...(await audit(page, `${language} ${path}`)));
    }
  }

  await setLanguage(page, 'Leichte Sprache');
  for (const path of ['/', '/help', '/ideas/new', `/services/${ids.service}`]) {
    await page.goto(env.server.url + path);
    found.push(...(await audit(page, 'Leichte Sprache ' + path)));
  }
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await context.close();
  assert.deepEqual(found, []);
});

test('the dark colour scheme has no axe violations', async () => {
  const context = await env.browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  await signIn(page, env.server.url, 'anna@demo.mitwirken.de');
  await waitForIdeas(page);
  const found = [];
  for (const path of ['/', '/services', '/ideas?sort=status', `/ideas/${ids.rich}`, '/ideas/new', '/mine']) {
    await page.goto(env.server.url + path);
    found.push(...(await audit(page, 'dark ' + path)));
  }
  await context.close();
  assert.deepEqual(found, []);
});

/** Presses Tab until the focused element's accessible text matches; returns that text. */
async function tabTo(page, pattern, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const label = el.labels?.[0]?.textContent || el.getAttribute('aria-label') || el.textContent || '';
      const style = getComputedStyle(el);
      return { label: label.trim(), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    if (pattern.test(focused.label)) {
      assert.notEqual(focused.outline, 'none', `focus on "${focused.label}" is visible`);
      assert.ok(focused.width >= 2, `focus outline on "${focused.label}" is at least 2 px`);
      return focused.label;
    }
  }
  throw new Error(`no focusable element matching ${pattern} within ${limit} tabs`);
}

test('an idea can be submitted with the keyboard alone', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await page.locator('#region-search').waitFor(); // the app's chooser, not the server's (first-visit.test.mjs)

  await tabTo(page, /^Ihre Gemeinde$/);
  await page.keyboard.type('Gelnhausen');
  await tabTo(page, /^Gemeinde übernehmen$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Mitwirken in Gelnhausen' }).waitFor();

  await page.locator('body').focus();
  await tabTo(page, /^Anmelden$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
  await tabTo(page, /^E-Mail-Adresse$/);
  await page.keyboard.type('clara@demo.mitwirken.de');
  await tabTo(page, /^Passwort$/);
  await page.keyboard.type('mitwirken-demo');
  await page.keyboard.press('Enter');
  await page.getByText('Angemeldet als Clara Wendt').waitFor();

  await page.locator('body').focus();
  await tabTo(page, /^Idee einreichen$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Idee einreichen' }).waitFor();
  // Focus moved to the new view's heading; the form follows.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  const title = `Per Tastatur eingereicht ${Date.now()}`;
  await tabTo(page, /^Titel$/);
  await page.keyboard.type(title);
  await tabTo(page, /^Beschreibung$/);
  await page.keyboard.type('Diese Idee wurde nur mit der Tastatur geschrieben und abgeschickt.');
  await tabTo(page, /^Idee einreichen$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  // Focus moves to the confirmation at the top of the new idea's page.
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Danke für Ihre Idee!/);

  const clara = await api(env.server.url, 'clara@demo.mitwirken.de');
  for (let i = 0; i < 40 && (await outbox(page)).length; i++) await page.waitForTimeout(250);
  assert.equal((await clara.list('ideas', `title='${title}'`)).length, 1);
  await context.close();
});

test('an entry for someone who is not online can be made with the keyboard alone', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.url, 'uwe@demo.mitwirken.de');
  await page.goto(env.server.url + '/region');
  await chooseRegion(page, 'Gelnhausen');
  await page.getByRole('banner').getByText(/Angemeldet als/).waitFor();

  await page.locator('body').focus();
  await tabTo(page, /^Für jemanden eintragen$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Für jemanden eintragen' }).waitFor();
  await page.getByLabel('Für welchen Ort?').waitFor();
  await tabTo(page, /^Im Gespräch/);
  await page.keyboard.press('ArrowDown'); // the radio group moves on to "paper"
  assert.equal(await page.getByLabel('Auf einem Papierformular').isChecked(), true);
  const title = `Per Tastatur für jemanden ${Date.now()}`;
  await tabTo(page, /^Titel$/);
  await page.keyboard.type(title);
  await tabTo(page, /^Beschreibung$/);
  await page.keyboard.type('Vom Papierformular abgetippt, nur mit der Tastatur.');
  await tabTo(page, /^Die Person ist einverstanden/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Eintragen$/);
  await page.keyboard.press('Enter');
  await page.locator('.confirmation').getByText('Die Idee ist eingetragen.').waitFor();

  const uwe = await api(env.server.url, 'uwe@demo.mitwirken.de');
  for (let i = 0; i < 40 && (await outbox(page)).length; i++) await page.waitForTimeout(250);
  const [stored] = await uwe.list('ideas', `title='${title}'`);
  assert.equal(stored?.channel, 'paper');
  assert.equal(stored?.entered_by, uwe.record.id);
  await context.close();
});

test('views reflow at 320 px without horizontal scrolling, controls are at least 24 px', async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Bad Soden-Salmünster');
  await signIn(page, env.server.url, 'dieter@demo.mitwirken.de');
  await waitForIdeas(page);
  const small = [];
  for (const path of ['/', '/services', `/services/${ids.service}`, '/ideas', `/ideas/${ids.rich}`, '/ideas/new', '/mine', '/help']) {
    await page.goto(env.server.url + path);
    await page.locator('main h1').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path} scrolls horizontally by ${overflow} px`);
    small.push(...(await page.evaluate((view) => {
      const tooSmall = [];
      for (const el of document.querySelectorAll('button, select, input, textarea, summary, nav a, .card')) {
        const box = el.getBoundingClientRect();
        if (box.width && (box.width < 24 || box.height < 24)) tooSmall.push(`${view}: ${el.tagName} "${el.textContent.trim()}" ${box.width}x${box.height}`);
      }
      return tooSmall;
    }, path)));
  }
  assert.deepEqual(small, []);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
  await context.close();
});

// Anna is the only person who rated Wohngeld in Gelnhausen: her rating must
// not show as the municipality's average, in any language.
test('a service with too few ratings shows no figures, and says why, without axe violations', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  const found = [];
  for (const [language, text] of [
    ['Deutsch', 'Noch zu wenige Bewertungen.'],
    ['English', 'Too few ratings yet.'],
    ['Leichte Sprache', 'Es gibt noch zu wenige Bewertungen.'],
  ]) {
    await setLanguage(page, language);
    // Wait for the route's answer: the view must not fill in figures after it.
    const answered = page.waitForResponse((r) => r.url().includes(`/api/services/${ids.service}/feedback`));
    await page.goto(env.server.url + '/services/' + ids.service);
    await answered;
    await page.getByText(text).waitFor();
    assert.equal(await page.getByText(/Durchschnitt|Average/).count(), 0, `${language}: an average of one person is shown`);
    found.push(...(await audit(page, `${language} too few ratings`)));
    if (language === 'Deutsch' && process.env.SCREENSHOT_DIR) {
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/service-too-few-ratings.png`, fullPage: false });
    }
  }
  await context.close();
  assert.deepEqual(found, []);
});
