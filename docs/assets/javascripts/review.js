// The review page (docs/review.md): one question at a time from the chosen deck, answer on
// request, and the reader's grade passed to the FSRS scheduler (ts-fsrs, vendored by
// hooks/review.py), which sets when the question is due again. Due questions come first,
// oldest first; then new ones in reading order, at most settings.newPerDay a day.
// The questions and rendered answers come from review/questions.json (hooks/review.py).
// Keys: Space or Enter shows the answer; 1 to 4 grade it.
import * as store from "./study-store.js";
import { element } from "./study-dom.js";
import { GRADES, grade, interval, preview } from "./study-schedule.js";

function deckMembers(bank, deck, data) {
  if (deck === "all") return bank.questions;
  if (deck === "read") return bank.questions.filter((q) => bank.notes[q.note].src in data.read);
  if (deck.startsWith("field:")) return bank.questions.filter((q) => bank.notes[q.note].field === deck.slice(6));
  if (deck.startsWith("note:")) return bank.questions.filter((q) => bank.notes[q.note].src === deck.slice(5));
  return [];
}

// What the deck holds for review now: due cards by due date, then the new cards allowed today.
export function queue(bank, deck, data, now) {
  const members = deckMembers(bank, deck, data);
  const due = members
    .filter((q) => data.cards[q.id] && Date.parse(data.cards[q.id].due) <= now.getTime())
    .sort((a, b) => Date.parse(data.cards[a.id].due) - Date.parse(data.cards[b.id].due));
  const unseen = members.filter((q) => !data.cards[q.id]);
  const today = data.days[store.dayOf(now)] || { new: 0, reviews: 0 };
  const allowed = Math.max(0, data.settings.newPerDay - today.new);
  const later = members.filter((q) => data.cards[q.id] && Date.parse(data.cards[q.id].due) > now.getTime())
    .map((q) => Date.parse(data.cards[q.id].due));
  return { due, fresh: unseen.slice(0, allowed), unseen: unseen.length, allowed, today,
           next: later.length ? new Date(Math.min(...later)) : null, total: members.length };
}

function linkMathStyles(root, answerHtml) {
  const sheets = ["assets/math/temml.css", ...(answerHtml.includes('class="katex') ? ["assets/katex/katex.min.css"] : [])];
  for (const sheet of sheets) {
    const href = new URL(sheet, root).href;
    if (![...document.styleSheets].some((s) => s.href === href) && !document.querySelector(`link[href="${href}"]`)) {
      document.head.append(element("link", { rel: "stylesheet", href }));
    }
  }
}

// Due and unseen questions per deck, in one pass over the questions (a deck per note makes ~70).
function deckCounts(bank, data, now) {
  const counts = new Map();
  const add = (deck, question) => {
    const count = counts.get(deck) || { due: 0, unseen: 0 };
    const card = data.cards[question.id];
    if (!card) count.unseen += 1;
    else if (Date.parse(card.due) <= now) count.due += 1;
    counts.set(deck, count);
  };
  for (const question of bank.questions) {
    const note = bank.notes[question.note];
    add("all", question);
    add(`field:${note.field}`, question);
    add(`note:${note.src}`, question);
    if (note.src in data.read) add("read", question);
  }
  return counts;
}

function deckOptions(bank, data) {
  const select = element("select", { id: "review-deck" });
  const counts = deckCounts(bank, data, Date.now());
  const count = (deck) => {
    const { due, unseen } = counts.get(deck) || { due: 0, unseen: 0 };
    return `${due} 到期 · ${unseen} 未学`;
  };
  select.append(element("option", { value: "all", text: `全部题目（${count("all")}）` }));
  select.append(element("option", { value: "read", text: `已读笔记的题目（${count("read")}）` }));
  const fields = element("optgroup", { label: "按领域" });
  for (const field of bank.fields) {
    fields.append(element("option", { value: `field:${field.id}`, text: `${field.name}（${count(`field:${field.id}`)}）` }));
  }
  select.append(fields);
  for (const field of bank.fields) {
    const group = element("optgroup", { label: `${field.name}：按笔记` });
    for (const note of bank.notes.filter((n) => n.field === field.id)) {
      group.append(element("option", { value: `note:${note.src}`, text: `${note.title}（${count(`note:${note.src}`)}）` }));
    }
    select.append(group);
  }
  select.value = [...select.options].some((o) => o.value === data.settings.deck) ? data.settings.deck : "all";
  return select;
}

