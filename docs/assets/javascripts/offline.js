// Register the service worker that keeps visited pages readable offline (docs/sw.js).
// Registered once the page has loaded and the main thread is idle, so that starting the
// worker never competes with the first paint on a slow phone.
if ("serviceWorker" in navigator) {
  const root = new URL(document.querySelector("link[rel=manifest]").getAttribute("href"), location.href);
  const register = () =>
    navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: new URL("./", root).pathname });
  const idle = window.requestIdleCallback || ((callback) => setTimeout(callback, 1));
  if (document.readyState === "complete") idle(register);
  else addEventListener("load", () => idle(register), { once: true });
}
