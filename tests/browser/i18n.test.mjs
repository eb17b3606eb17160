// The catalogues of the PWA agree: English has every German text, Leichte
// Sprache translates only texts that exist, and every translation keeps the
// placeholders and plural forms of the German original.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import shell from '../../ui/src/i18n/de.js';
import views from '../../ui/src/i18n/de-views.js';
import en from '../../ui/src/i18n/en.js';
import simple from '../../ui/src/i18n/de-simple.js';
import pagesDe from '../../ui/src/i18n/pages/de.js';
import pagesEn from '../../ui/src/i18n/pages/en.js';
import pagesSimple from '../../ui/src/i18n/pages/de-simple.js';

const de = { ...shell, ...views };

function placeholders(value) {
  const text = JSON.stringify(value);
  return [...new Set(text.match(/\{\w+\}/g) || [])].sort();
}

function shape(value) {
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? Object.keys(value).sort().join(',') : typeof value;
}

function compare(original, translation, name, { complete }) {
  const problems = [];
  for (const key of Object.keys(original)) {
    if (!(key in translation)) {
      if (complete) problems.push(`${name} lacks ${key}`);
      continue;
    }
    if (shape(original[key]) !== shape(translation[key])) problems.push(`${name} ${key}: ${shape(translation[key])}, want ${shape(original[key])}`);
    const want = placeholders(original[key]).join(' ');
    const got = placeholders(translation[key]).join(' ');
    if (want !== got && !(name.includes('Leichte') && got.split(' ').every((p) => !p || want.includes(p)))) {
      problems.push(`${name} ${key}: placeholders ${got}, want ${want}`);
    }
  }
  for (const key of Object.keys(translation)) if (!(key in original)) problems.push(`${name} has unknown ${key}`);
  return problems;
}

test('German texts are not defined twice', () => {
  assert.deepEqual(Object.keys(shell).filter((key) => key in views), []);
});

test('English translates every German text with the same placeholders', () => {
  assert.deepEqual([...compare(de, en, 'English', { complete: true }), ...compare(pagesDe, pagesEn, 'English pages', { complete: true })], []);
});

test('Leichte Sprache translates only existing texts and invents no placeholders', () => {
  assert.deepEqual([...compare(de, simple, 'Leichte Sprache', { complete: false }), ...compare(pagesDe, pagesSimple, 'Leichte Sprache pages', { complete: false })], []);
});