export async function mount(app, root) {
  const response = await fetch(new URL(app.dataset.data, location.href));
  if (!response.ok) throw new Error(`${app.dataset.data}: ${response.status}`);
  const bank = await response.json();
  const status = element("p", { class: "review-status", role: "status" });
  const alert = element("p", { class: "review-alert", role: "alert" });
  const card = element("section", { class: "review-card", "aria-label": "当前题目" });
  let current = null; // { question, revealed }

  const controls = element("div", { class: "review-controls" });
  function renderControls() {
    const data = store.load();
    const deck = deckOptions(bank, data);
    deck.addEventListener("change", () => {
      store.update((d) => { d.settings.deck = deck.value; });
      render();
    });
    const perDay = element("input", { id: "review-new-per-day", type: "number", min: "0", max: String(store.MAX_NEW_PER_DAY),
                                      inputmode: "numeric", value: String(data.settings.newPerDay) });
    perDay.addEventListener("change", () => {
      const value = Number(perDay.value);
      if (Number.isInteger(value) && value >= 0 && value <= store.MAX_NEW_PER_DAY) {
        store.update((d) => { d.settings.newPerDay = value; });
        render();
      } else {
        alert.textContent = `每日新题数应为 0 到 ${store.MAX_NEW_PER_DAY} 的整数。`;
      }
    });
    controls.replaceChildren(
      element("label", { for: "review-deck", text: "题组" }), deck,
      element("label", { for: "review-new-per-day", text: "每日新题上限" }), perDay,
    );
  }

  function show(question) {
    current = { question, revealed: false };
    const note = bank.notes[question.note];
    const title = element("h2", { id: "review-question", tabindex: "-1" });
    title.innerHTML = question.q;
    const answer = element("div", { class: "review-answer", id: "review-answer", hidden: "" });
    answer.innerHTML = question.a;
    const reveal = element("button", { type: "button", class: "review-button review-button--filled", id: "review-reveal",
                                       "aria-controls": "review-answer", "aria-expanded": "false", text: "显示答案（空格）",
                                       onclick: () => revealAnswer() });
    const source = element("p", { class: "review-source" }, "出自：", element("a", { href: `${note.url}#面试问答`, text: note.title }));
    card.replaceChildren(source, title, answer, reveal);
    linkMathStyles(root, question.a);
  }

  function revealAnswer() {
    if (!current || current.revealed) return;
    current.revealed = true;
    const now = new Date();
    const dues = preview(current.question.id, now);
    const answer = card.querySelector("#review-answer");
    answer.hidden = false;
    const reveal = card.querySelector("#review-reveal");
    const grades = element("div", { class: "review-grades", role: "group", "aria-label": "记得怎么样？" });
    for (const { rating, label, key } of GRADES) {
      const due = dues[rating];
      grades.append(element("button", {
        type: "button", class: "review-button", "data-rating": String(rating), "aria-keyshortcuts": key,
        text: `${label} · ${interval(now, due)}`, onclick: () => gradeCurrent(rating),
      }));
    }
    reveal.replaceWith(grades);
    grades.querySelector("button").focus();
  }

  function gradeCurrent(rating) {
    if (!current || !current.revealed) return;
    grade(current.question.id, rating, new Date());
    render();
  }

  function render({ focus = true } = {}) {
    const data = store.load();
    renderControls();
    const q = queue(bank, data.settings.deck, data, new Date());
    const next = q.due[0] || q.fresh[0];
    status.textContent = `本组 ${q.total} 题：${q.due.length} 题到期，${q.unseen} 题未学（今天还可学新题 ${q.allowed} 道）；今天已复习 ${q.today.reviews} 次。`;
    if (next) {
      show(next);
      if (focus) card.querySelector("#review-question").focus({ preventScroll: true });
    } else {
      current = null;
      const when = q.next ? `下一题在 ${interval(new Date(), q.next)}后到期。` : "";
      const message = q.total === 0 ? (data.settings.deck === "read" ? "还没有标记为已读的笔记。" : "这个题组没有题目。")
        : `这一组现在没有要复习的题。${when}`;
      card.replaceChildren(element("p", { text: message }),
        element("button", { type: "button", class: "review-button", text: "刷新", onclick: () => render() }));
    }
  }

  const data = element("section", { class: "review-data", "aria-label": "进度数据" });
  const fileInput = element("input", { type: "file", accept: "application/json,.json", id: "review-import-file", hidden: "" });
  fileInput.addEventListener("change", async () => {
    const [file] = fileInput.files;
    fileInput.value = "";
    if (!file) return;
    try {
      const imported = store.parseImport(await file.text());
      const count = Object.keys(imported.cards).length;
      if (!confirm(`导入会用文件里的进度（${count} 道题的记录）替换这台设备上的进度。继续吗？`)) return;
      store.replace(imported);
      alert.textContent = "";
      status.textContent = `已导入 ${count} 道题的记录。`;
      render();
    } catch (error) {
      alert.textContent = error instanceof store.StudyDataError ? `导入失败，进度没有改变：${error.message}` : `导入失败，进度没有改变。`;
    }
  });
  data.append(
    element("button", { type: "button", class: "review-button", id: "review-export", text: "导出进度", onclick: () => {
      const blob = new Blob([store.exportText()], { type: "application/json" });
      const link = element("a", { href: URL.createObjectURL(blob), download: `ml-notes-study-${store.dayOf(new Date())}.json` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } }),
    element("button", { type: "button", class: "review-button", id: "review-import", text: "导入进度",
                         onclick: () => fileInput.click() }),
    fileInput,
    element("button", { type: "button", class: "review-button", id: "review-reset", text: "清空进度", onclick: () => {
      if (!confirm("清空这台设备上的全部复习进度和已读记录？此操作不能撤销，建议先导出。")) return;
      store.reset();
      render();
    } }),
  );

  function onKey(event) {
    if (!app.isConnected) {
      document.removeEventListener("keydown", onKey);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest?.("input, select, textarea")) return;
    if (current && !current.revealed && (event.key === " " || event.key === "Enter") && !event.target.closest?.("a, button")) {
      event.preventDefault();
      revealAnswer();
    } else if (current && current.revealed) {
      const choice = GRADES.find((g) => g.key === event.key);
      if (choice) {
        event.preventDefault();
        gradeCurrent(choice.rating);
      }
    }
  }
  document.addEventListener("keydown", onKey);
  addEventListener("storage", (event) => { if (event.key === store.KEY && app.isConnected) render(); });

  const offline = document.getElementById("offline-save");
  if (offline) import("./offline-save.js").then((save) => save.mount(offline, root)).catch(() => {});
  app.replaceChildren(controls, status, alert, card);
  (document.getElementById("review-data-controls") || app).replaceChildren(data);
  await new Promise((next) => setTimeout(next)); // parsing and the first render as two tasks
  app.dataset.ready = "true";
  render({ focus: false });
}
