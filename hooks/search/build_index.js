// Build the site's search index from the sections Material's search plugin collected.
//
//   node hooks/search/build_index.js INPUT.json
//
// INPUT: { out, worker_dir, han_shards, synonyms: [[reader, site]], sections: [{ page, anchor, heading, text }],
//          pages: [{ url, title, aliases }] } written by hooks/search_index.py.
// Writes, under `out` (a folder named by a hash of its content, so it is never stale):
//   pages.json        page titles and aliases, section headings and lengths: what ranking needs
//   <shard>.json      postings of the terms that fall in that shard (tokenize.js shardOf)
//   t/<section>.txt   each section's plain text, fetched for the excerpts of shown results
// and the search worker, search-worker.<hash>.js in `worker_dir`: tokenize.js, the index's
// settings, then worker.js. Prints one JSON line: { worker, data, sections, terms, bytes }.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { indexTerms, shardOf } = require("./tokenize.js");

// A term in more than this share of sections says nothing about any of them ("的", "the").
const STOP_SHARE = 0.5;

function hash(text) {
  return crypto.createHash("sha256").update(text).digest("hex").slice(0, 10);
}

function count(terms) {
  const counts = new Map();
  for (const term of terms) counts.set(term, (counts.get(term) || 0) + 1);
  return counts;
}

function build(input) {
  const { sections, pages } = input;
  // term -> { title: [page], heading: [section], body: [section, tf, ...], alias: [page] }
  const postings = new Map();
  const entry = (term) => {
    let found = postings.get(term);
    if (!found) postings.set(term, (found = { title: [], heading: [], body: [], alias: [] }));
    return found;
  };

  pages.forEach((page, id) => {
    for (const term of count(indexTerms(page.title)).keys()) entry(term).title.push(id);
    for (const term of count(indexTerms(page.aliases.join(" "))).keys()) entry(term).alias.push(id);
  });
  const lengths = [];
  sections.forEach((section, id) => {
    for (const term of count(indexTerms(section.heading)).keys()) entry(term).heading.push(id);
    const body = indexTerms(section.text);
    lengths.push(body.length);
    for (const [term, tf] of count(body)) entry(term).body.push(id, tf);
  });

  const stop = [];
  const shards = new Map();
  for (const [term, lists] of postings) {
    if (lists.body.length / 2 > STOP_SHARE * sections.length) {
      stop.push(term);
      continue;
    }
    const name = shardOf(term, input.han_shards);
    if (!shards.has(name)) shards.set(name, {});
    shards.get(name)[term] = [lists.title, lists.heading, lists.body, lists.alias];
  }

  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const files = new Map();
  files.set("pages.json", JSON.stringify({
    pages: pages.map((p) => [p.url, p.title, p.aliases]),
    sections: sections.map((s, id) => [s.page, s.anchor, s.heading, lengths[id]]),
    average,
  }));
  for (const [name, terms] of [...shards].sort()) files.set(`${name}.json`, JSON.stringify(terms));
  sections.forEach((section, id) => files.set(`t/${id}.txt`, section.text));

  const digest = hash([...files].map(([name, body]) => name + "\0" + body).join("\0"));
  return { files, digest, stop: stop.sort(), shards: [...shards.keys()].sort(), terms: postings.size };
}

function main() {
  const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const index = build(input);
  const data = path.join(input.out, index.digest);
  fs.rmSync(input.out, { recursive: true, force: true });
  let bytes = 0;
  for (const [name, body] of index.files) {
    const file = path.join(data, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body);
    bytes += Buffer.byteLength(body);
  }
  const settings = {
    data: index.digest,
    hanShards: input.han_shards,
    shards: index.shards,
    stop: index.stop,
    synonyms: input.synonyms || [],
  };
  const source = [
    fs.readFileSync(path.join(__dirname, "tokenize.js"), "utf8"),
    `const SEARCH = ${JSON.stringify(settings)};`,
    fs.readFileSync(path.join(__dirname, "worker.js"), "utf8"),
  ].join("\n");
  const worker = `search-worker.${hash(source)}.js`;
  fs.mkdirSync(input.worker_dir, { recursive: true });
  for (const old of fs.readdirSync(input.worker_dir)) {
    if (/^search-worker\.[0-9a-f]+\.js$/.test(old)) fs.rmSync(path.join(input.worker_dir, old));
  }
  fs.writeFileSync(path.join(input.worker_dir, worker), source);
  process.stdout.write(JSON.stringify({ worker, data: index.digest, sections: input.sections.length, terms: index.terms, bytes }) + "\n");
}

if (require.main === module) main();
module.exports = { build };
