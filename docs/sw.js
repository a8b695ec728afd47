// Offline reading: every page and asset a reader has loaded is kept in the cache.
// Pages (HTML, search index, sitemap): network first, the cached copy when offline, so content
//   stays fresh.
// Files whose name or folder carries a hash of their content (Material's main.57a0d79d.min.css,
//   notebook plots plot-1270bce020e27a07.png, the search index under search/data/<hash>/)
//   never change: cache first.
// Other files (our CSS and scripts, KaTeX's CSS and its fonts, which the build cuts down to the
//   characters the site draws, icons): the cached copy at once, refreshed in the background, so
//   a returning reader gets a changed file on the next page.
const CACHE = "notes-v1";
const HASHED_NAME = /[.-][0-9a-f]{8,}(\.min)?\.[a-z0-9]+$/;
// Search index files live in a folder named by a hash of the whole index (hooks/search_index.py).
const HASHED_FOLDER = /\/search\/data\/[0-9a-f]{10}\//;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

async function store(cache, request, response) {
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    return await store(cache, request, await fetch(request));
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) || store(cache, request, await fetch(request));
}

async function staleWhileRevalidate(event, request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  const refreshed = fetch(request).then((response) => store(cache, request, response));
  if (!cached) return refreshed;
  event.waitUntil(refreshed.catch(() => undefined)); // offline: keep the cached copy
  return cached;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const isPage = request.mode === "navigate" || url.pathname.endsWith("/") ||
    url.pathname.endsWith(".html") || url.pathname.endsWith(".json") || url.pathname.endsWith(".xml");
  if (HASHED_FOLDER.test(url.pathname) || HASHED_NAME.test(url.pathname)) event.respondWith(cacheFirst(request));
  else if (isPage) event.respondWith(networkFirst(request));
  else event.respondWith(staleWhileRevalidate(event, request));
});
