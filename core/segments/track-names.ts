import type { BilingualText, TrackId } from './types';

/**
 * Display names of the tracks (seed 003 wording in Russian).
 * @example TRACK_NAMES.asleep.ru // → "Засыпающие"
 */
export const TRACK_NAMES: Readonly<Record<TrackId, BilingualText>> = {
  best: { ru: 'Лучшие активные', en: 'Best active' },
  asleep: { ru: 'Засыпающие', en: 'Falling asleep' },
  churned: { ru: 'В оттоке', en: 'Churned' },
  beginners: { ru: 'Начинающие', en: 'Beginners' },
  growth: { ru: 'Частые, небольшой чек', en: 'Frequent, small check' },
};
