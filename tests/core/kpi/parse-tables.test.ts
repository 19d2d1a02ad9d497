import { describe, expect, it } from 'vitest';
import { parseCustomerManagers } from '../../../core/kpi/parse-customer-managers';
import { parseWeights } from '../../../core/kpi/parse-weights';
import { UserInputError } from '../../../core/errors';

describe('parseCustomerManagers', () => {
  it('maps ids (normalised like the ledger) to managers; a later row for the same id wins', () => {
    const p = parseCustomerManagers([
      ['ID клиента', 'Менеджер'],
      [' 17850.0 ', 'Анна'],
      ['c2', 'Борис'],
      ['c2', 'Вера'],
      ['c3', ''],
    ]);
    expect([...p.managers]).toEqual([['17850', 'Анна'], ['c2', 'Вера']]);
    expect(p.rejected.map((r) => [r.row, r.value])).toEqual([[3, 'c2'], [5, '']]);
    expect(p.rejected[1].reason).toMatch(/^менеджер пуст.* \/ manager is empty/);
  });
  describe('edge cases', () => {
    it('needs both columns', () => {
      expect(() => parseCustomerManagers([['client', 'city']])).toThrow(UserInputError);
      expect(() => parseCustomerManagers([])).toThrow(/empty/);
    });
  });
});

describe('parseWeights', () => {
  it('reads text with decimal commas and JSON objects', () => {
    expect(parseWeights('Champions=1.5, At Risk=1,2;new=0')).toEqual({ Champions: 1.5, 'At Risk': 1.2, new: 0 });
    expect(parseWeights({ Loyal: 2 })).toEqual({ Loyal: 2 });
  });
  describe('edge cases', () => {
    it('rejects negative or missing numbers and bare names, in both languages', () => {
      expect(() => parseWeights('Loyal=-1')).toThrow(/≥ 0/);
      expect(() => parseWeights('Loyal')).toThrow(/Segment=1.5/);
      expect(() => parseWeights({ Loyal: 'a lot' })).toThrow(/веса/);
    });
  });
});
