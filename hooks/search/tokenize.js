// The one tokenizer of site search, run by the index builder (Node, build_index.js) and by the
// search worker in the browser (worker.js), so the index and the query are always split alike.
//
// - Text is NFKC-normalised (full-width letters and digits become ASCII) and lower-cased.
// - A word is a run of Han characters or a run of ASCII letters and digits. Anything else
//   separates words, and so does a change of script: "DDIM采样" is the two words "ddim" and
//   "采样", exactly as "DDIM 采样" is.
// - A Han word is indexed as its characters and its overlapping character pairs (bigrams); a
//   query looks up its pairs (or its one character), so no dictionary is needed and any
//   substring of an indexed run is found.
// - A Latin word loses a plural "s" (not "ss", and only past three letters) on both sides.
(function (root, factory) {
  const api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.searchTokenize = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  const WORD = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;
  const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

  function normalize(text) {
    return String(text).normalize("NFKC").toLowerCase();
  }

  function stem(word) {
    return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  }

  // The words of a text, in order: { text, han, start, end } with offsets into the normalised text.
  function words(text) {
    const normalized = normalize(text);
    const found = [];
    for (const match of normalized.matchAll(WORD)) {
      const han = HAN.test(match[0]);
      found.push({ text: han ? match[0] : stem(match[0]), raw: match[0], han, start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  function pairs(text) {
    const chars = Array.from(text);
    const out = [];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }

  // Every term a text contributes to the index, with repeats (term frequency). Latin words
  // joined by a hyphen, dot or middle dot are also indexed as one: "Top-K" as "topk" too,
  // "VQ-VAE" as "vqvae", so a reader who leaves the hyphen out still finds them.
  function indexTerms(text) {
    const normalized = normalize(text);
    const found = words(text);
    const terms = [];
    found.forEach((word, i) => {
      if (word.han) {
        terms.push(...Array.from(word.text), ...pairs(word.text));
        return;
      }
      terms.push(word.text);
      const next = found[i + 1];
      if (next && !next.han && /^[-.·‧_]$/.test(normalized.slice(word.end, next.start))) terms.push(stem(word.raw + next.raw));
    });
    return terms.concat(phrases(normalized, found));
  }

  // Two Latin words in a row, separated only by spaces or a hyphen ("score matching"): indexed
  // and looked up as one more term, so a page that has the phrase beats one that has the words.
  function phrases(normalized, found) {
    const out = [];
    for (let i = 0; i + 1 < found.length; i++) {
      const [a, b] = [found[i], found[i + 1]];
      if (!a.han && !b.han && /^[\s-]+$/.test(normalized.slice(a.end, b.start))) out.push(`${a.text} ${b.text}`);
    }
    return out;
  }

  function queryPhrases(text) {
    return phrases(normalize(text), words(text));
  }

  // What a query looks up: one entry per query word, with the terms that word needs.
  function queryWords(text) {
    return words(text).map((word) => ({
      text: word.raw,
      han: word.han,
      terms: word.han ? (Array.from(word.text).length > 1 ? pairs(word.text) : [word.text]) : [word.text],
    }));
  }

  // Which index file holds a term: Latin terms by their first two characters (so a prefix
  // finds all its completions in one file), Han terms by a hash of their first character. A
  // character and every pair it begins share a file, so the file of a query's last character
  // already holds the pair the next keystroke makes: the worker fetches it ahead.
  function shardOf(term, hanShards) {
    if (!HAN.test(term)) return "l-" + term.slice(0, 2);
    let hash = 2166136261;
    const first = term.codePointAt(0);
    for (const byte of [first & 0xff, (first >> 8) & 0xff, first >> 16]) {
      hash ^= byte;
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return "h-" + (hash % hanShards);
  }

  // A title or query reduced to what identifies it: letters, digits and Han characters only.
  function compact(text) {
    return words(text).map((word) => word.raw).join("");
  }

  return { normalize, words, indexTerms, queryWords, queryPhrases, shardOf, compact, stem };
});
