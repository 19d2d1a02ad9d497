import { sortNumbers } from '../rfm/sort-numbers';
import { percentileNearestRank } from './percentile-nearest-rank';
import type { BoundaryEstimate } from './types';
import { pluralWord, type NounForms } from '../plural-word';

const GAPS: NounForms = { ru: { one: 'интервал', few: 'интервала', many: 'интервалов' }, en: { one: 'gap', other: 'gaps' } };
/** «по N интервалам»: the dative after «по». */
const GAPS_DATIVE: NounForms = { ru: { one: 'интервалу', few: 'интервалам', many: 'интервалам' }, en: GAPS.en };
/** Counts with thousands grouped, as everywhere else a user reads them: "17 769", "17,769". */
const ruNumber = new Intl.NumberFormat('ru-RU');
const enNumber = new Intl.NumberFormat('en-US');
function ruGaps(n: number): string {
  return `${ruNumber.format(n)} ${pluralWord('ru', n, GAPS_DATIVE)}`;
}
function ruGapsGen(n: number): string {
  return `${ruNumber.format(n)} ${pluralWord('ru', n, GAPS)}`;
}
function enGaps(n: number): string {
  return `${enNumber.format(n)} ${pluralWord('en', n, GAPS)}`;
}

/**
 * Sleep boundary ("граница засыпания") from inter-purchase gaps: the p-th percentile, nearest rank, of the
 * gaps in days. With fewer than `minGaps` gaps it refuses and says why (status `insufficient`), rather than
 * guess from too little history. Sorts a copy: O(n log n).
 *
 * @example estimateBoundary([7, 14, 30, 90], { percentile: 75, minGaps: 3 }) // → { status: "ok", days: 30, percentile: 75, gaps: 4 }
 */
export function estimateBoundary(gaps: ArrayLike<number>, options: { percentile: number; minGaps: number }): BoundaryEstimate {
  const { percentile, minGaps } = options;
  const n = gaps.length;
  if (n < minGaps) {
    return {
      status: 'insufficient',
      percentile,
      gaps: n,
      minGaps,
      message: {
        ru: `Недостаточно истории, чтобы оценить границу засыпания: ${ruGapsGen(n)} между покупками, нужно не меньше ${minGaps}. Задайте границу вручную (sleep.boundaryDays) или уменьшите sleep.minGaps.`,
        en: `Not enough history to estimate the sleep boundary: ${enGaps(n)} between purchases, at least ${minGaps} needed. Set the boundary by hand (sleep.boundaryDays) or lower sleep.minGaps.`,
      },
    };
  }
  const sorted = sortNumbers(gaps);
  return { status: 'ok', days: percentileNearestRank(sorted, percentile), percentile, gaps: n };
}

/**
 * One line describing an estimate, e.g. "p90 of 1 234 gaps = 84 days".
 * @example describeBoundary({ status: 'ok', days: 84, percentile: 90, gaps: 120 }).en // → "84 days: the 90th percentile of 120 gaps between purchases"
 */
export function describeBoundary(e: BoundaryEstimate): { ru: string; en: string } {
  if (e.status === 'insufficient') return e.message;
  return {
    ru: `${e.days} дн.: ${e.percentile}-й процентиль по ${ruGaps(e.gaps)} между покупками`,
    en: `${e.days} days: the ${e.percentile}th percentile of ${enGaps(e.gaps)} between purchases`,
  };
}
