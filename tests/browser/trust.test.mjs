// Trust: no view of the PWA breaks its strict Content-Security-Policy, the
// admin UI keeps working under its own, and a whole session leaves no id,
// email or token of the person in the server's stored request logs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';
import { ADMIN, PASSWORD, api, chooseRegion, findPublic, signIn, stored, waitForFlushed, waitForIdeas } from './steps.mjs';

let ids;

const env = serverAndBrowser({
  async setup({ server }) {
    const [service, idea] = await Promise.all([
      findPublic(server.url, 'services', "name='Wohngeld beantragen'"),
      findPublic(server.url, 'ideas', "title='Wohngeld-Antrag in Leichter Sprache'"),
    ]);
    ids = { service: service.id, idea: idea.id };
  },
});

/** A browser context whose pages record every CSP violation, also those before the app runs. */
async function watchedContext() {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  return context;
}

/** Opens path, waits until its view has loaded, and returns the violations seen there. */
async function violationsOn(page, path) {
  await page.goto(env.server.url + path);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !/Wird geladen|Loading/.test(document.querySelector('main')?.textContent || ''));
  await page.waitForTimeout(100); // violations are reported as a task after the blocked load
  return (await page.evaluate(() => window.cspViolations)).map((v) => `${path}: ${v}`);
}

test('no view of the PWA breaks the Content-Security-Policy', async () => {
  const found = [];
  const anonymous = await watchedContext();
  const fresh = await anonymous.newPage();
  const response = await fresh.goto(env.server.url + '/');
  const policy = response.headers()['content-security-policy'] || '';
  assert.match(policy, /script-src 'self';/, 'the start page is sent with the strict policy');
  assert.doesNotMatch(policy, /unsafe/);
  found.push(...(await violationsOn(fresh, '/'))); // the first visit, with the municipality chooser
  await chooseRegion(fresh, 'Gelnhausen');
  await waitForIdeas(fresh);
  for (const path of ['/', '/region', '/services', `/services/${ids.service}`, '/ideas', '/ideas?q=Formular', `/ideas/${ids.idea}`,
    '/help', '/accessibility', '/signin', '/signup', '/solutions', '/gibt-es-nicht']) {
    found.push(...(await violationsOn(fresh, path)));
  }
  await anonymous.close();

  // Each role with the views it has: citizen, moderator, staff, member entering for someone.
  const roles = [
    ['anna@demo.mitwirken.de', ['/', '/ideas/new', `/ideas/${ids.idea}`, '/mine', '/inbox']],
    ['mehmet@demo.mitwirken.de', ['/workspace', '/assisted']],
    ['stefan@demo.mitwirken.de', ['/workspace', '/solutions']],
    ['uwe@demo.mitwirken.de', ['/assisted']],
  ];
  for (const [email, paths] of roles) {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto(env.server.url + '/');
    await chooseRegion(page, 'Gelnhausen');
    await signIn(page, env.server.url, email);
    for (const path of paths) found.push(...(await violationsOn(page, path)).map((v) => `${email} ${v}`));
    await context.close();
  }
  assert.deepEqual(found, []);
});

test('the admin UI loads under its own policy and a superuser signs in', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const blocked = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto(env.server.url + '/_/');
  await page.locator('input[type="email"]').fill(ADMIN);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: /Login/i }).click();
  await page.getByText('Collections').first().waitFor({ timeout: 30_000 });
  assert.deepEqual(blocked, []);
  await context.close();
});

/** Every request log stored in auxiliary.db, as the admin API gives them. */
async function storedLogs() {
  const admin = await api(env.server.url);
  const logs = [];
  for (let page = 1; ; page++) {
    const reply = await admin.call(`/api/logs?perPage=500&page=${page}&skipTotal=1`);
    logs.push(...reply.items);
    if (reply.items.length < 500) return logs;
  }
}

test('a whole session leaves no id, email or token of the person in the stored logs', async () => {
  const people = ['anna@demo.mitwirken.de', 'mehmet@demo.mitwirken.de'];
  const secrets = [];
  for (const email of people) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.server.url + '/');
    await chooseRegion(page, 'Gelnhausen');
    await signIn(page, env.server.url, email);
    await waitForIdeas(page);
    const session = (await stored(page, 'meta')).find((value) => value?.token);
    secrets.push(email, session.record.id, session.token);

    // Browse, vote, comment, look at one's own contributions, inbox and account settings.
    await page.goto(env.server.url + '/ideas');
    await page.goto(env.server.url + `/ideas/${ids.idea}`);
    const vote = page.getByRole('button', { name: 'Idee unterstützen' });
    await page.getByLabel('Ihr Kommentar').waitFor();
    if (await vote.count()) await vote.click();
    await page.getByText('Sie unterstützen diese Idee.').waitFor();
    await page.getByLabel('Ihr Kommentar').fill(`Ein Kommentar von ${email.split('@')[0]} für den Logtest.`);
    await page.getByRole('button', { name: 'Kommentar senden' }).click();
    await waitForFlushed(page);
    await page.goto(env.server.url + '/mine');
    await page.goto(env.server.url + '/inbox');
    await page.waitForFunction(() => document.getElementById('inbox-email')?.disabled === false);
    await page.getByLabel('Benachrichtigungen auch per E-Mail').click(); // changes the own account
    await page.getByText('Ihre Einstellung ist gespeichert.').waitFor();
    await page.goto(env.server.url + (email.startsWith('mehmet') ? '/workspace' : '/services'));
    await page.locator('main h1').first().waitFor();
    await context.close();
  }

  await new Promise((resolve) => setTimeout(resolve, 4_000)); // the logger writes every 3 s
  const logs = await storedLogs();
  const text = JSON.stringify(logs);
  for (const secret of secrets) assert.ok(!text.includes(secret), `the logs hold ${secret.slice(0, 24)}…`);
  assert.doesNotMatch(text, /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/, 'the logs hold a token');
  for (const route of ['/api/collections/memberships/records', '/api/batch', '/api/sync/push', '/api/collections/users/auth-with-password']) {
    assert.ok(logs.some((log) => log.data?.url?.startsWith(route)), `the session's ${route} requests are in the logs`);
  }
});
