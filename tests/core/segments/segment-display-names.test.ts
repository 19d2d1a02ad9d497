import { describe, expect, it } from 'vitest';
import { parseRunConfig, resolveSegmentRules, runRfm, segmentDisplayNames, type SegmentRule } from '../../../core/index';

const other = { name: 'Others', names: { ru: 'Прочие', en: 'Others' } };
const rule = (name: string, names?: SegmentRule['names']): SegmentRule => ({ name, r: [1, 5], f: [1, 5], m: [1, 5], ...(names ? { names } : {}) });

describe('segmentDisplayNames', () => {
  it('takes each rule’s names, then the catch-all’s, in rule order', () => {
    const names = segmentDisplayNames({ rules: [rule('Top', { ru: 'Лучшие', en: 'Top ones' }), rule('Rest', { ru: 'Остальные', en: 'Rest' })], other });
    expect([...names]).toEqual([
      ['Top', { ru: 'Лучшие', en: 'Top ones' }],
      ['Rest', { ru: 'Остальные', en: 'Rest' }],
      ['Others', { ru: 'Прочие', en: 'Others' }],
    ]);
  });
  it('the classic preset: Champions in both languages, the catch-all last', () => {
    const names = segmentDisplayNames(resolveSegmentRules(parseRunConfig({})));
    expect(names.size).toBe(12);
    expect(names.get('Champions')?.en).toBe('Champions');
    expect(names.get('Others')).toEqual({ ru: 'Прочие', en: 'Others' });
  });
  it('the same names as the segment summary rows of a run', () => {
    const order = (id: string, customerId: string, day: number, netCents: number) => ({ id, customerId, day, minute: 0, netCents, refundCents: 0, manager: null, channel: null, promo: false, category: null, categorySplit: null, row: 2, lineRows: null });
    const orders = [order('o1', 'a', 20000, 1000), order('o2', 'b', 20010, 5000)];
    const customers = ['a', 'b'].map((id) => ({ id, ids: [id], name: null, email: null, phone: null, manager: null, orders: orders.filter((o) => o.customerId === id) }));
    const ledger = { customers, orders, merges: [], netCents: 6000, has: { time: false, category: false, manager: false, promo: false, channel: false } };
    const run = runRfm(ledger, parseRunConfig({ asOf: '2024-12-31' }));
    const names = segmentDisplayNames(run.segmentRules);
    for (const row of run.summary.rows) expect(names.get(row.group)).toEqual(row.names);
  });
  describe('edge cases', () => {
    it('a rule without names shows its name; a missing language falls back to the name', () => {
      const names = segmentDisplayNames({ rules: [rule('VIP'), rule('Mid', { ru: 'Середина' })], other });
      expect(names.get('VIP')).toEqual({ ru: 'VIP', en: 'VIP' });
      expect(names.get('Mid')).toEqual({ ru: 'Середина', en: 'Mid' });
    });
    it('two rules of one name: the first one’s names win; a rule named like the catch-all keeps the rule’s names', () => {
      const names = segmentDisplayNames({ rules: [rule('A', { ru: 'Первое', en: 'First' }), rule('A', { ru: 'Второе', en: 'Second' }), rule('Others', { ru: 'Другие', en: 'Other ones' })], other });
      expect([...names]).toEqual([
        ['A', { ru: 'Первое', en: 'First' }],
        ['Others', { ru: 'Другие', en: 'Other ones' }],
      ]);
    });
    it('no rules: only the catch-all', () => {
      expect([...segmentDisplayNames({ rules: [], other })]).toEqual([['Others', { ru: 'Прочие', en: 'Others' }]]);
    });
  });
});
