// The site's search worker. Material's search box talks to it with Material's worker messages
// (SETUP, READY, QUERY, RESULT); the index it reads is built by build_index.js with the same
// tokenizer (tokenize.js, prepended to this file together with SEARCH, the index's settings).
//
// Nothing is fetched until the first non-empty query. Then, in parallel: pages.json (titles,
// aliases, section headings and lengths) and the one file per term that the query needs; then
// the text of the best section of each of the first results, for its excerpt. Once a query has
// been answered, the remaining index files are fetched in the background, a few at a time, so
// that search keeps working offline (the service worker keeps them).
/* global SEARCH, searchTokenize */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const K1 = 1.2, B = 0.75;                  // BM25 over each section's body
const HEADING_WEIGHT = 3, TITLE_WEIGHT = 6, ALIAS_WEIGHT = 3; // a term in a heading or title counts more
// A page's kind says how likely it is the page a reader wants when only its words match: a note before the
// notebook that demonstrates it, a daily post that revisits it, or a field's index.
const PRIOR = [[/^notebooks\//, 0.4], [/^blog\//, 0.5], [/^glossary\//, 0.6], [/^leetcode\//, 0.85], [/^(?:[a-z]+\/)?$/, 0.7]];
// A page's opening and its summary (概要) say what the page is about: their words count more.
const SUMMARY = new Set(["", "概要"]), SUMMARY_WEIGHT = 1.5;
const PREFIX_WEIGHT = 0.7;                  // "transfo" finds "transformer", a little weaker
const PHRASE_WEIGHT = 1;                    // two query words found side by side
const MAX_PAGES = 30, EXCERPTS = 10, EXCERPT_CHARS = 110;
const MORE_SECTIONS = 3;                    // further matching sections listed under a result

const base = new URL(`../../search/data/${SEARCH.data}/`, self.location.href);
const stop = new Set(SEARCH.stop);
const shardNames = new Set(SEARCH.shards);
const cache = new Map();
const arrived = new Set(); // names whose request has succeeded
let latest = 0, posted = 0;
let warmed = false;

function load(name, as) {
  if (!cache.has(name)) {
    const request = fetch(new URL(name, base)).then((response) => {
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return as === "text" ? response.text() : response.json();
    });
    request.then(() => arrived.add(name), () => undefined);
    request.catch(() => cache.delete(name)); // retry next time (e.g. back online)
    cache.set(name, request);
  }
  return cache.get(name);
}

const shard = (name) => (shardNames.has(name) ? load(`${name}.json`) : Promise.resolve({}));

// Postings a query word reaches: [{ weight, lists: [titlePages, headingSections, bodyPairs] }].
function postingsOf(word, shards, last) {
  const found = [];
  for (const term of word.terms) {
    if (stop.has(term)) continue;
    const terms = shards.get(searchTokenize.shardOf(term, SEARCH.hanShards));
    if (terms[term]) found.push({ term, weight: 1, lists: terms[term] });
    if (!word.han && term.length >= (last ? 1 : 3)) {
      const completions = Object.keys(terms).filter((t) => t !== term && t.startsWith(term));
      completions.sort((a, b) => terms[b][2].length - terms[a][2].length);
      for (const t of completions.slice(0, 12)) found.push({ term: t, weight: PREFIX_WEIGHT, lists: terms[t] });
    }
  }
  return found;
}

function idf(total, df) {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

// How far a title (or alias) is from being the query itself. An exact match of the whole title,
// of one of its parts ("DDPM" in "DDPM：去噪扩散概率模型", "DDPM、DDIM 与 SDE" in "扩散采样复习（DDPM、DDIM
// 与 SDE）；…") or of an alias puts the page in a tier of its own: a reader who types a page's name
// gets that page first, ahead of any page that merely uses the words more. Within a tier, and for
// pages that match less exactly, a bonus is added to the score: listed items ("DDIM" in "DDPM、DDIM")
// and words of one script within a part ("Transformer 与并行计算" -> "Transformer", "并行计算") for
// less, the head word (the first of the first part) more than the others; containing the query less.
const MAJOR = /[：:（）()；;/|]|\s[-–—]\s/, MINOR = /[、，,]/;

function titleMatch(query, title, aliases) {
  const none = { tier: 0, bonus: 0 };
  if (!query) return none;
  const major = title.split(MAJOR);
  const minor = major.flatMap((part) => part.split(MINOR)).filter((part) => MINOR.test(title) && !major.includes(part));
  const compactTitle = searchTokenize.compact(title);
  let tier = compactTitle === query ? 2 : 0;
  let best = tier ? 120 : 0;
  for (const part of major.concat(aliases)) {
    if (searchTokenize.compact(part) === query) { tier = Math.max(tier, 1); best = Math.max(best, 100); }
  }
  major.concat(minor).forEach((part, i) => {
    const runs = part.split(/\s+与\s+|\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+/).filter(Boolean);
    if (runs.length < 2 && i < major.length) return;
    runs.forEach((run, j) => {
      if (searchTokenize.compact(run) === query) best = Math.max(best, i === 0 && j === 0 ? 70 : 50);
    });
  });
  for (const part of [title, ...major, ...minor, ...aliases]) {
    const key = searchTokenize.compact(part);
    if (!key || key === query) continue;
    if (key.includes(query) && query.length >= 2) best = Math.max(best, 30 * query.length / key.length);
    else if (query.includes(key) && key.length >= 2) best = Math.max(best, 15 * key.length / query.length);
  }
  return tier || best ? { tier, bonus: best } : none;
}

function rank(query, words, index, shards) {
  const { pages, sections, average } = index;
  const sectionScore = new Float64Array(sections.length);
  const pageTitle = new Float64Array(pages.length);
  const seen = words.map(() => new Map()); // word -> page -> set of its terms seen on the page
  const note = (w, page, term) => {
    if (!seen[w].has(page)) seen[w].set(page, new Set());
    seen[w].get(page).add(term);
  };

  words.forEach((word, w) => {
    const last = w === words.length - 1 && !/\s$/.test(query);
    for (const { term, weight, lists } of postingsOf(word, shards, last)) {
      const [titles, headings, body] = lists;
      const slot = word.han ? term : word.terms[0];
      const sectionIdf = idf(sections.length, body.length / 2 + headings.length);
      for (let i = 0; i < body.length; i += 2) {
        const id = body[i], tf = body[i + 1];
        const norm = tf + K1 * (1 - B + B * sections[id][3] / average);
        sectionScore[id] += weight * sectionIdf * tf * (K1 + 1) / norm;
        note(w, sections[id][0], slot);
      }
      for (const id of headings) {
        sectionScore[id] += weight * sectionIdf * HEADING_WEIGHT;
        note(w, sections[id][0], slot);
      }
      const titleIdf = idf(pages.length, titles.length);
      for (const page of titles) {
        pageTitle[page] += weight * titleIdf * TITLE_WEIGHT;
        note(w, page, slot);
      }
      const aliases = lists[3] || [];
      const aliasIdf = idf(pages.length, aliases.length);
      for (const page of aliases) {
        pageTitle[page] += weight * aliasIdf * ALIAS_WEIGHT;
        note(w, page, slot);
      }
    }
  });

  for (const phrase of searchTokenize.queryPhrases(query)) {
    const lists = shards.get(searchTokenize.shardOf(phrase, SEARCH.hanShards))?.[phrase];
    if (!lists) continue;
    const [titles, headings, body, aliases] = lists;
    const phraseIdf = idf(sections.length, body.length / 2 + headings.length);
    for (let i = 0; i < body.length; i += 2) sectionScore[body[i]] += PHRASE_WEIGHT * phraseIdf * Math.min(body[i + 1], 3);
    for (const id of headings) sectionScore[id] += PHRASE_WEIGHT * phraseIdf * HEADING_WEIGHT;
    for (const page of titles.concat(aliases || [])) pageTitle[page] += PHRASE_WEIGHT * phraseIdf * ALIAS_WEIGHT;
  }

  const compactQuery = searchTokenize.compact(query);
  const bySection = new Map();
  sections.forEach((section, id) => {
    if (sectionScore[id] <= 0) return;
    if (SUMMARY.has(section[2])) sectionScore[id] *= SUMMARY_WEIGHT;
    const heading = section[2] ? titleMatch(compactQuery, section[2], []).bonus / 4 : 0;
    if (!bySection.has(section[0])) bySection.set(section[0], []);
    bySection.get(section[0]).push({ id, score: sectionScore[id] + heading });
  });

  const ranked = [];
  pages.forEach(([url, title, aliases], page) => {
    const found = (bySection.get(page) || []).sort((a, b) => b.score - a.score);
    const { tier, bonus } = titleMatch(compactQuery, title, aliases);
    if (!found.length && pageTitle[page] <= 0 && bonus <= 0) return;
    const coverage = words.map((word, w) => {
      const terms = word.terms.filter((t) => !stop.has(t));
      if (!terms.length) return 1;
      const got = seen[w].get(page);
      return got ? Math.min(1, got.size / (word.han ? terms.length : 1)) : 0;
    });
    const share = coverage.reduce((a, b) => a + b, 0) / Math.max(1, coverage.length);
    const body = (found[0]?.score || 0) + 0.3 * ((found[1]?.score || 0) + (found[2]?.score || 0));
    const prior = PRIOR.find(([pattern]) => pattern.test(url))?.[1] ?? 1;
    const score = (pageTitle[page] + body) * share * share * prior + bonus;
    const terms = {};
    words.forEach((word, w) => { terms[word.text] = coverage[w] >= 1; });
    ranked.push({ page, url, title, tier, score, sections: found, terms });
  });
  return ranked.sort((a, b) => b.tier - a.tier || b.score - a.score).slice(0, MAX_PAGES);
}

const escapeHTML = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The stretch of a section's text with the most query words, with each match marked.
function excerpt(text, words) {
  if (!text) return "";
  const needles = [];
  for (const word of words) {
    if (word.han && !text.includes(word.text)) needles.push(...word.terms.filter((t) => t.length > 1 || words.length === 1));
    else needles.push(word.text);
  }
  const pattern = needles.length ? new RegExp(needles.map(escapeRegExp).sort((a, b) => b.length - a.length).join("|"), "gi") : null;
  const hits = pattern ? [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]) : [];
  let start = 0;
  if (hits.length) {
    let bestCount = -1;
    for (const [from] of hits) {
      const count = new Set(hits.filter(([a]) => a >= from && a < from + EXCERPT_CHARS).map(([a, b]) => text.slice(a, b).toLowerCase())).size;
      if (count > bestCount) { bestCount = count; start = from; }
    }
    start = Math.max(0, start - 20);
  }
  const end = Math.min(text.length, start + EXCERPT_CHARS);
  let html = "", at = start;
  for (const [from, to] of hits) {
    if (from < at || from >= end) continue;
    html += escapeHTML(text.slice(at, from)) + `<mark>${escapeHTML(text.slice(from, Math.min(to, end)))}</mark>`;
    at = Math.min(to, end);
  }
  html += escapeHTML(text.slice(at, end));
  return `<p>${start > 0 ? "…" : ""}${html}${end < text.length ? "…" : ""}</p>`;
}

// A query with a reader's word for something the site names otherwise ("小顶堆") is searched
// with the site's word ("小根堆"), from config/search_synonyms.txt.
const synonyms = SEARCH.synonyms.map(([reader, site]) => [searchTokenize.compact(reader), site]);
function withSynonyms(query, depth = 0) {
  if (depth > 4) return query; // a pair whose site words contain its reader words
  const words = searchTokenize.words(query);
  for (const [reader, site] of synonyms) {
    const key = words.map((w) => w.raw).join("");
    const at = key.indexOf(reader);
    if (at < 0) continue;
    // Map the match back onto the query's words: replace whole words where it starts and ends.
    let offset = 0, from = -1, to = -1;
    for (const word of words) {
      if (offset <= at && at < offset + word.raw.length) from = word.start + (at - offset);
      if (offset < at + reader.length && at + reader.length <= offset + word.raw.length) to = word.start + (at + reader.length - offset);
      offset += word.raw.length;
    }
    if (from >= 0 && to > from) return withSynonyms(searchTokenize.normalize(query).slice(0, from) + ` ${site} ` + searchTokenize.normalize(query).slice(to), depth + 1);
  }
  return query;
}

// The next keystroke pairs the query's last Han character with a new one, and that pair lives in
// the last character's own file (tokenize.js shardOf): fetch it now, while the reader types.
function fetchAhead(query) {
  const last = searchTokenize.queryWords(query).pop();
  if (!last || !last.han || /\s$/.test(query)) return;
  shard(searchTokenize.shardOf(Array.from(last.text).pop(), SEARCH.hanShards)).catch(() => undefined);
}

async function answer(original, id, post) {
  fetchAhead(original);
  const query = withSynonyms(original);
  const words = searchTokenize.queryWords(query);
  if (!words.length) return { items: [], suggest: [] };
  const names = new Set(words.flatMap((w) => w.terms).map((t) => searchTokenize.shardOf(t, SEARCH.hanShards)));
  const [index, ...loaded] = await Promise.all([load("pages.json"), ...[...names].map(shard)]);
  if (id < posted) return null;
  const shards = new Map([...names].map((name, i) => [name, loaded[i]]));
  const ranked = rank(query, words, index, shards);

  const textNames = ranked.slice(0, EXCERPTS).map((r) => (r.sections.length ? `t/${r.sections[0].id}.txt` : null));
  const pending = textNames.map((name) => (name ? load(name, "text").catch(() => "") : Promise.resolve("")));
  // The ranked titles go out at once, unless the excerpts' texts are already here (as for most
  // keys after the first): then one answer, and Material renders the list once.
  if (!textNames.every((name) => !name || arrived.has(name))) {
    post({ ...results(query, words, index, shards, ranked, []), partial: true });
  }
  return results(query, words, index, shards, ranked, await Promise.all(pending));
}

function results(query, words, index, shards, ranked, texts) {
  const items = ranked.map((result, i) => {
    const top = result.score;
    const [best, ...rest] = result.sections;
    const text = excerpt(texts[i] || "", words);
    const page = { location: result.url, title: escapeHTML(result.title), text: "", score: top, terms: result.terms };
    const more = rest.filter((s) => index.sections[s.id][1]).slice(0, MORE_SECTIONS)
      .map((s) => section(index, result, s, "", top / 2));
    if (!best || !index.sections[best.id][1]) {
      page.text = text; // the best match is the page's opening, before any heading
      return [page, ...more];
    }
    return [page, section(index, result, best, text, top), ...more];
  });
  return { items, suggest: suggestion(words, shards, query) };
}

function section(index, result, found, text, score) {
  const [, anchor, heading] = index.sections[found.id];
  return { location: `${result.url}#${anchor}`, title: escapeHTML(heading), text, score, terms: result.terms };
}

// The completion of a half-typed last Latin word, shown greyed in the search box.
function suggestion(words, shards, query) {
  const last = words[words.length - 1];
  if (!last || last.han || /\s$/.test(query)) return [];
  const terms = shards.get(searchTokenize.shardOf(last.terms[0], SEARCH.hanShards)) || {};
  const completions = Object.keys(terms).filter((t) => t.startsWith(last.text.toLowerCase()) && t.length > last.text.length);
  completions.sort((a, b) => terms[b][2].length - terms[a][2].length);
  return completions.length ? [completions[0]] : [];
}

async function warm() {
  if (warmed) return;
  warmed = true;
  const queue = SEARCH.shards.map((name) => () => shard(name).catch(() => undefined));
  const run = async () => { for (let next = queue.shift(); next; next = queue.shift()) await next(); };
  await Promise.all([run(), run()]);
}

self.addEventListener("message", async (event) => {
  const message = event.data;
  if (message.type === SETUP) {
    self.postMessage({ type: READY });
  } else if (message.type === QUERY) {
    const id = ++latest;
    const query = String(message.data || "");
    // `query` is not read by Material; it lets a test tell which query a result answers.
    // An older query's answer still shows while a newer one loads, but never replaces it.
    const post = (data) => {
      if (id < posted) return;
      posted = id;
      self.postMessage({ type: RESULT, data: { ...data, query } });
    };
    let data;
    try {
      data = await answer(query, id, post);
    } catch (error) {
      data = { items: [], suggest: [] }; // offline before the index was ever fetched
    }
    if (data) {
      post(data);
      if (data.items.length && id === latest) setTimeout(warm, 3000);
    }
  }
});
