// The PWA's offline duplicate check analyses text as the server does: the
// terms of every labelled text (tests/testdata/pwa_terms.json, written by
// `go test ./hooks/search -update`) are the server's, and its offline
// search finds paraphrases the plain word match missed. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzer } from '../../ui/src/store/terms.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const terms = analyzer(read('../../ui/src/generated/lexicon.json'));

test('the PWA finds the terms the server finds for every labelled text', () => {
  const examples = read('../testdata/pwa_terms.json');
  assert.ok(examples.length >= 100, `only ${examples.length} examples`);
  for (const { text, terms: want } of examples) assert.deepEqual(terms(text), want, text);
});

// Paraphrases of issue 15 that share no word a plain match sees: everyday
// words, short forms and the parts of compounds.
const paraphrases = [
  ['Kfz-Anmeldung übers Internet', { title: 'Auto online zulassen', body: 'Ohne Fahrt zur Behörde, bitte.' }],
  ['Perso verlängern: feste Uhrzeit statt Wartezimmer', { title: 'Personalausweis-Termin ohne Warten', body: 'Ich will nicht stundenlang sitzen.' }],
  ['Gebühren für das Grab transparent auflisten', { title: 'Friedhofsgebühren verständlich erklären', body: 'Keiner blickt da durch.' }],
];

// Ideas on other matters, stored on the same device.
const others = [
  { title: 'Mehr Bänke im Kurpark', body: 'Zum Ausruhen auf dem Weg zum Bahnhof.' },
  { title: 'Spielplatz am Bach erneuern', body: 'Die Schaukel ist seit Monaten gesperrt.' },
  { title: 'Wohngeld-Antrag in Leichter Sprache', body: 'Die Fragen zum Einkommen sind schwer zu verstehen.' },
];

test('offline, a draft finds the stored idea that says the same in other words', async () => {
  const { similarLocally } = await import('../../ui/src/store/similar.js');
  const ideas = [...paraphrases.map(([, idea]) => idea), ...others].map((idea, i) => ({ id: 'idea' + i, ...idea }));
  for (const [i, [draft, idea]] of paraphrases.entries()) {
    const found = similarLocally(ideas, draft);
    assert.equal(found[0]?.id, 'idea' + i, `${draft} finds ${idea.title}; got ${found.map((f) => f.title)}`);
  }
  assert.deepEqual(similarLocally(ideas, 'Straßenlaterne in der Hauptstraße flackert'), [], 'an unrelated draft finds nothing');
});
