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
  const whole = groupThousands(String(Math.floor(abs / 100)), lang === 'ru' ? '\u202f' : ',');
  return `${sign}${whole}${lang === 'ru' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
}

/** "1234567" → "1,234,567" (a loop, not a regex: a 65k-customer table formats 65k amounts). */
function groupThousands(digits: string, separator: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  if (!/^\d+$/.test(digits)) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator); // e.g. "1e+21"
  let out = digits.slice(0, ((n - 1) % 3) + 1);
  for (let i = out.length; i < n; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}
