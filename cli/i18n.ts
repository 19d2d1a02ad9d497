import type { Lang } from './context';

/**
 * Picks the plural form for a count in a language (Intl.PluralRules: ru has one/few/many, en one/other).
 * @example plural('ru', 3, { one: 'строка', few: 'строки', many: 'строк' }) // → 'строки'
 */
export function plural(lang: Lang, n: number, forms: { one: string; few?: string; many?: string; other?: string }): string {
  const rule = new Intl.PluralRules(lang).select(n);
  const f = forms as Record<string, string | undefined>;
  return f[rule] ?? forms.many ?? forms.other ?? forms.one;
}

/** "12 345 строк" / "12,345 rows": a count with its noun in the right plural form. */
export function countOf(lang: Lang, n: number, ru: { one: string; few: string; many: string }, en: { one: string; other: string }): string {
  const num = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US').format(n);
  return `${num} ${lang === 'ru' ? plural('ru', n, ru) : plural('en', n, en)}`;
}

/** A noun's forms for {@link countOf}: Russian one/few/many, English one/other. */
export interface Noun {
  ru: { one: string; few: string; many: string };
  en: { one: string; other: string };
}

/** The nouns the reports count, so each is spelled once. `CUSTOMERS_GENITIVE` follows «у»: «у 21 клиента». */
export const CUSTOMERS: Noun = { ru: { one: 'клиент', few: 'клиента', many: 'клиентов' }, en: { one: 'customer', other: 'customers' } };
export const CUSTOMERS_GENITIVE: Noun = { ru: { one: 'клиента', few: 'клиентов', many: 'клиентов' }, en: CUSTOMERS.en };
export const ROWS: Noun = { ru: { one: 'строка', few: 'строки', many: 'строк' }, en: { one: 'row', other: 'rows' } };
export const ORDERS: Noun = { ru: { one: 'заказ', few: 'заказа', many: 'заказов' }, en: { one: 'order', other: 'orders' } };
export const ACCOUNTS: Noun = { ru: { one: 'учётная запись', few: 'учётные записи', many: 'учётных записей' }, en: { one: 'account', other: 'accounts' } };

/** A text in both languages. */
export type Text = Record<Lang, string>;

/** The text in the language. */
export function tr(lang: Lang, text: Text): string {
  return text[lang];
}
