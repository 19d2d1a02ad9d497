import type { Lang } from '../context';

/**
 * Display text of an amount in cents with two decimals and thousands separators, per language
 * (ru: "1 234 567,89" with a narrow space; en: "1,234,567.89"). Exact: works on the integer cents, no float.
 *
 * @example formatMoney(123456789, 'en') // → "1,234,567.89"
 * @example formatMoney(-5, 'en') // → "-0.05"
 */
export function formatMoney(cents: number, lang: Lang): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'ru' ? '\u202f' : ',');
  return `${sign}${whole}${lang === 'ru' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
}
