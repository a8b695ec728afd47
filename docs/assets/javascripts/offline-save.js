// "保存全站离线阅读" on the review page: show what the whole site costs to download, then fetch
// every file listed in offline.json (hooks/service_worker.py) through the service worker,
// which keeps them in the current build's cache (docs/sw.js). The cache WHOLE_SITE tells the
// worker to keep every page instead of its usual limit; "取消" deletes it. Files already
// cached are skipped, so an interrupted save resumes where it stopped.
import { element } from "./study-dom.js";

const WHOLE_SITE = "offline-whole-site"; // the same name as in sw.js
const PARALLEL = 4;

async function buildCache() {
  const names = (await caches.keys()).filter((name) => name.startsWith("notes-"));
  return names.length === 1 ? caches.open(names[0]) : null;
}

async function cachedUrls() {
  const cache = await buildCache();
  return new Set(cache ? (await cache.keys()).map((request) => request.url) : []);
}

// siteRoot is the manifest's URL (study.js): a path resolves against its folder, the site root,
// and "" (the home page) must be written "./", or it would mean the manifest itself.
const megabytes = (bytes) => (bytes / 1e6).toFixed(1);

export function mount(container, siteRoot) {
  const status = element("p", { class: "offline-save__status", role: "status" });
  const actions = element("div", { class: "review-data" });
  const open = element("button", { type: "button", class: "review-button", id: "offline-open", text: "保存全站离线阅读…" });
  container.replaceChildren(status, actions);
  actions.append(open);
  if (!("serviceWorker" in navigator) || !navigator.serviceWorker.controller) {
    open.disabled = true;
    status.textContent = "这个浏览器现在不能离线保存（需要 Service Worker；刷新一次页面后再试）。";
    return;
  }
  open.addEventListener("click", async () => {
    open.disabled = true;
    status.textContent = "正在计算大小……";
    const response = await fetch(new URL("offline.json", siteRoot), { cache: "no-cache" });
    const { files } = await response.json();
    const total = files.reduce((sum, [, size]) => sum + size, 0);
    const have = await cachedUrls();
    const missing = files.filter(([path]) => !have.has(new URL(path || "./", siteRoot).href));
    const kept = await caches.has(WHOLE_SITE);
    status.textContent = `全站共 ${files.length} 个文件，下载约 ${megabytes(total)} MB；这台设备已存 ${files.length - missing.length} 个，`
      + `还需下载约 ${megabytes(missing.reduce((sum, [, size]) => sum + size, 0))} MB。保存后全部页面和搜索都能离线使用；站点更新后需要重新保存。`;
    const start = element("button", { type: "button", class: "review-button review-button--filled", id: "offline-start",
                                      text: missing.length ? "开始保存" : "已全部保存" });
    start.disabled = missing.length === 0;
    const stop = element("button", { type: "button", class: "review-button", id: "offline-stop", text: "不再保留全站" });
    stop.hidden = !kept;
    stop.addEventListener("click", async () => {
      await caches.delete(WHOLE_SITE);
      stop.hidden = true;
      status.textContent = "已取消全站保留：以后只保留最近读过的页面。";
    });
    start.addEventListener("click", async () => {
      start.disabled = true;
      await caches.open(WHOLE_SITE);
      stop.hidden = false;
      let done = 0;
      let failed = 0;
      const queue = [...missing];
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          try {
            const reply = await fetch(new URL(next[0] || "./", siteRoot));
            if (!reply.ok) failed += 1;
            await reply.arrayBuffer(); // read to the end, so the worker stores the whole body
          } catch {
            failed += 1;
          }
          done += 1;
          if (done % 25 === 0) status.textContent = `正在保存：${done}/${missing.length}`;
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      // The worker stores a page just after answering it: count what the cache really holds.
      let absent = [];
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const have = await cachedUrls();
        absent = files.filter(([path]) => !have.has(new URL(path || "./", siteRoot).href));
        if (absent.length === 0) break;
        await new Promise((wait) => setTimeout(wait, 200));
      }
      status.textContent = absent.length
        ? `还有 ${absent.length} 个文件没有存下（${failed ? `${failed} 个下载失败，可能断网了` : "可能是存储空间不够"}）。再点“保存全站离线阅读…”会接着保存。`
        : `已保存全站：${files.length} 个文件都在这台设备上了。`;
      start.textContent = absent.length ? "开始保存" : "已全部保存";
      open.disabled = false;
    });
    actions.replaceChildren(open, start, stop);
  });
}
