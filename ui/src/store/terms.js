// The server's text analysis (hooks/search/terms.go with hooks/textsim) in
// the PWA, for the offline duplicate check: the same folding, stopwords,
// stemmer, compound splitting and synonym groups, driven by the tables in
// ui/src/generated/lexicon.json that a Go test writes from the server's own.
// tests/browser/terms.test.mjs checks that both give the same terms.

/** Returns terms(text) for a lexicon as in ui/src/generated/lexicon.json. */
export function analyzer(lexicon) {
  const stopwords = new Set(lexicon.stopwords);
  const fillers = new Set(lexicon.fillers);
  const parts = new Set(lexicon.parts);
  const min = lexicon.minStemLength;

  const cut = (word, suffix) => (word.endsWith(suffix) && word.length - suffix.length >= min ? word.slice(0, -suffix.length) : null);
  const stem = (word) => {
    word = cut(word, lexicon.feminineSuffix) ?? word;
    for (const suffix of lexicon.derivationalSuffixes) {
      const cutOff = cut(word, suffix);
      if (cutOff !== null) {
        word = cutOff;
        break;
      }
    }
    for (let stripped = true; stripped;) {
      stripped = false;
      for (const suffix of lexicon.inflectionalSuffixes) {
        if (suffix === 's' && word.endsWith('ss')) continue;
        const cutOff = cut(word, suffix);
        if (cutOff !== null) {
          word = cutOff;
          stripped = true;
          break;
        }
      }
    }
    if (word.endsWith('ss') && word.length > min) word = word.slice(0, -1);
    // ae, oe, ue become a, o, u, except the "ue" of "qu".
    return word.replace(/(?<!q)ue|([ao])e/g, (match, vowel) => vowel || 'u');
  };
  const partStems = new Set(lexicon.parts.map(stem));

  const isLastPart = (rest) => rest.length >= lexicon.minPartLength && (parts.has(rest) || partStems.has(stem(rest)));
  const restsAfter = (rest) => [rest, ...lexicon.linkingElements
    .filter((link) => rest.length > link.length + lexicon.minPartLength - 1 && rest.startsWith(link))
    .map((link) => rest.slice(link.length))];
  const split = (word) => {
    if (word.length < 2 * lexicon.minPartLength) return null;
    for (let end = word.length - lexicon.minPartLength; end >= lexicon.minPartLength; end--) {
      const head = word.slice(0, end);
      if (!parts.has(head)) continue;
      for (const rest of restsAfter(word.slice(end))) {
        if (isLastPart(rest)) return [head, rest];
        const more = split(rest);
        if (more) return [head, ...more];
      }
    }
    return null;
  };
  const wordTerms = (word) => {
    if (fillers.has(word)) return [];
    const pieces = (!parts.has(word) && !partStems.has(stem(word)) && split(word)) || [word];
    return pieces.map((piece) => {
      const s = stem(piece);
      return lexicon.canonical[s] ?? s;
    });
  };
  const fold = (word) => word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/\p{Mn}/gu, '');

  return (text) => (text || '').normalize('NFC').toLowerCase()
    .split(/[^\p{L}\p{Nd}]+/u)
    .map(fold)
    .filter((word) => word.length >= 2 && !stopwords.has(word))
    .flatMap(wordTerms);
}
