import { describe, expect, it } from 'vitest';
import { incrementality } from '../../../core/kpi/incrementality';
import { pluralCustomers } from '../../../core/kpi/plural-customers';

describe('incrementality', () => {
  it('positive: 20% of 900 contacted vs 10% of 100 held out', () => {
    const r = incrementality({ customers: 900, buyers: 180 }, { customers: 100, buyers: 10 });
    expect(r.verdict).toBe('positive');
    expect(r.differencePp).toBeCloseTo(10, 10);
    expect(r.lowPp!).toBeGreaterThan(0);
    expect(r.message.ru).toMatch(/Кампания работает/);
    expect(r.message.en).toMatch(/campaign works/);
  });
  it('no effect shown when the interval holds zero', () => {
    const r = incrementality({ customers: 9000, buyers: 1800 }, { customers: 1000, buyers: 195 });
    expect(r.verdict).toBe('no-effect-shown');
  });
  describe('edge cases', () => {
    it('too small: 12 customers in the holdout, said with the right plural', () => {
      const r = incrementality({ customers: 108, buyers: 30 }, { customers: 12, buyers: 2 });
      expect(r.verdict).toBe('too-small');
      expect(r.message.ru).toContain('12 клиентов');
      expect(r.message.en).toContain('12 customers');
    });
    it('empty holdout: no numbers, a reason', () => {
      const r = incrementality({ customers: 10, buyers: 3 }, { customers: 0, buyers: 0 });
      expect(r).toMatchObject({ verdict: 'too-small', differencePp: null, holdoutRate: null });
    });
    it('plural forms', () => {
      expect([1, 2, 5, 21, 22, 25].map((n) => pluralCustomers(n).ru)).toEqual(['1 клиент', '2 клиента', '5 клиентов', '21 клиент', '22 клиента', '25 клиентов']);
      expect(pluralCustomers(1).en).toBe('1 customer');
    });
  });
});
