/**
 * Plural forms and language choice, checked by hand against Russian and English grammar.
 */
import { describe, expect, it } from 'vitest';
import { formatInteger, langFromLocale, plural, t } from '../../../sheets-addon/src/i18n';

describe('plural', () => {
  it('Russian: one / few / many', () => {
    expect(plural('ru', 1, 'row')).toBe('1 строка');
    expect(plural('ru', 2, 'row')).toBe('2 строки');
    expect(plural('ru', 5, 'row')).toBe('5 строк');
    expect(plural('ru', 11, 'row')).toBe('11 строк');
    expect(plural('ru', 21, 'customer')).toBe('21 клиент');
    expect(plural('ru', 22, 'customer')).toBe('22 клиента');
    expect(plural('ru', 112, 'day')).toBe('112 дней');
  });

  it('English: one / other, with grouping', () => {
    expect(plural('en', 1, 'row')).toBe('1 row');
    expect(plural('en', 0, 'row')).toBe('0 rows');
    expect(plural('en', 200000, 'row')).toBe('200,000 rows');
  });

  it('edge cases: Russian grouping uses a non-breaking space', () => {
    expect(formatInteger('ru', 200000)).toBe('200\u00a0000');
    expect(plural('ru', 0, 'warning')).toBe('0 предупреждений');
  });
});

describe('languages', () => {
  it('chooses Russian for Russian-speaking locales and English otherwise', () => {
    expect(langFromLocale('ru_RU')).toBe('ru');
    expect(langFromLocale('uz')).toBe('ru');
    expect(langFromLocale('en_US')).toBe('en');
    expect(langFromLocale('de_DE')).toBe('en');
    expect(langFromLocale(null)).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'toast.reading', { tab: 'Sales' })).toBe('Reading the "Sales" tab…');
    expect(t('ru', 'toast.reading')).toBe('Читаю вкладку «{tab}»…');
  });
});
