// Choices a person makes on this device: the municipality and the language.
// They live in localStorage, so the first view is drawn without waiting for
// IndexedDB.
import { computed, signal } from '@preact/signals';
import { districtOf } from './domain.js';

function read(key) {
  try {
    return JSON.parse(localStorage.getItem('mitwirken.' + key));
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem('mitwirken.' + key, JSON.stringify(value));
  } catch {
    // Private mode or full storage: the choice lasts for this visit only.
  }
}

/** The chosen municipality: { id, name, parent } or null. */
export const region = signal(read('region'));

/** The id of the chosen municipality's district (Landkreis). */
export const district = computed(() => districtOf(region.value));

/** Remembers the municipality. */
export function chooseRegion(next) {
  region.value = { id: next.id, name: next.name, parent: next.parent || '' };
  write('region', region.value);
}

/** The stored language choice, or null for the default. */
export function savedLocale() {
  return read('locale');
}

/** Remembers the language choice. */
export function saveLocale(locale) {
  write('locale', locale);
}
