// Loads the study code only on pages that show study controls, including after instant
// navigation (Material's document$): the review page (#review-app) gets review.js; pages with
// interview questions, a note's "读完了" mark or a progress line get study-inline.js.
// Every other page loads nothing more.
const siteRoot = new URL(document.querySelector("link[rel=manifest]").getAttribute("href"), location.href);
const INLINE = "details.question[class*=' q-'], .study-mark, .study-progress";

function load(name) {
  return import(new URL(`assets/javascripts/${name}`, siteRoot).href);
}

function mountStudy() {
  const app = document.getElementById("review-app");
  if (app && !app.dataset.mounted) {
    app.dataset.mounted = "true";
    load("review.js")
      .then((review) => review.mount(app, siteRoot))
      .catch(() => {
        app.textContent = "复习页面没能加载。请连网后刷新；访问过一次之后，离线也能复习。";
      });
  }
  if (document.querySelector(INLINE)) load("study-inline.js").then((inline) => inline.mount(siteRoot)).catch(() => {});
}

if (typeof document$ !== "undefined") document$.subscribe(mountStudy);
else mountStudy();
