// Decisions in the moderators' workspace: Mehmet (VdK Main-Kinzig) merges a
// duplicate into the idea it repeats, endorses an idea for the VdK and
// withdraws it; an appeal against his hiding is decided by his colleague
// Marta, never by him; and his queue follows what Marta does live.
// Every result is checked on the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';
import { api, audit, findPublic, ideaBy, newMember, setLanguage, signIn, followNav } from './steps.mjs';

const MEHMET = 'mehmet@demo.mitwirken.de';
const ANNA = 'anna@demo.mitwirken.de';

let gelnhausen;
let marta;

const env = serverAndBrowser({
  async setup() {
    gelnhausen = (await findPublic(env.server.url, 'regions', "name='Gelnhausen'")).id;
    marta = await newMember(env.server.url, 'Marta Kollegin', ['VdK', 'Main-Kinzig'], 'moderator');
  },
});

/** Signs in as email in a new browser context and opens the workspace. */
async function workspaceOf(email) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.url, email);
  await followNav(page, 'Arbeitsbereich');
  await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();
  await page.getByRole('heading', { name: /Offene Widersprüche/ }).waitFor();
  return { context, page };
}

const section = (page, name) => page.getByRole('region', { name });

test('a moderator merges a duplicate into the idea it repeats, chosen from the suggestions', async () => {
  const stamp = Date.now();
  const target = await ideaBy(env.server.url, ANNA, {
    title: `Sitzbänke am Kinzigufer ${stamp}`, region: gelnhausen, publish: true,
    body: 'Am Kinzigufer fehlen Sitzbänke zum Ausruhen für ältere Menschen beim Spaziergang.',
  });
  const duplicate = await ideaBy(env.server.url, 'ben@demo.mitwirken.de', {
    title: `Mehr Sitzbänke am Kinzigufer ${stamp}`, region: gelnhausen,
    body: 'Bitte Sitzbänke am Kinzigufer aufstellen, zum Ausruhen für ältere Menschen beim Spaziergang.',
  });

  const { context, page } = await workspaceOf(MEHMET);
  const item = section(page, /Offene Ideen in Ihren Regionen/).locator('li.workspace-item', { hasText: duplicate.title });
  await item.locator('summary', { hasText: 'Weitere Aktionen' }).click();
  await item.getByRole('button', { name: /Als Doppelung zusammenführen/ }).click();
  await item.getByRole('group', { name: 'Mit welcher ähnlichen Idee zusammenführen?' }).waitFor();
  await item.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await item.getByText('Bitte wählen Sie die Idee, in die diese Idee aufgeht.').waitFor();

  await item.getByLabel(new RegExp(target.title)).check();
  await item.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await item.waitFor({ state: 'detached' });

  const admin = await api(env.server.url);
  const stored = await admin.call(`/api/collections/ideas/records/${duplicate.id}`);
  assert.equal(stored.status, 'merged');
  assert.equal(stored.merged_into, target.id);
  const [change] = await admin.list('status_changes', `idea='${duplicate.id}' && to='merged'`);
  assert.equal(change.actor, (await api(env.server.url, MEHMET)).record.id);
  assert.match(change.response, /zusammengeführt/);
  await context.close();
});

test('a moderator endorses an idea for the organization and withdraws it again', async () => {
  const idea = await ideaBy(env.server.url, ANNA, { title: `Unterstützen bitte ${Date.now()}`, region: gelnhausen, publish: true });
  const { context, page } = await workspaceOf(MEHMET);
  const item = section(page, /Offene Ideen in Ihren Regionen/).locator('li.workspace-item', { hasText: idea.title });
  await item.getByRole('button', { name: /Im Namen von .*VdK.* unterstützen/ }).click();
  await item.getByText(/VdK.* unterstützt diese Idee\./).waitFor();

  const admin = await api(env.server.url);
  const endorsements = await admin.list('endorsements', `idea='${idea.id}'`);
  assert.equal(endorsements.length, 1);
  assert.equal(endorsements[0].by, (await api(env.server.url, MEHMET)).record.id);
  const everyone = await fetch(`${env.server.url}/api/collections/endorsements/records?filter=${encodeURIComponent(`idea='${idea.id}'`)}`);
  assert.equal((await everyone.json()).items.length, 1, 'the public sees the endorsement');

  const found = [...(await audit(page, 'de workspace decisions'))];
  await item.getByRole('button', { name: /Unterstützung zurückziehen/ }).click();
  await item.getByRole('button', { name: /Im Namen von .*VdK.* unterstützen/ }).waitFor();
  assert.equal((await admin.list('endorsements', `idea='${idea.id}'`)).length, 0, 'the endorsement is withdrawn');

  await setLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'Workspace' }).waitFor();
  // The merge form, folded away under "More actions", is audited open.
  const first = page.locator('li.workspace-item', { has: page.locator('summary', { hasText: 'More actions' }) }).first();
  await first.locator('summary', { hasText: 'More actions' }).click();
  await first.getByRole('button', { name: /Merge as a duplicate/ }).click();
  found.push(...(await audit(page, 'en workspace decisions')));
  assert.deepEqual(found, []);
  await context.close();
});

