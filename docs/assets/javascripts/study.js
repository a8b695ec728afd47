// Loads the review code on the page that shows review (an element #review-app), and only
// there, including after instant navigation (Material's document$). Other pages load nothing more.
const siteRoot = new URL(document.querySelector("link[rel=manifest]").getAttribute("href"), location.href);

function mountReview() {
  const app = document.getElementById("review-app");
  if (!app || app.dataset.mounted) return;
  app.dataset.mounted = "true";
  import(new URL("assets/javascripts/review.js", siteRoot).href)
    .then((review) => review.mount(app, siteRoot))
    .catch(() => {
      app.textContent = "复习页面没能加载。请连网后刷新；访问过一次之后，离线也能复习。";
    });
}

if (typeof document$ !== "undefined") document$.subscribe(mountReview);
else mountReview();
