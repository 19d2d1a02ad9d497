/**
 * Number formats per spreadsheet locale.
 */
import { describe, expect, it } from 'vitest';
import { localeFormats } from '../../../sheets-addon/src/locale-formats';

describe('localeFormats', () => {
  it('Russian: day.month.year and roubles after the number', () => {
    expect(localeFormats('ru_RU')).toEqual({ date: 'dd.mm.yyyy', money: '#,##0.00 "₽"', integer: '#,##0', decimal: '#,##0.00', percent: '0.0%' });
  });
  it('US, UK, Uzbek and euro locales', () => {
    expect(localeFormats('en_US')).toMatchObject({ date: 'mm/dd/yyyy', money: '"$"#,##0.00' });
    expect(localeFormats('en_GB')).toMatchObject({ date: 'dd/mm/yyyy', money: '"£"#,##0.00' });
    expect(localeFormats('uz_UZ')).toMatchObject({ date: 'dd.mm.yyyy', money: '#,##0.00 "so\'m"' });
    expect(localeFormats('de_DE')).toMatchObject({ date: 'dd.mm.yyyy', money: '#,##0.00 "€"' });
  });
  it('edge cases: an unknown locale assumes no currency and uses ISO dates', () => {
    expect(localeFormats('ja_JP')).toMatchObject({ date: 'yyyy-mm-dd', money: '#,##0.00' });
  });
});
