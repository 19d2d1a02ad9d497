import { describe, expect, it } from 'vitest';
import { HEADER_SEARCH_LINES, HeaderSearch } from '../../../core/ledger/find-header';

describe('HeaderSearch', () => {
  it('passes over title lines until a record names the columns', () => {
    const h = new HeaderSearch(undefined);
    expect(h.offer(['Отчёт о продажах за март 2025'], 1)).toBe('skip');
    expect(h.offer(['Сформирован', '01.04.2025'], 2)).toBe('skip');
    expect(h.offer(['Клиент', 'Дата оплаты', 'Сумма'], 4)).toBe('header');
    expect(h.above).toEqual([
      { row: 1, text: 'Отчёт о продажах за март 2025' },
      { row: 2, text: 'Сформирован 01.04.2025' },
    ]);
  });

  it("follows the user's mapping: a header is the record that has the mapped columns", () => {
    const h = new HeaderSearch({ customer: 'Покупатель', date: 'Когда', amount: 'Итог' });
    expect(h.offer(['Клиент', 'Дата', 'Сумма'], 1)).toBe('skip'); // detectable, but not the columns the mapping names
    expect(h.offer(['Покупатель', 'Когда', 'Итог'], 2)).toBe('header');
  });

  it(`gives up after ${HEADER_SEARCH_LINES} lines; the first line is then the header (so its missing columns are reported)`, () => {
    const h = new HeaderSearch(undefined);
    expect(h.fallback()).toBeNull();
    for (let i = 1; i < HEADER_SEARCH_LINES; i++) expect(h.offer([`строка ${i}`], i)).toBe('skip');
    expect(h.offer(['ещё одна'], HEADER_SEARCH_LINES)).toBe('give-up');
    expect(h.fallback()).toEqual({ texts: ['строка 1'], row: 1 });
  });
});
