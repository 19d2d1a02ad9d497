import type { Lang } from '../context';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number for display with thousands separators and at most `digits` decimals (ru: "12 345,6"; en: "12,345.6").
 * @example formatNumber(12345.678, 'en', 1) // → "12,345.7"
 */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  const key = `${lang}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
    formats.set(key, f);
  }
  return f.format(value);
}

/**
 * A percentage for display from a share (0..1) or from a value already in percent (`isPercent`).
 * @example formatPercent(0.1234, 'en') // → "12.3%"
 */
export function formatPercent(value: number, lang: Lang, isPercent = false, digits = 1): string {
  return `${formatNumber(isPercent ? value : value * 100, lang, digits)}${lang === 'ru' ? '\u00a0%' : '%'}`;
}
