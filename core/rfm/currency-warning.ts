import type { BilingualText } from '../segments/types';
import { pluralWord, type NounForms } from '../plural-word';

const CURRENCIES: NounForms = { ru: { one: 'валюта', few: 'валюты', many: 'валют' }, en: { one: 'currency', other: 'currencies' } };

/**
 * A warning when the ledger's amounts name more than one currency (`₽` and `$` in one column): the revenue, the
 * M scores and every sum then add up rubles and dollars as one, and RFM Pulse never converts money.
 * @param currencies the currencies named in amount cells, most rows first (Ledger.currencies)
 * @example currencyWarning(['RUB', 'USD'])?.en
 *   // → "Amounts name 2 currencies (RUB, USD) and were added up as one: revenue and M scores mix them. …"
 */
export function currencyWarning(currencies: readonly string[] | undefined): BilingualText | null {
  if (currencies === undefined || currencies.length < 2) return null;
  const list = currencies.join(', ');
  const n = currencies.length;
  return {
    ru: `В суммах ${n} ${pluralWord('ru', n, CURRENCIES)} (${list}), и они сложены как одна: выручка и баллы M их смешивают. Оставьте в данных одну валюту или пересчитайте суммы заранее (строки — в отчёте о качестве).`,
    en: `Amounts name ${n} ${pluralWord('en', n, CURRENCIES)} (${list}) and were added up as one: revenue and M scores mix them. Keep one currency in the data, or convert the amounts first (rows in the quality report).`,
  };
}
