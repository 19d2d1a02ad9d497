import { describe, expect, it } from 'vitest';
import { parseTargetsJson, parseTargetsTable, planFor } from '../../../core/kpi/targets';
import { UserInputError } from '../../../core/errors';

describe('targets', () => {
  const targets = parseTargetsJson([
    { kpi: 'churn', plan: 10 },
    { kpi: 'churn', role: 'success', plan: 8 },
    { kpi: 'churn', manager: 'Анна', plan: 5 },
    { kpi: 'weighted-revenue', plan: '1 500,25' },
  ]);
  it('manager plan beats role plan beats KPI-only plan', () => {
    expect(planFor(targets, 'churn', 'success', 'Анна')).toBe(5);
    expect(planFor(targets, 'churn', 'success', 'Борис')).toBe(8);
    expect(planFor(targets, 'churn', 'success', null)).toBe(8);
    expect(planFor(targets, 'nrr', 'success', null)).toBeNull();
  });
  it('money plans are in currency units', () => {
    expect(planFor(targets, 'weighted-revenue', 'sales', null)).toBe(150025);
  });
  it('reads a CSV-like table with Russian headers; bad rows rejected with row and reason', () => {
    const p = parseTargetsTable([
      ['КПЭ', 'Роль', 'Менеджер', 'План'],
      ['churn', 'success', '', '7,5'],
      ['nrr', '', 'Анна', '105'],
      ['calls', '', '', '100'],
      ['grr', 'ceo', '', '90'],
      ['grr', '', '', 'много'],
    ]);
    expect(p.targets).toEqual([
      { kpi: 'churn', role: 'success', manager: null, plan: 7.5 },
      { kpi: 'nrr', role: null, manager: 'Анна', plan: 105 },
    ]);
    expect(p.rejected.map((r) => [r.row, r.column, r.value])).toEqual([[4, 'КПЭ', 'calls'], [5, 'Роль', 'ceo'], [6, 'План', 'много']]);
  });
  describe('edge cases', () => {
    it('JSON errors name the entry', () => {
      expect(() => parseTargetsJson([{ kpi: 'calls', plan: 1 }])).toThrow(/targets\[0\]: kpi "calls" is not known/);
      expect(() => parseTargetsJson({ x: 1 })).toThrow(UserInputError);
      expect(() => parseTargetsJson([{ kpi: 'nrr' }])).toThrow(/plan "" is not a number/);
    });
  });
});
