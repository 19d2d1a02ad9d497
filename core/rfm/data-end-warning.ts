import type { BilingualText } from '../segments/types';
import { isoFromDay } from '../time/civil-day';
import { pluralWord, PURCHASES } from '../plural-word';

/** Days between the newest purchase and today past which a run as of today warns that the data may be old. */
export const STALE_DATA_DAYS = 30;

const ruNumber = new Intl.NumberFormat('ru-RU');
const enNumber = new Intl.NumberFormat('en-US');

/**
 * A warning when the as-of date lies far past the data's newest purchase, so that every customer looks asleep:
 * a run as of today on an export {@link STALE_DATA_DAYS} days old or more (an old file, or history loaded for a
 * look back), or any run whose window holds no purchase at all. It names the newest purchase and says what to
 * do: the as-of date `latest` (the day after the newest purchase), or a fresh export. Null otherwise.
 * @param newestPurchaseDay day number of the newest purchase before the as-of date (null: none)
 * @param asOf the run's as-of day, and how it was chosen
 * @param windowDays the run's window (null = all history)
 * @example dataEndWarning(13512, 20780, 'today', 365)?.en
 *   // → "The newest purchase in the data is on 2006-12-30, 7,268 days before the as-of date 2026-11-23 (today): …"
 */
export function dataEndWarning(newestPurchaseDay: number | null, asOf: number, source: 'date' | 'latest' | 'today', windowDays: number | null): BilingualText | null {
  if (newestPurchaseDay === null) return null;
  const gap = asOf - newestPurchaseDay;
  const emptyWindow = windowDays !== null && gap > windowDays;
  if (!emptyWindow && !(source === 'today' && gap >= STALE_DATA_DAYS)) return null;
  const last = isoFromDay(newestPurchaseDay);
  const at = isoFromDay(asOf);
  const today = source === 'today';
  const head = {
    ru: `Самая поздняя покупка в данных — ${last}, за ${ruNumber.format(gap)} дн. до даты расчёта ${at}${today ? ' (сегодня)' : ''}`,
    en: `The newest purchase in the data is on ${last}, ${enNumber.format(gap)} days before the as-of date ${at}${today ? ' (today)' : ''}`,
  };
  const why = emptyWindow
    ? { ru: `: в окне ${windowDays} дн. нет ни одной покупки, и все клиенты выглядят уснувшими`, en: `: the ${windowDays}-day window holds no purchase, and every customer looks asleep` }
    : { ru: ': давность каждого клиента считается от этой даты', en: ": every customer's recency counts from that date" };
  return {
    ru: `${head.ru}${why.ru}. Чтобы считать на конец данных, задайте дату расчёта latest; если выгрузка старая, выгрузите данные заново.`,
    en: `${head.en}${why.en}. To score the data as of its own end, set the as-of date to latest; if the export is old, export it again.`,
  };
}

/**
 * What `latest` passed over: purchases dated after today (see resolveAsOf), so the user finds the typo.
 * @example futurePurchasesWarning({ purchases: 1, newestDay: 30021 }, 20160).en
 *   // → "1 purchase dated after today (the newest on 2052-03-12) was passed over: the as-of date latest is 2025-03-13, …"
 */
export function futurePurchasesWarning(skipped: { purchases: number; newestDay: number }, asOf: number): BilingualText {
  const n = skipped.purchases;
  const one = n === 1;
  const ruOne = pluralWord('ru', n, PURCHASES) === PURCHASES.ru.one;
  const newest = isoFromDay(skipped.newestDay);
  const at = isoFromDay(asOf);
  return {
    ru: `${ruNumber.format(n)} ${pluralWord('ru', n, PURCHASES)} с датой позже сегодняшней (самая поздняя — ${newest}) ${ruOne ? 'пропущена' : 'пропущены'}: дата расчёта latest — ${at}, день после последней покупки не позже сегодня. Проверьте даты этих заказов (строки — в отчёте о качестве, «даты позже»).`,
    en: `${enNumber.format(n)} ${pluralWord('en', n, PURCHASES)} dated after today (the newest on ${newest}) ${one ? 'was' : 'were'} passed over: the as-of date latest is ${at}, the day after the last purchase up to today. Check those orders' dates (their rows are in the quality report, "dated after").`,
  };
}
