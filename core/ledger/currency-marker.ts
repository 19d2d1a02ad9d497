/**
 * The currency an amount cell names beside its number (`1 234,56 ₽`, `$12`, `12 сум`, `150 000 so'm`,
 * `12.50 USD`), as an ISO 4217 code, so a ledger whose amounts mix currencies can be told it does. RFM Pulse
 * never converts money: it only notices that rubles and dollars were added up as one.
 */

const SYMBOLS: Record<string, string> = {
  '₽': 'RUB', $: 'USD', '€': 'EUR', '£': 'GBP', '₸': 'KZT', '₴': 'UAH', '¥': 'JPY/CNY', '₹': 'INR', '₺': 'TRY', '₼': 'AZN', '₾': 'GEL', '₩': 'KRW', '₪': 'ILS',
};

const WORDS = new Map<string, string>();
const words = (code: string, list: string): void => list.split('|').forEach((w) => WORDS.set(w, code));
words('RUB', 'руб|рубль|рубля|рублей|р|rub|rur|₽');
words('UZS', 'сум|сўм|som|sum|uzs');
words('KZT', 'тг|тенге|т|kzt');
words('USD', 'usd|долл|доллар|доллара|долларов|dollar|dollars');
words('EUR', 'eur|евро|euro|euros');
words('UAH', 'грн|гривна|гривен|uah');
words('BYN', 'byn|byr|бел');
words('GBP', 'gbp');
words('CNY', 'cny|rmb|юань|юаней');

/**
 * The ISO code of the currency named by the text around a number (`affix`: what comes before and after the
 * digits), or null when it names none: a symbol (₽ $ € …) or a word (руб., сум, so'm, тг, USD, евро …), in
 * any case; words for thousands or millions and unknown words are passed over.
 * @example currencyOfAffix(' ₽') // → "RUB"
 * @example currencyOfAffix(" тыс. so'm") // → "UZS"
 * @example currencyOfAffix(' шт') // → null
 */
export function currencyOfAffix(affix: string): string | null {
  for (const ch of affix) {
    const code = SYMBOLS[ch];
    if (code !== undefined) return code;
  }
  const text = affix.toLowerCase().replace(/['’ʻ‘`]/g, '');
  for (const word of text.split(/[^a-zа-яёў]+/)) {
    if (word === '') continue;
    const code = WORDS.get(word);
    if (code !== undefined) return code;
  }
  return null;
}
