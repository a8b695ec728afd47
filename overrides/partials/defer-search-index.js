// Material's bundle requests search/search_index.json (hundreds of KB) the moment it runs,
// so on a slow phone the index competes with the page's own first paint. Hold back that one
// request until the page has loaded and the main thread is idle, or until the reader first
// touches, clicks or types (they may be heading for search), whichever comes first.
// Material sends the request with XMLHttpRequest (its requestJSON); every other request passes.
(() => {
  const INDEX = "/search/search_index.json";
  let released = false;
  const waiting = [];
  const release = () => {
    if (released) return;
    released = true;
    for (const send of waiting.splice(0)) send();
  };
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.isSearchIndex = new URL(String(url), location.href).pathname.endsWith(INDEX);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...body) {
    if (released || !this.isSearchIndex) return send.apply(this, body);
    waiting.push(() => send.apply(this, body));
  };
  const idle = window.requestIdleCallback || ((callback) => setTimeout(callback, 1));
  addEventListener("load", () => requestAnimationFrame(() => idle(release, { timeout: 3000 })), { once: true });
  for (const type of ["pointerdown", "keydown", "focusin"]) {
    addEventListener(type, release, { once: true, capture: true, passive: true });
  }
})();
