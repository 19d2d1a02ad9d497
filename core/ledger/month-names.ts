/**
 * Month names as exports write them in dates like "12 марта 2025 г.", "Mar 12, 2025" or "12-Mar-25":
 * Russian (genitive, nominative and the usual abbreviations), English (full and three-letter, "Sept") and
 * Uzbek Latin (BILLZ and other Uzbek exports). Whole words only: "марк" or "mart1" is no month.
 */
const NAMES: readonly (readonly string[])[] = [
  ['января', 'январь', 'янв', 'january', 'jan', 'yanvar'],
  ['февраля', 'февраль', 'фев', 'февр', 'february', 'feb', 'fevral'],
  ['марта', 'март', 'мар', 'march', 'mar', 'mart'],
  ['апреля', 'апрель', 'апр', 'april', 'apr', 'aprel'],
  ['мая', 'май', 'may'],
  ['июня', 'июнь', 'июн', 'june', 'jun', 'iyun'],
  ['июля', 'июль', 'июл', 'july', 'jul', 'iyul'],
  ['августа', 'август', 'авг', 'august', 'aug', 'avgust'],
  ['сентября', 'сентябрь', 'сен', 'сент', 'september', 'sep', 'sept', 'sentabr', 'sentyabr'],
  ['октября', 'октябрь', 'окт', 'october', 'oct', 'oktabr', 'oktyabr'],
  ['ноября', 'ноябрь', 'ноя', 'нояб', 'november', 'nov', 'noyabr'],
  ['декабря', 'декабрь', 'дек', 'december', 'dec', 'dekabr'],
];

const MONTH_OF = new Map<string, number>(NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

/**
 * The month (1..12) a word names, in any letter case, with or without an abbreviation's dot; 0 when it names none.
 * @example monthOfName('марта') // → 3
 * @example monthOfName('Sept.') // → 9
 * @example monthOfName('марк') // → 0
 */
export function monthOfName(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '').replace(/ё/g, 'е');
  return MONTH_OF.get(w) ?? 0;
}
