// A moderator hides a reported comment; a citizen who has the idea open sees
// it disappear without reloading. The moderator acts through the REST API,
// exactly as the moderation rules allow; the citizen's page learns of it by
// the realtime poke and the delta pull.
import { test } from 'node:test';
import { serverAndBrowser } from './harness.mjs';
import { api, chooseRegion, findPublic, signUp, waitForIdeas } from './steps.mjs';

const env = serverAndBrowser();

test('a moderator hides a reported comment and it disappears from a citizen page in realtime', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  await signUp(page, env.server.url, 'Zuschauerin Zoe');
  await waitForIdeas(page);

  const idea = await findPublic(env.server.url, 'ideas', "title='Wohngeld-Antrag in Leichter Sprache'");
  const anna = await api(env.server.url, 'anna@demo.mitwirken.de');
  const text = `Bitte meldet diesen Kommentar ${Date.now()}`;
  const comment = await anna.call('/api/collections/comments/records', {
    method: 'POST', body: { author: anna.record.id, idea: idea.id, body: text },
  });

  const subscribed = page.waitForResponse((r) => r.url().endsWith('/api/realtime') && r.request().method() === 'POST' && r.status() === 204);
  await page.goto(env.server.url + '/ideas/' + idea.id);
  await subscribed;
  await page.getByText(text).waitFor({ timeout: 30_000 });

  // A citizen reports it; the moderator of the region hides it with a reason.
  const ben = await api(env.server.url, 'ben@demo.mitwirken.de');
  await ben.call('/api/collections/reports/records', {
    method: 'POST', body: { reporter: ben.record.id, comment: comment.id, reason: 'offensive' },
  });
  const mehmet = await api(env.server.url, 'mehmet@demo.mitwirken.de');
  await mehmet.call(`/api/collections/comments/records/${comment.id}`, {
    method: 'PATCH', body: { state: 'hidden', moderation_reason: 'offensive', moderation_note: 'Beleidigend.' },
  });

  await page.getByText(text).waitFor({ state: 'detached', timeout: 30_000 });
  await context.close();
});
