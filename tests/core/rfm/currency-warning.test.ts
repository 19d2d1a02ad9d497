import { describe, expect, it } from 'vitest';
import { currencyWarning } from '../../../core/rfm/currency-warning';

describe('currencyWarning', () => {
  it('two currencies or more: the run says revenue and M mix them, in both languages with plural forms', () => {
    expect(currencyWarning(['RUB', 'USD'])).toEqual({
      ru: 'В суммах 2 валюты (RUB, USD), и они сложены как одна: выручка и баллы M их смешивают. Оставьте в данных одну валюту или пересчитайте суммы заранее (строки — в отчёте о качестве).',
      en: 'Amounts name 2 currencies (RUB, USD) and were added up as one: revenue and M scores mix them. Keep one currency in the data, or convert the amounts first (rows in the quality report).',
    });
    expect(currencyWarning(['RUB', 'USD', 'EUR', 'UZS', 'KZT'])?.ru).toMatch(/^В суммах 5 валют \(/);
  });
  it('one currency, none, or a ledger made without the list: nothing to say', () => {
    expect(currencyWarning(['RUB'])).toBeNull();
    expect(currencyWarning([])).toBeNull();
    expect(currencyWarning(undefined)).toBeNull();
  });
});
