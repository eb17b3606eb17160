// Search and duplicate detection: on the server when online (ranked, with
// stemming), over the local data when offline, so the person can still find
// an idea to support instead of writing it again.
import { NetworkError, request } from '../api.js';

const STOPWORDS = new Set(('der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at').split(' '));

/** Lower case, umlauts folded, split into words of three letters or more. */
export function words(text) {
  return (text || '')
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

// A crude stem: German and English endings off, so "Formulare" finds "Formular".
const stem = (w) => w.replace(/(ungen|ung|en|er|es|e|n|s)$/, '') || w;

/** Ideas containing every word of q, best title matches first (offline search). */
export function searchLocally(ideas, q) {
  const terms = words(q).map(stem);
  if (!terms.length) return [];
  const hits = [];
  for (const idea of ideas) {
    const title = words(idea.title).map(stem);
    const all = title.concat(words(idea.body).map(stem));
    if (terms.every((t) => all.some((w) => w.startsWith(t)))) {
      hits.push({ idea, score: terms.filter((t) => title.some((w) => w.startsWith(t))).length });
    }
  }
  return hits.sort((a, b) => b.score - a.score).map((h) => h.idea);
}

/**
 * The offline duplicate check, with the server's analysis and lexicon: a
 * chunk of its own, loaded when the new-idea form opens (loadSimilar).
 */
export const loadSimilar = () => import('./similar.js');

async function similarLocally(ideas, text) {
  return (await loadSimilar()).similarLocally(ideas, text);
}

/**
 * Searches public ideas of a district. Returns { ids, offline }: the ids of
 * the hits, best first; offline says the local data was searched instead.
 */
export async function searchIdeas(q, district, localIdeas) {
  if (!navigator.onLine) return { items: searchLocally(localIdeas, q), offline: true };
  try {
    const page = await request(`/api/ideas/search?q=${encodeURIComponent(q)}&region=${encodeURIComponent(district)}`, { timeout: 8000 });
    return { items: page.items, offline: false };
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    return { items: searchLocally(localIdeas, q), offline: true };
  }
}

/** Possible duplicates of a draft: { items, offline }. */
export async function findSimilar(text, region, localIdeas) {
  if (!navigator.onLine) return { items: await similarLocally(localIdeas, text), offline: true };
  try {
    const page = await request(`/api/ideas/similar?text=${encodeURIComponent(text.slice(0, 500))}&region=${encodeURIComponent(region)}&limit=5`, { timeout: 5000 });
    return { items: page.items, offline: false };
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    return { items: await similarLocally(localIdeas, text), offline: true };
  }
}
