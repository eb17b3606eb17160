// The offline duplicate check, loaded on demand with the new-idea form (not
// on the critical path): the server's analysis (terms.js with the generated
// lexicon) and its score (hooks/search/similarity.go), the weighted Dice
// overlap of the term sets, each term weighed by its rarity among the ideas
// stored on the device; the title alone counts too, so a draft repeating a
// long idea's title finds it.
import lexicon from '../generated/lexicon.json' with { type: 'json' };
import { analyzer } from './terms.js';

const terms = analyzer(lexicon);

// As on the server: the least overlap of a possible duplicate.
const MIN_SIMILARITY = 0.2;

// The terms of an idea, kept while its text is unchanged.
const analysed = new Map();
function termsOf(idea) {
  const key = idea.title + '\n' + idea.body;
  let entry = analysed.get(idea.id);
  if (!entry || entry.key !== key) {
    entry = { key, all: new Set(terms(key)), title: new Set(terms(idea.title)) };
    analysed.set(idea.id, entry);
  }
  return entry;
}

// bm25's inverse document frequency of a term found in n of total ideas.
const idf = (n, total) => Math.log(1 + (total - n + 0.5) / (n + 0.5));

function dice(draft, other, weight) {
  let total = 0;
  let shared = 0;
  for (const term of other) total += weight(term);
  for (const term of draft) {
    total += weight(term);
    if (other.has(term)) shared += 2 * weight(term);
  }
  return total ? shared / total : 0;
}

/** The stored ideas most similar to a draft, best first. */
export function similarLocally(ideas, text, limit = 5) {
  const draft = new Set(terms(text));
  if (!draft.size) return [];
  const analysedIdeas = ideas.map((idea) => ({ idea, ...termsOf(idea) }));
  const documents = new Map();
  for (const { all } of analysedIdeas) for (const term of all) documents.set(term, (documents.get(term) || 0) + 1);
  const weight = (term) => idf(documents.get(term) || 0, analysedIdeas.length);
  const scored = [];
  for (const { idea, all, title } of analysedIdeas) {
    const score = Math.max(dice(draft, all, weight), dice(draft, title, weight));
    if (score >= MIN_SIMILARITY) scored.push({ idea, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.idea);
}
