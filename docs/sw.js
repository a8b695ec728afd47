// Offline reading: the pages and files a reader has loaded are kept in a cache that holds one
// build of the site, so that a page is never shown with another build's stylesheet or fonts.
// - VERSION, written by the build (hooks/service_worker.py), is a hash of every other file of the
//   site; the cache is named after it. A new build means a new sw.js, which the browser installs;
//   the new worker takes over at once and deletes every other build's cache.
// - Pages (HTML): from the network, and at the same time this file, to learn which build the
//   server now has. If it is not the cached one, that cache is deleted before the page is
//   answered, so the rest of the view is fetched from the server too, and the new build's cache
//   starts filling. Offline: the cached copy.
// - Everything else comes from the cache when it is there (it belongs to the build the server
//   had at the last page load), else from the network, and is kept.
// - At most MAX_PAGES pages are kept, the least recently loaded dropped first; the other files
//   are bounded by the one build they belong to. A reader who saved the whole site offline
//   (assets/javascripts/offline-save.js, which creates the cache WHOLE_SITE) keeps every page.
// - Only a worker that has just checked the server's build creates that build's cache. The
//   browser may stop a worker and start it again (it then knows only its own VERSION), or let a
//   replaced worker go on answering a client it had: such a worker stores only into a cache that
//   exists, so it never brings back one a newer build deleted. Every checked page load also
//   deletes any other build's cache, whatever left it.
const VERSION = "dev";
const PREFIX = "notes-";
const MAX_PAGES = 60;
const VERSION_LINE = /^const VERSION = "([^"\n]*)";$/m;
const WHOLE_SITE = "offline-whole-site"; // exists while the reader keeps the whole site offline

let cacheName = PREFIX + VERSION;
let checked = false; // this run of the worker has read the server's build (at a page load)

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(dropCachesBut(cacheName).then(() => self.clients.claim())));

async function dropCachesBut(keep) {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== keep).map((name) => caches.delete(name)));
}

// The current build's cache to store into, or null. Only a worker that has read the server's
// build in this run, and is not yet replaced, may create it; any other (restarted, or replaced
// but still answering a client it had, such as the search worker) stores only into a cache that
// exists, so it can fill the current build's cache but never bring back a deleted one.
async function storeCache() {
  const current = checked && !(self.serviceWorker && self.serviceWorker.state === "redundant");
  if (!current && !(await caches.has(cacheName))) return null;
  return caches.open(cacheName);
}

const isPage = (url) => url.pathname.endsWith("/") || url.pathname.endsWith(".html");

async function liveVersion() {
  const response = await fetch(self.location.href, { cache: "no-cache" });
  const match = response.ok ? VERSION_LINE.exec(await response.text()) : null;
  return match ? match[1] : null;
}

// One page at a time, so that each trim counts every page stored before it.
let keeping = Promise.resolve();
function keepPage(request, response) {
  keeping = keeping.then(async () => {
    const cache = await storeCache();
    if (!cache) return;
    await cache.put(request, response);
    if (await caches.has(WHOLE_SITE)) return;
    const pages = (await cache.keys()).filter((key) => isPage(new URL(key.url)));
    await Promise.all(pages.slice(0, -MAX_PAGES).map((key) => cache.delete(key)));
  }).catch(() => undefined);
  return keeping;
}

async function page(event) {
  const [response, live] = await Promise.all([
    fetch(event.request).catch(() => null),
    liveVersion().catch(() => null),
  ]);
  if (live !== null) {
    const changed = PREFIX + live !== cacheName;
    cacheName = PREFIX + live;
    checked = true;
    await dropCachesBut(cacheName);
    if (changed) self.registration.update().catch(() => undefined);
  }
  if (response) {
    if (response.ok) event.waitUntil(keepPage(event.request, response.clone()));
    return response;
  }
  const cached = await caches.match(event.request, { cacheName, ignoreSearch: true });
  return cached || Response.error();
}

async function file(request) {
  const cached = await caches.match(request, { cacheName });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await storeCache();
    if (cache) await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate" || isPage(url)) event.respondWith(page(event));
  else event.respondWith(file(request));
});
