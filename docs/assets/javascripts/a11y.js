// Names for landmarks Material leaves unnamed or named alike (axe-core: aria-dialog-name,
// landmark-unique). Runs on every page, including after instant navigation (Material's document$).
function landmarkName(element) {
  if (element.hasAttribute("aria-label")) return element.getAttribute("aria-label");
  const label = document.getElementById(element.getAttribute("aria-labelledby") || "");
  return label ? label.textContent.trim() : "";
}

function nameLandmarks() {
  const search = document.querySelector(".md-search[role=dialog]");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "搜索");
  const seen = new Map();
  for (const nav of document.querySelectorAll("nav")) {
    const name = landmarkName(nav);
    const count = (seen.get(name) || 0) + 1;
    seen.set(name, count);
    if (count > 1) {
      nav.removeAttribute("aria-labelledby");
      nav.setAttribute("aria-label", `${name || "导航"}（${count}）`);
    }
  }
}

if (typeof document$ !== "undefined") document$.subscribe(nameLandmarks);
else nameLandmarks();
