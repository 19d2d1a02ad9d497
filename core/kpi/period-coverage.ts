import type { Ledger } from '../ledger/types';
import type { Period } from './period';

/** How much of a KPI period the ledger's data reaches. */
export interface PeriodCoverage {
  /** Day number of the latest order in the ledger, or null for a ledger without orders. */
  lastDay: number | null;
  /** Days of the period up to and including `lastDay` (0 when the data ends before the period starts). */
  daysCovered: number;
  /** Days in the period. */
  days: number;
  /** True when the data reaches the period's last day. */
  complete: boolean;
  /** True when `today` was given and falls inside the period or before it: the period is not over yet. */
  running: boolean;
}

/**
 * How much of a KPI period the data covers: the period's days up to the latest order (orders dated after
 * `today` — typing mistakes the quality report lists as future dates — do not count). A period that is still
 * running, or a file exported before its end, is covered only in part, and its facts, compared with a
 * complete base period, look worse than they are: adapters warn when `complete` is false.
 * @param today day number of today in the ledger's time zone; omitted: every order counts
 * @example periodCoverage(ledgerUpTo('2025-03-12'), parsePeriod('2025-Q1')) // → { lastDay: 20159, daysCovered: 71, days: 90, complete: false, running: false }
 */
export function periodCoverage(ledger: Pick<Ledger, 'orders'>, period: Period, today?: number): PeriodCoverage {
  const days = period.end - period.start;
  const orders = ledger.orders; // sorted by day
  let i = orders.length - 1;
  if (today !== undefined) while (i >= 0 && orders[i].day > today) i--;
  const running = today !== undefined && today < period.end;
  if (i < 0) return { lastDay: null, daysCovered: 0, days, complete: false, running };
  const lastDay = orders[i].day;
  const daysCovered = Math.max(0, Math.min(days, lastDay + 1 - period.start));
  return { lastDay, daysCovered, days, complete: daysCovered === days, running };
}
