import { describe, expect, it } from 'vitest';
import { renderBoundaryLine } from '../../../cli/render/render-alerts';
import type { RfmRun } from '../../../core';

/** Just what renderBoundaryLine reads of a run. */
function run(approaching: number, crossed: number, leadDays = 14, crossedDays = 30): RfmRun {
  const alerts = [...Array(approaching).fill({ status: 'approaching' }), ...Array(crossed).fill({ status: 'crossed' })];
  return { sleep: { description: { ru: '90 дн.', en: '90 days' }, personalCustomers: 0, leadDays, crossedDays }, alerts } as unknown as RfmRun;
}

describe('renderBoundaryLine', () => {
  it('agrees the Russian verb with the count: 1 уснёт / перешёл, 3 уснут / перешли, 21 уснёт', () => {
    expect(renderBoundaryLine(run(1, 1), 'ru')).toContain('Оповещения: 1 скоро уснёт (за 14 дн. до границы), 1 перешёл границу за последние 30 дн.');
    expect(renderBoundaryLine(run(3, 5), 'ru')).toContain('3 скоро уснут (за 14 дн. до границы), 5 перешли границу');
    expect(renderBoundaryLine(run(21, 0), 'ru')).toContain('21 скоро уснёт');
  });
  describe('edge cases', () => {
    it('English days agree with their number', () => {
      expect(renderBoundaryLine(run(0, 2, 1, 1), 'en')).toContain('Alerts: 0 approaching (within 1 day of the boundary), 2 crossed it in the last 1 day');
      expect(renderBoundaryLine(run(0, 0), 'en')).toContain('within 14 days of the boundary), 0 crossed it in the last 30 days');
    });
  });
});
