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

/** A text in both languages. */
export type Text = Record<Lang, string>;

/** The text in the language. */
export function tr(lang: Lang, text: Text): string {
  return text[lang];
}
