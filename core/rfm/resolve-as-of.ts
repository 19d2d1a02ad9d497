import { UserInputError } from '../errors';
import { bilingual } from '../ledger/bilingual';
import { orderTable } from '../ledger/order-table';
import type { Ledger } from '../ledger/types';
import { dayFromIso } from '../time/civil-day';

/** The as-of day of a run and how it was chosen. */
export interface ResolvedAsOf {
  /** Day number D; the run sees orders dated before D. */
  day: number;
  source: 'date' | 'latest' | 'today';
  /**
   * For `latest` when today is known: purchases dated after today that it passed over (typos such as 2052 for
   * 2025, or orders entered ahead), how many and the newest one's day; null when none were.
   */
  skippedFuture: { purchases: number; newestDay: number } | null;
}

/**
 * The as-of day D from the config value: a `YYYY-MM-DD` date; `latest` = the day after the ledger's last
 * purchase (order with net > 0) — when today is known, the last one dated today or earlier, so one order typed
 * with a wrong year (2052) cannot move every customer's recency decades ahead (those passed over are counted in
 * `skippedFuture`); omitted = `today` (a day number the adapter computes in the configured
 * time zone). Throws {@link UserInputError} (key `asOf`) for `latest` on a ledger without purchases or a bad date.
 *
 * @example resolveAsOf('latest', ledgerWithLastPurchaseOn20159, undefined).day // → 20160
 */
export function resolveAsOf(asOf: string | undefined, ledger: Ledger, today: number | undefined): ResolvedAsOf {
  if (asOf === undefined) {
    if (today === undefined || !Number.isInteger(today)) {
      throw new UserInputError(
        bilingual('asOf: дата расчёта не задана, а текущая дата неизвестна; задайте "asOf": ГГГГ-ММ-ДД или "latest"', 'asOf: no as-of date given and no current date supplied; set "asOf" to YYYY-MM-DD or "latest"'),
        'asOf',
      );
    }
    return { day: today, source: 'today', skippedFuture: null };
  }
  if (asOf === 'latest') {
    let last = -Infinity;
    let lastUpToToday = -Infinity;
    let future = 0;
    const known = today !== undefined && Number.isInteger(today);
    const { day, netCents } = orderTable(ledger);
    for (let p = 0; p < day.length; p++) {
      if (netCents[p] <= 0) continue;
      const d = day[p];
      if (d > last) last = d;
      if (known && d > (today as number)) future++;
      else if (d > lastUpToToday) lastUpToToday = d;
    }
    // Purchases after today are passed over unless there is nothing else (then the data is all ahead of the clock).
    if (future > 0 && lastUpToToday !== -Infinity) {
      return { day: lastUpToToday + 1, source: 'latest', skippedFuture: { purchases: future, newestDay: last } };
    }
    if (last === -Infinity) {
      throw new UserInputError(
        bilingual('asOf: для "latest" в данных нужна хотя бы одна покупка (заказ с положительной суммой)', 'asOf: "latest" needs at least one purchase (an order with a positive amount) in the data'),
        'asOf',
      );
    }
    return { day: last + 1, source: 'latest', skippedFuture: null };
  }
  const day = dayFromIso(asOf);
  if (day === null) throw new UserInputError(bilingual(`asOf: "${asOf}" — не настоящая дата; нужно ГГГГ-ММ-ДД или "latest"`, `asOf: "${asOf}" is not a real date; use YYYY-MM-DD or "latest"`), 'asOf');
  return { day, source: 'date', skippedFuture: null };
}
