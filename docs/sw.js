// Offline reading: every page and asset a reader has loaded is kept in the cache.
// Pages (HTML, search index): network first, cache when offline, so content stays fresh.
// Other same-site files (CSS, JS, fonts, images): cache first; their names change with content
// (Material hashes its bundles) or they rarely change (KaTeX fonts, icons).
const CACHE = "notes-v1";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const isPage = request.mode === "navigate" || url.pathname.endsWith("/") ||
    url.pathname.endsWith(".html") || url.pathname.endsWith(".json") || url.pathname.endsWith(".xml");
  event.respondWith(isPage ? networkFirst(request) : cacheFirst(request));
});
