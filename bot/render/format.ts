/** Number, money and date formatting per user language (ru-RU / en-GB conventions). */
import { isoFromDay } from '../../core';

export type Lang = 'ru' | 'en';
const LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function nf(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/**
 * A count or whole number with the language's grouping.
 * @example formatNumber(1234567, 'ru') // → "1 234 567" (narrow no-break spaces)
 */
export function formatNumber(n: number, lang: Lang, fractionDigits = 0): string {
  return nf(`n:${lang}:${fractionDigits}`, () =>
    new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }),
  ).format(n);
}

/**
 * Money from integer cents, in the configured currency, without a fraction when it is whole.
 * @example formatMoney(123456, 'RUB', 'ru') // → "1 234,56 ₽"
 * @example formatMoney(1500000, 'USD', 'en') // → "US$15,000"
 */
export function formatMoney(cents: number, currency: string, lang: Lang): string {
  const whole = cents % 100 === 0;
  return nf(`m:${lang}:${currency}:${whole}`, () =>
    new Intl.NumberFormat(LOCALE[lang], {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    }),
  ).format(cents / 100);
}

/**
 * A percentage from a value already in percent.
 * @example formatPercent(12.345, 'ru') // → "12,3 %"
 */
export function formatPercent(pct: number, lang: Lang): string {
  return nf(`p:${lang}`, () => new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 })).format(pct / 100);
}

/**
 * A calendar date from a day number.
 * @example formatDay(20780, 'ru') // → "23.11.2026"
 * @example formatDay(20780, 'en') // → "23 Nov 2026"
 */
export function formatDay(day: number, lang: Lang): string {
  const key = `d:${lang}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], lang === 'ru' ? { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' } : { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
    cache.set(key, f);
  }
  return f.format(new Date(isoFromDay(day) + 'T00:00:00Z'));
}

/**
 * An instant as local date and time in the bot's time zone.
 * @example formatInstant(new Date('2026-11-23T06:05:00Z'), 'Europe/Moscow', 'ru') // → "23.11.2026, 09:05"
 */
export function formatInstant(instant: Date, timeZone: string, lang: Lang): string {
  const key = `i:${lang}:${timeZone}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = instantFormat(timeZone, lang)));
  return f.format(instant);
}

function instantFormat(timeZone: string, lang: Lang): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}
