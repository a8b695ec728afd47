// Run Material's bundle, then the site's own scripts in order, once the page's first
// content is on screen. hooks/after_paint.py writes this inline with the list of scripts,
// and a low-priority preload for each, so they download with the page as before.
//
// Why wait: a deferred script runs after parsing, which on a fast network is before the
// first frame reaches the screen; Material's start-up (about 90 ms on a mid-range phone,
// much of it forced style and layout) then delays that frame. After the first paint the
// same work delays nothing the reader sees.
//
// Material's bundle waits for DOMContentLoaded, which has fired by then; it is dispatched
// again once the bundle has run. No other script on the site listens for it.
((sources) => {
  // Material's instant navigation makes every relative href and src absolute (it assigns
  // each to itself) as its bundle starts. After the page's load event, Chromium answers
  // that by fetching the stylesheets, fonts and preloads again; while the page is still
  // loading, as now, it reuses them. So do it here for the elements that fetch; Material
  // then finds them absolute and leaves them alone. Links (<a>) fetch nothing: left to it.
  for (const element of document.querySelectorAll("link[href], script[src], img[src]")) {
    const key = element.hasAttribute("href") ? "href" : "src";
    if (!/^(?:[a-z]+:)?\/\//i.test(element.getAttribute(key))) element[key] = element[key];
  }
  let started = false;
  const load = (src) =>
    new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.body.append(script);
    });
  // Each step in a task of its own: one long task blocks input longer than several short ones.
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));
  const start = () => {
    if (started) return;
    started = true;
    const [bundle, ...rest] = sources;
    load(bundle)
      .then(nextTask)
      .then(() => document.dispatchEvent(new Event("DOMContentLoaded")))
      .then(() => rest.reduce((previous, src) => previous.then(nextTask).then(() => load(src)), Promise.resolve()));
  };
  const soon = () => setTimeout(start);
  // Paint timing entries arrive once the frame has been presented, not just drawn.
  const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  const paint = ["largest-contentful-paint", "paint"].find((type) => types.includes(type));
  if (paint && document.visibilityState === "visible") {
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      soon();
    }).observe({ type: paint, buffered: true });
  }
  // A page opened in a background tab paints (and reports) nothing until it is shown;
  // a browser without paint timing never reports. Neither waits longer than this.
  addEventListener("visibilitychange", () => requestAnimationFrame(soon), { once: true });
  setTimeout(start, paint ? 3000 : 0);
})
