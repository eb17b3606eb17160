// Choices a person makes on this device: the municipality and the language.
// They live in localStorage, so the first view is drawn without waiting for
// IndexedDB.
import { computed, signal } from '@preact/signals';
import { districtOf } from './domain.js';
import { navigate } from './router.js';

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

// The municipality a link names (/m/{key}: a poster, a QR code, the
// municipality's website), as the server writes it into the page
// (hooks/platform/municipality_link.go). Following such a link chooses it.
function linked() {
  try {
    const named = JSON.parse(document.querySelector('meta[name="mitwirken-municipality"]')?.content || 'null');
    return named?.id ? named : null;
  } catch {
    return null;
  }
}

const remembered = (next) => ({ id: next.id, name: next.name, parent: next.parent || '', ags: next.ags || '' });

const fromLink = linked();

/** The chosen municipality: { id, name, parent, ags } or null. */
export const region = signal(fromLink ? remembered(fromLink) : read('region'));
if (fromLink) write('region', region.value);
// The server's chooser, sent before the app ran, answered /m?gemeinde=…:
// the address becomes the municipality's link.
if (fromLink && location.pathname === '/m') navigate(municipalityLink(fromLink), { replace: true });

/** The id of the chosen municipality's district (Landkreis). */
export const district = computed(() => districtOf(region.value));

/** Remembers the municipality. */
export function chooseRegion(next) {
  region.value = remembered(next);
  write('region', region.value);
}

/**
 * The link of a municipality (its start page): /m/ and its Amtlicher
 * Gemeindeschlüssel, or its id for a Verbund, which has none.
 */
export function municipalityLink(place) {
  return '/m/' + encodeURIComponent(place.ags || place.id);
}

/** The stored language choice, or null for the default. */
export function savedLocale() {
  return read('locale');
}

/** Remembers the language choice. */
export function saveLocale(locale) {
  write('locale', locale);
}