test('a colleague decides the appeal; the moderator who hid the idea cannot', async () => {
  const idea = await ideaBy(env.server.url, ANNA, { title: `Zu Unrecht ausgeblendet ${Date.now()}`, region: gelnhausen, publish: true });
  const mehmet = await api(env.server.url, MEHMET);
  await mehmet.call(`/api/collections/ideas/records/${idea.id}`, {
    method: 'PATCH', body: { hidden: true, moderation_reason: 'off_topic', moderation_note: 'Passt nicht hierher.' },
  });
  const anna = await api(env.server.url, ANNA);
  const appeal = await anna.call('/api/collections/appeals/records', {
    method: 'POST', body: { appellant: anna.record.id, idea: idea.id, text: 'Die Idee betrifft sehr wohl unsere Gemeinde.' },
  });

  const mine = await workspaceOf(MEHMET);
  const hisItem = section(mine.page, /Offene Widersprüche/).locator('li.workspace-item', { hasText: idea.title });
  await hisItem.getByText('Sie haben diesen Inhalt ausgeblendet. Über den Widerspruch muss eine Kollegin oder ein Kollege entscheiden.').waitFor();
  assert.equal(await hisItem.getByRole('button', { name: 'Entscheiden' }).count(), 0);
  await assert.rejects(
    mehmet.call(`/api/collections/appeals/records/${appeal.id}`, {
      method: 'PATCH', body: { status: 'upheld', decided_by: mehmet.record.id, decision_note: 'Doch.' },
    }),
    / 404 /,
    'the server refuses the moderator who hid it',
  );

  const hers = await workspaceOf(marta.email);
  const item = section(hers.page, /Offene Widersprüche/).locator('li.workspace-item', { hasText: idea.title });
  await item.getByText('Die Idee betrifft sehr wohl unsere Gemeinde.').waitFor();
  await item.getByRole('button', { name: 'Entscheiden' }).click();
  await item.getByText('Bitte wählen Sie eine Entscheidung.').waitFor();
  await item.getByLabel('Widerspruch annehmen: wieder anzeigen').check();
  await item.getByRole('button', { name: 'Entscheiden' }).click();
  await item.getByText('Bitte schreiben Sie eine Begründung.').waitFor();
  await item.getByLabel('Begründung').fill('Die Idee gehört zur Gemeinde.');
  await item.getByRole('button', { name: 'Entscheiden' }).click();
  await item.waitFor({ state: 'detached' });

  const admin = await api(env.server.url);
  const decided = await admin.call(`/api/collections/appeals/records/${appeal.id}`);
  assert.equal(decided.status, 'upheld');
  assert.equal(decided.decided_by, marta.user.id);
  assert.equal(decided.decision_note, 'Die Idee gehört zur Gemeinde.');
  assert.equal((await admin.call(`/api/collections/ideas/records/${idea.id}`)).hidden, false, 'the idea is shown again');
  await mine.context.close();
  await hers.context.close();
});


test("a moderator's queue follows live what a colleague does in another browser", async () => {
  const title = `Werbung im Ideenbereich ${Date.now()}`;
  const idea = await ideaBy(env.server.url, ANNA, { title, region: gelnhausen, publish: true });
  const ben = await api(env.server.url, 'ben@demo.mitwirken.de');
  await ben.call('/api/collections/reports/records', { method: 'POST', body: { reporter: ben.record.id, idea: idea.id, reason: 'spam' } });

  const mine = await workspaceOf(MEHMET);
  const hers = await workspaceOf(marta.email);
  const reported = (page) => section(page, /Offene Meldungen/).locator('li.workspace-item', { hasText: title });
  await reported(mine.page).waitFor();
  await mine.page.waitForTimeout(1500); // the realtime subscription is set up after the first load
  let reloads = 0;
  mine.page.on('load', () => reloads++);

  const item = reported(hers.page);
  await item.locator('summary', { hasText: 'Ausblenden' }).click();
  await item.getByLabel('Grund für das Ausblenden').selectOption('spam');
  await item.getByRole('button', { name: 'Ausblenden' }).click();
  await section(hers.page, /Ausgeblendete Ideen/).getByText(title).waitFor();

  // The report stays open (hiding does not dismiss it), but nobody can hide the idea twice.
  await reported(mine.page).getByRole('button', { name: 'Ausblenden' }).waitFor({ state: 'detached', timeout: 10_000 });
  await section(mine.page, /Ausgeblendete Ideen/).getByText(title).waitFor({ timeout: 10_000 });
  assert.equal(reloads, 0, "Mehmet's page was not reloaded");
  await mine.context.close();
  await hers.context.close();
});
