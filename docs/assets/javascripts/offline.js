// Register the service worker that keeps visited pages readable offline (docs/sw.js).
if ("serviceWorker" in navigator) {
  const root = new URL(document.querySelector("link[rel=manifest]").getAttribute("href"), location.href);
  navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: new URL("./", root).pathname });
}
