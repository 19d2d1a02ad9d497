/**
 * Number formats for the spreadsheet's locale: the date order and the currency symbol. Sheets itself
 * renders the grouping and decimal separators of the locale, so `#,##0.00` shows as `1 234,56` in ru_RU.
 */
import type { LocaleFormats } from './sheet-io';

const CURRENCY: Record<string, { symbol: string; before: boolean }> = {
  ru: { symbol: '₽', before: false },
  uz: { symbol: "so'm", before: false },
  kk: { symbol: '₸', before: false },
  uk: { symbol: '₴', before: false },
  be: { symbol: 'Br', before: false },
  en_US: { symbol: '$', before: true },
  en_GB: { symbol: '£', before: true },
  de: { symbol: '€', before: false },
  fr: { symbol: '€', before: false },
  es: { symbol: '€', before: false },
  it: { symbol: '€', before: false },
  nl: { symbol: '€', before: false },
  fi: { symbol: '€', before: false },
  pt_PT: { symbol: '€', before: false },
};

const DAY_FIRST_DOT = ['ru', 'uk', 'be', 'kk', 'uz', 'de', 'fi', 'pl', 'cs', 'tr', 'nb', 'da'];
const DAY_FIRST_SLASH = ['en_GB', 'fr', 'es', 'it', 'pt', 'en_AU', 'en_IN'];

/**
 * Date, money, integer, decimal and percent formats for a Sheets locale such as `ru_RU` or `en_US`.
 * Unknown locales get ISO dates and money without a symbol (currency is never assumed).
 * @example localeFormats('ru_RU').money // → '#,##0.00 "₽"'
 * @example localeFormats('en_US').date // → 'mm/dd/yyyy'
 */
export function localeFormats(locale: string): LocaleFormats {
  const [lang] = locale.split('_');
  const cur = CURRENCY[locale] ?? CURRENCY[lang];
  const money = !cur ? '#,##0.00' : cur.before ? `"${cur.symbol}"#,##0.00` : `#,##0.00 "${cur.symbol}"`;
  let date = 'yyyy-mm-dd';
  if (locale === 'en_US') date = 'mm/dd/yyyy';
  else if (DAY_FIRST_SLASH.includes(locale) || DAY_FIRST_SLASH.includes(lang)) date = 'dd/mm/yyyy';
  else if (DAY_FIRST_DOT.includes(lang)) date = 'dd.mm.yyyy';
  return { date, money, integer: '#,##0', decimal: '#,##0.00', percent: '0.0%' };
}
