import { UserInputError } from '../errors';
import { dayFromYmd, isoFromDay, dayFromIso } from '../time/civil-day';
import { bilingual } from '../ledger/bilingual';

/** A reporting period: the days `[start, end)` (end exclusive), as day numbers. */
export interface Period {
  /** What the user typed, normalised: `2025-07`, `2025-Q3`, `2025`, `2025-07-01..2025-09-30`. */
  label: string;
  kind: 'month' | 'quarter' | 'year' | 'range';
  /** First day of the period (day number). */
  start: number;
  /** Day after the last day (day number); `end - start` is the length in days. */
  end: number;
}

/** How the base period is chosen: the previous period of the same kind and length, or the same period a year earlier. */
export type BaseMode = 'previous' | 'year-ago';

function calendarPeriod(kind: 'month' | 'quarter' | 'year', year: number, index: number): Period {
  if (kind === 'year') return { label: String(year), kind, start: dayFromYmd(year, 1, 1), end: dayFromYmd(year + 1, 1, 1) };
  if (kind === 'quarter') {
    const m = (index - 1) * 3 + 1;
    return { label: `${year}-Q${index}`, kind, start: dayFromYmd(year, m, 1), end: dayFromYmd(year, m + 3, 1) };
  }
  return { label: `${year}-${String(index).padStart(2, '0')}`, kind, start: dayFromYmd(year, index, 1), end: dayFromYmd(year, index + 1, 1) };
}

/**
 * Parse a period: a month `2025-07`, a quarter `2025-Q3` (also `2025Q3`, `Q3 2025`), a year `2025`, or a custom
 * range of whole days `2025-07-01..2025-09-30` (both ends included). Throws {@link UserInputError} (key `period`)
 * with the accepted forms when the text is none of them.
 *
 * @example parsePeriod('2025-Q3') // → { label: '2025-Q3', kind: 'quarter', start: 20270, end: 20362 }
 */
export function parsePeriod(text: string): Period {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return calendarPeriod('year', Number(m[1]), 1);
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return calendarPeriod('month', Number(m[1]), Number(m[2]));
  m = /^(\d{4})-?[QqКк]([1-4])$/.exec(t) ?? /^[QqКк]([1-4])[ -](\d{4})$/.exec(t);
  if (m) {
    const [year, q] = /^\d{4}/.test(m[1]) ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return calendarPeriod('quarter', year, q);
  }
  m = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|—|–)\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (m) {
    const a = dayFromIso(m[1]);
    const b = dayFromIso(m[2]);
    if (a === null || b === null) {
      throw new UserInputError(bilingual(`период «${text}»: ${a === null ? m[1] : m[2]} — несуществующая дата`, `period "${text}": ${a === null ? m[1] : m[2]} is not a real date`), 'period');
    }
    if (b < a) throw new UserInputError(bilingual(`период «${text}»: конец раньше начала`, `period "${text}": the range ends before it starts`), 'period');
    return { label: `${m[1]}..${m[2]}`, kind: 'range', start: a, end: b + 1 };
  }
  throw new UserInputError(
    bilingual(
      `период «${text}» не распознан: месяц 2025-07, квартал 2025-Q3, год 2025 или интервал 2025-07-01..2025-09-30`,
      `period "${text}" not recognised: use a month 2025-07, a quarter 2025-Q3, a year 2025 or a range 2025-07-01..2025-09-30`,
    ),
    'period',
  );
}

function shiftYear(day: number, years: number): number {
  const [y, mo, d] = isoFromDay(day).split('-').map(Number);
  // 29 February a year off becomes 28 February.
  const dd = mo === 2 && d === 29 ? 28 : d;
  return dayFromYmd(y + years, mo, dd);
}

/**
 * The base period to compare with: `previous` = the calendar period just before (previous month, quarter,
 * year; for a custom range the same number of days ending the day before it starts); `year-ago` = the same
 * dates one year earlier (29 February → 28 February).
 *
 * @example basePeriod(parsePeriod('2025-Q3'), 'previous').label // → "2025-Q2"
 * @example basePeriod(parsePeriod('2025-07'), 'year-ago').label // → "2024-07"
 */
export function basePeriod(period: Period, mode: BaseMode = 'previous'): Period {
  const [y, mo] = isoFromDay(period.start).split('-').map(Number);
  if (mode === 'year-ago') {
    if (period.kind === 'year') return calendarPeriod('year', y - 1, 1);
    if (period.kind === 'quarter') return calendarPeriod('quarter', y - 1, (mo - 1) / 3 + 1);
    if (period.kind === 'month') return calendarPeriod('month', y - 1, mo);
    const start = shiftYear(period.start, -1);
    const last = shiftYear(period.end - 1, -1);
    return { label: `${isoFromDay(start)}..${isoFromDay(last)}`, kind: 'range', start, end: last + 1 };
  }
  if (period.kind === 'year') return calendarPeriod('year', y - 1, 1);
  if (period.kind === 'quarter') {
    const q = (mo - 1) / 3 + 1;
    return q === 1 ? calendarPeriod('quarter', y - 1, 4) : calendarPeriod('quarter', y, q - 1);
  }
  if (period.kind === 'month') return mo === 1 ? calendarPeriod('month', y - 1, 12) : calendarPeriod('month', y, mo - 1);
  const len = period.end - period.start;
  const start = period.start - len;
  return { label: `${isoFromDay(start)}..${isoFromDay(period.start - 1)}`, kind: 'range', start, end: period.start };
}

/**
 * Parse the `--base` value: `previous` (default) or `year-ago` (also `yoy`). Throws {@link UserInputError}.
 * @example parseBaseMode('year-ago') // → "year-ago"
 */
export function parseBaseMode(text: string | undefined): BaseMode {
  const t = (text ?? 'previous').trim().toLowerCase();
  if (t === 'previous' || t === 'prev') return 'previous';
  if (t === 'year-ago' || t === 'yoy' || t === 'year') return 'year-ago';
  throw new UserInputError(bilingual(`база «${text}» не распознана: previous (предыдущий период) или year-ago (год назад)`, `base "${text}" not recognised: use "previous" or "year-ago"`), 'base');
}
