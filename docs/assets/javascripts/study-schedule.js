// Scheduling shared by the review page and the controls on notes: the reader's grade goes to
// FSRS (ts-fsrs, vendored by hooks/review.py) with the stored card, and the card it returns is
// stored (study-store.js). A question seen for the first time starts as ts-fsrs's empty card.
import { fsrs, createEmptyCard, Rating, TypeConvert } from "./vendor/ts-fsrs.js";
import * as store from "./study-store.js";

const scheduler = fsrs(); // the library's defaults: 90% retention, learning steps of 1 and 10 minutes

export const GRADES = [
  { rating: Rating.Again, label: "重来", key: "1" },
  { rating: Rating.Hard, label: "困难", key: "2" },
  { rating: Rating.Good, label: "良好", key: "3" },
  { rating: Rating.Easy, label: "简单", key: "4" },
];

function cardOf(stored, now) {
  return stored ? TypeConvert.card(stored) : createEmptyCard(now);
}

// When each grade would make the question due next: { [rating]: Date }.
export function preview(id, now) {
  const outcomes = scheduler.repeat(cardOf(store.load().cards[id], now), now);
  return Object.fromEntries(GRADES.map(({ rating }) => [rating, outcomes[rating].card.due]));
}

export function grade(id, rating, now) {
  return store.update((data) => {
    const stored = data.cards[id];
    const { card: next } = scheduler.next(cardOf(stored, now), now, rating);
    data.cards[id] = JSON.parse(JSON.stringify(next));
    const day = store.dayOf(now);
    const count = data.days[day] || { new: 0, reviews: 0 };
    data.days[day] = { new: count.new + (stored ? 0 : 1), reviews: count.reviews + 1 };
  });
}

// "10 分钟", "3 天": how long from one date to another, as the grade buttons show it.
export function interval(from, to) {
  const minutes = Math.max(1, Math.round((to - from) / 60000));
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} 小时`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} 天`;
  if (days < 365) return `${Math.round(days / 30)} 个月`;
  return `${(days / 365).toFixed(1)} 年`;
}
