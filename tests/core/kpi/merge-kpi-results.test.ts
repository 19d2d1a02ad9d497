import { describe, expect, it } from 'vitest';
import { mergeKpiResults } from '../../../core/kpi/merge-kpi-results';
import type { KpiResult } from '../../../core/kpi/types';

const part = (numerator: number, denominator: number, ids: string[], seg: [string, number, number][]): KpiResult => ({
  id: 'churn', value: denominator ? (numerator / denominator) * 100 : null, numerator, denominator, unit: '%', customerIds: ids,
  numeratorIds: ids.slice(0, numerator),
  bySegment: seg.map(([segment, n, d]) => ({ segment, value: (n / d) * 100, numerator: n, denominator: d, customerIds: [] })),
});

describe('mergeKpiResults', () => {
  it('sums numerators, denominators, ids and segment parts; recomputes values; keeps the rank order', () => {
    const m = mergeKpiResults([part(1, 4, ['a', 'b', 'c', 'd'], [['Lost', 1, 2], ['Loyal', 0, 2]]), part(2, 4, ['e', 'f', 'g', 'h'], [['Loyal', 2, 4]])], ['Loyal', 'Lost']);
    expect(m).toMatchObject({ value: 37.5, numerator: 3, denominator: 8, numeratorIds: ['a', 'e', 'f'] });
    expect(m.customerIds).toHaveLength(8);
    expect(m.bySegment!.map((p) => [p.segment, p.numerator, p.denominator, p.value])).toEqual([['Loyal', 2, 6, (2 / 6) * 100], ['Lost', 1, 2, 50]]);
  });
  describe('edge cases', () => {
    it('all parts empty: not defined, with the parts’ reason', () => {
      const empty: KpiResult = { id: 'churn', value: null, numerator: 0, denominator: 0, unit: '%', customerIds: [], undefinedReason: { ru: 'нет', en: 'none' } };
      expect(mergeKpiResults([empty, empty])).toMatchObject({ value: null, undefinedReason: { en: 'none' } });
    });
    it('lead KPIs list a customer with leads at two managers once', () => {
      const a: KpiResult = { id: 'win-rate', value: 100, numerator: 1, denominator: 1, unit: '%', customerIds: ['c1'] };
      expect(mergeKpiResults([a, a]).customerIds).toEqual(['c1']);
    });
  });
});
