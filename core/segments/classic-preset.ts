import type { SegmentRule } from './types';

/**
 * The classic 5-point named segments (Putler / R `rfm` names), ordered so that every one of the 125 codes
 * matches a rule, every rule is reachable, and no customer falls to the catch-all. First match wins:
 *
 * | # | Segment            | R   | F   | M   |
 * |---|--------------------|-----|-----|-----|
 * | 1 | Champions          | 4–5 | 4–5 | 4–5 |
 * | 2 | Can't Lose Them    | 1   | 4–5 | 4–5 |
 * | 3 | At Risk            | 1–2 | 3–5 | 3–5 |
 * | 4 | Loyal              | 3–5 | 3–5 | 3–5 |
 * | 5 | New                | 4–5 | 1   | 1–5 |
 * | 6 | Potential Loyalist | 4–5 | 1–5 | 1–5 |
 * | 7 | Promising          | 3   | 1   | 1–5 |
 * | 8 | Need Attention     | 3   | 1–5 | 1–5 |
 * | 9 | About to Sleep     | 2   | 1–5 | 1–5 |
 * |10 | Lost               | 1   | 1–2 | 1–2 |
 * |11 | Hibernating        | 1   | 1–5 | 1–5 |
 *
 * @example CLASSIC_PRESET[0].name // → "Champions"
 */
export const CLASSIC_PRESET: readonly SegmentRule[] = [
  { name: 'Champions', names: { ru: 'Чемпионы', en: 'Champions' }, r: [4, 5], f: [4, 5], m: [4, 5] },
  { name: "Can't Lose Them", names: { ru: 'Нельзя потерять', en: "Can't Lose Them" }, r: [1, 1], f: [4, 5], m: [4, 5] },
  { name: 'At Risk', names: { ru: 'В зоне риска', en: 'At Risk' }, r: [1, 2], f: [3, 5], m: [3, 5] },
  { name: 'Loyal', names: { ru: 'Лояльные', en: 'Loyal' }, r: [3, 5], f: [3, 5], m: [3, 5] },
  { name: 'New', names: { ru: 'Новые', en: 'New' }, r: [4, 5], f: [1, 1], m: [1, 5] },
  { name: 'Potential Loyalist', names: { ru: 'Потенциально лояльные', en: 'Potential Loyalist' }, r: [4, 5], f: [1, 5], m: [1, 5] },
  { name: 'Promising', names: { ru: 'Перспективные', en: 'Promising' }, r: [3, 3], f: [1, 1], m: [1, 5] },
  { name: 'Need Attention', names: { ru: 'Требуют внимания', en: 'Need Attention' }, r: [3, 3], f: [1, 5], m: [1, 5] },
  { name: 'About to Sleep', names: { ru: 'Вот-вот уснут', en: 'About to Sleep' }, r: [2, 2], f: [1, 5], m: [1, 5] },
  { name: 'Lost', names: { ru: 'Потерянные', en: 'Lost' }, r: [1, 1], f: [1, 2], m: [1, 2] },
  { name: 'Hibernating', names: { ru: 'Спящие', en: 'Hibernating' }, r: [1, 1], f: [1, 5], m: [1, 5] },
];
