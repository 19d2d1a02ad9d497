import { describe, expect, it } from 'vitest';
import { parseCustomerManagers } from '../../../core/kpi/parse-customer-managers';
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

