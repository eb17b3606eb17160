// Finding a municipality by what people type: the name of a Gemeinde or of
// one of its villages (Ortsteile), with or without umlauts, with a typo or
// two. It runs on the regions kept on the device, so it works offline.

/** Lower case, umlauts and ß spelled out (ä → ae), accents and punctuation dropped. */
export function normalize(text) {
  return text.toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The Levenshtein distance of a and b, giving up (returning max + 1) once it exceeds max. */
export function distance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length];
}

// Longer words may have more typos: none up to 4 letters, one up to 8, then two.
const tolerance = (query) => (query.length < 5 ? 0 : query.length < 9 ? 1 : 2);

/** How well query matches name, both normalized: 0 best, 4 not at all. */
function score(query, name) {
  if (name === query) return 0;
  const words = name.split(' ');
  if (name.startsWith(query) || words.some((w) => w.startsWith(query))) return 1;
  if (name.includes(query)) return 2;
  const max = tolerance(query);
  if (max && [name, name.slice(0, query.length), ...words].some((w) => distance(query, w, max) <= max)) return 3;
  return 4;
}

/**
 * The Gemeinden that match text, best first, at most limit: each
 * { region, village } where village is the Ortsteil that matched, if any.
 */
export function searchRegions(regions, text, limit = 8) {
  const query = normalize(text);
  if (query.length < 2) return [];
  const hits = [];
  for (const region of regions) {
    if (region.kind !== 'gemeinde') continue;
    let best = { region, village: '', rank: score(query, normalize(region.name)) };
    for (const village of region.ortsteile || []) {
      const rank = score(query, normalize(village)) + 0.5; // the Gemeinde's own name goes first
      if (rank < best.rank) best = { region, village, rank };
    }
    if (best.rank < 4) hits.push(best);
  }
  return hits
    .sort((a, b) => a.rank - b.rank || (a.village || a.region.name).localeCompare(b.village || b.region.name, 'de'))
    .slice(0, limit);
}
