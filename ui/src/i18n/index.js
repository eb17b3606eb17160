// Translations. German is the default: its texts of the app shell and the
// start page are bundled, those of the other views load with them
// (views/deferred.js). English and Leichte Sprache (de-simple) load on demand as their own
// chunks. The Leichte Sprache catalogue covers the start page, the help and
// the form hints; every other text falls back to German.
import { signal } from '@preact/signals';
import shell from './de.js';
import { setApiLanguage } from '../api.js';
import { saveLocale, savedLocale } from '../prefs.js';

export const LOCALES = ['de', 'en', 'de-simple'];

const de = { ...shell };
const catalogues = { de };
const loaders = {
  en: () => import('./en.js'),
  'de-simple': () => import('./de-simple.js'),
};

/** The current language: "de", "en" or "de-simple". */
export const locale = signal('de');

/** Loads the saved language (if any) before the first view is drawn. */
export async function initI18n() {
  const saved = savedLocale();
  if (LOCALES.includes(saved) && saved !== 'de') await setLocale(saved, { remember: false }).catch(() => {});
  else apply('de');
}

/** Adds the German texts of the views beyond the start page (every language's fallback). */
export function addGermanTexts(texts) {
  Object.assign(de, texts);
}

/** Switches the language, loading its catalogue first. */
export async function setLocale(next, { remember = true } = {}) {
  if (!catalogues[next]) catalogues[next] = (await loaders[next]()).default;
  apply(next);
  if (remember) saveLocale(next);
}

function apply(next) {
  locale.value = next;
  document.documentElement.lang = next === 'en' ? 'en' : 'de';
  setApiLanguage(next === 'en' ? 'en' : 'de');
}

/**
 * Translates key. {name} placeholders are filled from params; an entry
 * { one, other } is chosen by params.count.
 */
export function t(key, params = {}) {
  let text = catalogues[locale.value]?.[key] ?? de[key] ?? key;
  if (typeof text === 'object' && !Array.isArray(text)) text = params.count === 1 ? text.one : text.other;
  if (typeof text !== 'string') return text;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Whether the current language (or its German fallback) has key. */
export function has(key) {
  return key in (catalogues[locale.value] || {}) || key in de;
}

/** The BCP 47 tag for number and date formats. */
export function formatTag() {
  return locale.value === 'en' ? 'en-GB' : 'de-DE';
}

/** Formats a server timestamp ("2026-11-26 04:12:54.212Z") as a date. */
export function formatDate(value) {
  if (!value) return '';
  const date = new Date(value.replace(' ', 'T'));
  return date.toLocaleDateString(formatTag(), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Formats a number in the current language. */
export function formatNumber(value, digits = 0) {
  return value.toLocaleString(formatTag(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The message for an error code, in the person's language, else the server's. */
export function errorMessage(error) {
  if (!error) return '';
  const key = 'error.' + error.code;
  return has(key) ? t(key) : error.message || t('error.unknown');
}
