// The reader's study data, kept in this browser only (localStorage, one key), never sent anywhere.
//   { schema, cards: { [question id]: ts-fsrs card, dates as ISO strings },
//     days: { "YYYY-MM-DD": { new, reviews } }, read: { [note source]: ISO date },
//     settings: { newPerDay, deck } }
// Every write reads the stored record first, so two open tabs do not undo each other's grades.
// Data from an older schema is migrated, never dropped; stored text that cannot be read is
// kept under a backup key before anything is written over it.
export const KEY = "ml-notes-study";
export const FORMAT = "ml-notes-study"; // marks an exported file as ours
export const SCHEMA = 1;
export const DEFAULT_NEW_PER_DAY = 20;
export const MAX_NEW_PER_DAY = 500;

// MIGRATIONS[n] turns schema n into schema n + 1. Schema 1 is the first.
const MIGRATIONS = {};

export function empty() {
  return { schema: SCHEMA, cards: {}, days: {}, read: {}, settings: { newPerDay: DEFAULT_NEW_PER_DAY, deck: "all" } };
}

export class StudyDataError extends Error {}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isCount = (value) => Number.isInteger(value) && value >= 0;
const isDate = (value) => typeof value === "string" && !Number.isNaN(Date.parse(value));
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkCard(id, card) {
  const bad = (what) => new StudyDataError(`题目 ${id} 的记录无效（${what}）`);
  if (!isObject(card)) throw bad("不是对象");
  if (!isDate(card.due)) throw bad("due");
  if (card.last_review !== undefined && card.last_review !== null && !isDate(card.last_review)) throw bad("last_review");
  for (const field of ["stability", "difficulty", "elapsed_days", "scheduled_days"]) {
    if (typeof card[field] !== "number" || !Number.isFinite(card[field]) || card[field] < 0) throw bad(field);
  }
  for (const field of ["reps", "lapses", "learning_steps"]) if (!isCount(card[field])) throw bad(field);
  if (![0, 1, 2, 3].includes(card.state)) throw bad("state");
}

// The data in the current schema, or a StudyDataError saying, in Chinese, what is wrong.
export function validate(input) {
  if (!isObject(input) || !Number.isInteger(input.schema)) throw new StudyDataError("这不是本站的复习数据。");
  if (input.schema > SCHEMA) throw new StudyDataError(`这份数据来自更新版本的站点（格式 ${input.schema}），请先刷新页面再导入。`);
  if (input.schema < 1) throw new StudyDataError("这不是本站的复习数据。");
  let data = structuredClone(input);
  for (let schema = data.schema; schema < SCHEMA; schema += 1) data = { ...MIGRATIONS[schema](data), schema: schema + 1 };
  const { cards, days, read, settings } = data;
  if (!isObject(cards) || !isObject(days) || !isObject(read) || !isObject(settings)) {
    throw new StudyDataError("复习数据缺少 cards、days、read 或 settings。");
  }
  for (const [id, card] of Object.entries(cards)) checkCard(id, card);
  for (const [day, count] of Object.entries(days)) {
    if (!DAY.test(day) || !isObject(count) || !isCount(count.new) || !isCount(count.reviews)) {
      throw new StudyDataError(`每日记录 ${day} 无效。`);
    }
  }
  for (const [src, when] of Object.entries(read)) if (!isDate(when)) throw new StudyDataError(`已读记录 ${src} 无效。`);
  const newPerDay = settings.newPerDay ?? DEFAULT_NEW_PER_DAY;
  if (!isCount(newPerDay) || newPerDay > MAX_NEW_PER_DAY) throw new StudyDataError("每日新题数无效。");
  return {
    schema: SCHEMA, cards, days, read,
    settings: { newPerDay, deck: typeof settings.deck === "string" ? settings.deck : "all" },
  };
}

export function load() {
  const text = localStorage.getItem(KEY);
  if (text === null) return empty();
  try {
    return validate(JSON.parse(text));
  } catch {
    // Never write over what cannot be read: keep it, then start afresh.
    localStorage.setItem(`${KEY}.unreadable.${Date.now()}`, text);
    localStorage.removeItem(KEY);
    return empty();
  }
}

// Apply change to the stored data and store it; returns the new data.
export function update(change) {
  const data = load();
  change(data);
  localStorage.setItem(KEY, JSON.stringify(validate(data)));
  return data;
}

export function exportText(now = new Date()) {
  return JSON.stringify({ format: FORMAT, exported: now.toISOString(), ...load() }, null, 1);
}

// Parse an exported file; throws StudyDataError and changes nothing when it is not one.
export function parseImport(text) {
  let input;
  try {
    input = JSON.parse(text);
  } catch {
    throw new StudyDataError("文件不是有效的 JSON。");
  }
  if (!isObject(input) || input.format !== FORMAT) throw new StudyDataError("这不是本站导出的复习数据。");
  const { format, exported, ...data } = input;
  return validate(data);
}

export function replace(data) {
  localStorage.setItem(KEY, JSON.stringify(validate(data)));
}

export function reset() {
  localStorage.removeItem(KEY);
}

// The reader's local calendar day, "YYYY-MM-DD".
export function dayOf(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
