// An author edits her comment offline: the edit shows at once, waits in the
// outbox and reaches the server once a connection is back (comment.update).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';
import { api, audit, chooseRegion, findPublic, signUp, waitForFlushed, waitForIdeas, waitForServiceWorker } from './steps.mjs';

const env = serverAndBrowser();

test('an author edits her comment offline, and the edit reaches the server after sync', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await chooseRegion(page, 'Gelnhausen');
  const email = await signUp(page, env.server.url, 'Karla Korrektur');
  await waitForIdeas(page);
  await waitForServiceWorker(page);
  const target = await findPublic(env.server.url, 'ideas', "title='Wohngeld-Antrag in Leichter Sprache'");

  await page.goto(env.server.url + '/ideas/' + target.id);
  const first = `Gute Sache, der Antrag ist schwer ${Date.now()}`;
  await page.getByLabel('Ihr Kommentar').fill(first);
  await page.getByRole('button', { name: 'Kommentar senden' }).click();
  await waitForFlushed(page);
  const karla = await api(env.server.url, email);
  const [comment] = await karla.list('comments', `author='${karla.record.id}'`);
  assert.equal(comment.body, first);
  const count = (await findPublic(env.server.url, 'ideas', `id='${target.id}'`)).comments_count;

  // Only one's own comments offer the edit.
  const mine = page.locator('article.comment', { hasText: first });
  assert.equal(await page.getByRole('button', { name: 'Kommentar bearbeiten' }).count(), 1);

  await context.setOffline(true);
  await mine.getByRole('button', { name: 'Kommentar bearbeiten' }).click();
  await audit(page, 'comment edit form');
  const edited = `${first}, aber die Checkliste hilft.`;
  await page.getByLabel('Kommentar bearbeiten').fill(edited);
  await page.screenshot({ path: '/tmp/kinds-shots/comment-edit-form.png' });
  await page.getByRole('button', { name: 'Änderung speichern' }).click();
  const pending = page.locator('article.comment', { hasText: edited });
  await pending.getByText('wartet auf Verbindung').waitFor();
  await pending.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/kinds-shots/comment-edit-pending.png' });
  // An edit is no new comment: the counter stays.
  await page.getByRole('heading', { name: count === 1 ? '1 Kommentar' : `${count} Kommentare` }).waitFor();

  await context.setOffline(false);
  await waitForFlushed(page);
  const [stored] = await karla.list('comments', `author='${karla.record.id}'`);
  assert.equal(stored.body, edited);
  assert.equal((await findPublic(env.server.url, 'ideas', `id='${target.id}'`)).comments_count, count);
  await page.reload();
  await page.locator('article.comment', { hasText: edited }).waitFor();
  await context.close();
});
