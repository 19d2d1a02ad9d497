import { describe, expect, it } from 'vitest';
import { currencyOfAffix } from '../../../core/ledger/currency-marker';
import { parseAmount } from '../../../core/ledger/parse-amount';
import { scanned } from '../../../core/ledger/scan-number';

describe('currencyOfAffix', () => {
  it.each([
    [' ₽', 'RUB'],
    [' руб.', 'RUB'],
    ['$ ', 'USD'],
    [' USD', 'USD'],
    [' €', 'EUR'],
    [' евро', 'EUR'],
    [" so'm", 'UZS'],
    [' сум', 'UZS'],
    [' тыс. сум', 'UZS'],
    [' тг', 'KZT'],
    [' ₸', 'KZT'],
    [' грн', 'UAH'],
  ])('%j → %s', (affix, code) => expect(currencyOfAffix(affix)).toBe(code));
  it.each([' ', ' шт', ' тыс.', '(', ' abc'])('%j names no currency', (affix) => expect(currencyOfAffix(affix)).toBeNull());
});

describe('the number reader leaves the currency of the cell it read', () => {
  it.each([
    ['1 234,56 ₽', 123456, 'RUB'],
    ['$12', 1200, 'USD'],
    ['150 000 so‘m', 15000000, 'UZS'],
    ['12 тыс. сум', 1200000, 'UZS'],
    ['1234.56', 123456, null],
    ['(12.50) EUR', -1250, 'EUR'],
  ])('%j → %d cents in %s', (text, cents, currency) => {
    expect(parseAmount(text)).toBe(cents);
    expect(scanned.currency).toBe(currency);
  });
});
