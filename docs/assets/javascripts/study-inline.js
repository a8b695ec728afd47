// Study controls on the pages that show questions or notes (loaded by study.js):
// - under each interview question, once it is opened: grade your recall in place, which adds
//   the question to review or reviews it (study-schedule.js);
// - at the end of each note: a reversible "读完了" mark (.study-mark[data-note]);
// - on the home and field pages: a progress line (.study-progress[data-scope]) counting notes
//   read, questions learned and questions due, from review/progress.json (hooks/review.py).
import { element } from "./study-dom.js";
import * as store from "./study-store.js";

// The scheduler (and ts-fsrs with it) loads when a question is first opened, so the home and
// field pages, which only count, never load it.
let scheduling = null;
const schedule = () => (scheduling ||= import("./study-schedule.js"));

function questionId(details) {
  const name = [...details.classList].find((c) => c.startsWith("q-"));
  return name ? name.slice(2) : null;
}

function dueText(card, now, interval) {
  const due = new Date(card.due);
  return due <= now ? "已到期，可以复习了。" : `下次复习在 ${interval(now, due)}后。`;
}

function mountQuestion(details) {
  const id = questionId(details);
  if (!id) return;
  details.dataset.study = "true";
  const build = async () => {
    if (!details.open || details.dataset.study === "built") return;
    details.dataset.study = "built";
    const { GRADES, grade, interval } = await schedule();
    const status = element("p", { class: "study-grade__status", role: "status" });
    const card = store.load().cards[id];
    status.textContent = card ? `已在复习中；${dueText(card, new Date(), interval)}` : "自测：想好答案再看，然后告诉复习计划你记得怎么样。";
    const buttons = element("div", { class: "study-grade__buttons", role: "group", "aria-label": "记得怎么样？" });
    for (const { rating, label } of GRADES) {
      buttons.append(element("button", { type: "button", class: "review-button", "data-rating": String(rating), text: label,
        onclick: () => {
          const now = new Date();
          const data = grade(id, rating, now);
          status.textContent = `已记为“${label}”；${dueText(data.cards[id], now, interval)}`;
        } }));
    }
    details.append(element("div", { class: "study-grade" }, status, buttons));
  };
  details.addEventListener("toggle", build);
  build();
}

function mountMark(mark) {
  const src = mark.dataset.note;
  mark.dataset.ready = "true";
  const button = element("button", { type: "button", class: "review-button" });
  const render = () => {
    const read = src in store.load().read;
    button.setAttribute("aria-pressed", String(read));
    button.textContent = read ? "✓ 已读完（再点一次撤销）" : "标记为读完了";
  };
  button.addEventListener("click", () => {
    store.update((data) => {
      if (src in data.read) delete data.read[src];
      else data.read[src] = new Date().toISOString();
    });
    render();
  });
  render();
  mark.append(element("p", { text: "读完了？标记之后，这篇的面试问答会进入复习页的“已读笔记”题组。" }), button);
}

async function mountProgress(box, siteRoot) {
  box.dataset.ready = "true";
  const response = await fetch(new URL("review/progress.json", siteRoot));
  if (!response.ok) return;
  const { fields } = await response.json();
  const scope = box.dataset.scope;
  const chosen = scope === "all" ? Object.values(fields) : [fields[scope]].filter(Boolean);
  const notes = chosen.flatMap((f) => f.notes);
  const ids = chosen.flatMap((f) => f.questions);
  const data = store.load();
  const now = Date.now();
  const read = notes.filter((src) => src in data.read).length;
  const learned = ids.filter((id) => data.cards[id]);
  const due = learned.filter((id) => Date.parse(data.cards[id].due) <= now).length;
  const link = box.querySelector("a");
  const text = `阅读进度：已读 ${read}/${notes.length} 篇笔记，已学 ${learned.length}/${ids.length} 道题，${due} 道到期。`;
  box.replaceChildren(text, ...(link ? [" ", link] : []));
}

export function mount(siteRoot) {
  for (const details of document.querySelectorAll("details.question:not([data-study])")) mountQuestion(details);
  for (const mark of document.querySelectorAll(".study-mark[data-note]:not([data-ready])")) mountMark(mark);
  for (const box of document.querySelectorAll(".study-progress[data-scope]:not([data-ready])")) mountProgress(box, siteRoot);
}
