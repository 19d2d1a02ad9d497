import { UserInputError } from '../errors';
import { bilingual } from '../ledger/bilingual';
import type { Ledger } from '../ledger/types';
import { dayFromIso } from '../time/civil-day';

/** The as-of day of a run and how it was chosen. */
export interface ResolvedAsOf {
  /** Day number D; the run sees orders dated before D. */
  day: number;
  source: 'date' | 'latest' | 'today';
}

/**
 * The as-of day D from the config value: a `YYYY-MM-DD` date; `latest` = the day after the ledger's last
 * purchase (order with net > 0); omitted = `today` (a day number the adapter computes in the configured
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
    return { day: today, source: 'today' };
  }
  if (asOf === 'latest') {
    let last = -Infinity;
    for (const c of ledger.customers) {
      for (const o of c.orders) if (o.netCents > 0 && o.day > last) last = o.day;
    }
    if (last === -Infinity) {
      throw new UserInputError(
        bilingual('asOf: для "latest" в данных нужна хотя бы одна покупка (заказ с положительной суммой)', 'asOf: "latest" needs at least one purchase (an order with a positive amount) in the data'),
        'asOf',
      );
    }
    return { day: last + 1, source: 'latest' };
  }
  const day = dayFromIso(asOf);
  if (day === null) throw new UserInputError(bilingual(`asOf: "${asOf}" — не настоящая дата; нужно ГГГГ-ММ-ДД или "latest"`, `asOf: "${asOf}" is not a real date; use YYYY-MM-DD or "latest"`), 'asOf');
  return { day, source: 'date' };
}
