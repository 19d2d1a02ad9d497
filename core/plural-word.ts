/**
 * Plural forms of the words core writes into its messages, picked by Intl.PluralRules (identical in Node and
 * Apps Script): one place instead of a `form === 'one' ? … : form === 'few' ? … : …` in every message module.
 */

/** A noun's forms: Russian one / few (2–4) / many (5–20, 0), English one / other. */
export interface NounForms {
  ru: { one: string; few: string; many: string };
  en: { one: string; other: string };
}

const RU = new Intl.PluralRules('ru');
const EN = new Intl.PluralRules('en');

/**
 * The form of `noun` that goes with the count `n` in `lang` (the word only: the caller formats the number).
 * Russian fractions ("other") take the many form.
 * @example pluralWord('ru', 3, PURCHASES) // → "покупки"
 * @example pluralWord('ru', 11, PURCHASES) // → "покупок"
 * @example pluralWord('en', 1, PURCHASES) // → "purchase"
 */
export function pluralWord(lang: 'ru' | 'en', n: number, noun: NounForms): string {
  if (lang === 'en') return EN.select(n) === 'one' ? noun.en.one : noun.en.other;
  const form = RU.select(n);
  return form === 'one' ? noun.ru.one : form === 'few' ? noun.ru.few : noun.ru.many;
}

/** Purchases (orders with a positive amount), as the run's messages count them. */
export const PURCHASES: NounForms = { ru: { one: 'покупка', few: 'покупки', many: 'покупок' }, en: { one: 'purchase', other: 'purchases' } };
/** Days. */
export const DAYS: NounForms = { ru: { one: 'день', few: 'дня', many: 'дней' }, en: { one: 'day', other: 'days' } };
