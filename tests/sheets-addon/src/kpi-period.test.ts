/**
 * The KPI period: the last complete month or quarter before the as-of date (worked out by hand).
 */
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../core/index';
import { lastCompletePeriod } from '../../../sheets-addon/src/kpi-period';

const day = (iso: string) => dayFromIso(iso)!;

describe('lastCompletePeriod', () => {
  it('is the month before the as-of month, whatever the day', () => {
    expect(lastCompletePeriod(day('2025-03-12'), 'month').label).toBe('2025-02');
    expect(lastCompletePeriod(day('2025-03-01'), 'month').label).toBe('2025-02');
    expect(lastCompletePeriod(day('2025-03-31'), 'month').label).toBe('2025-02');
  });

  it('is the quarter before the as-of quarter', () => {
    expect(lastCompletePeriod(day('2025-03-12'), 'quarter').label).toBe('2024-Q4');
    expect(lastCompletePeriod(day('2025-07-01'), 'quarter').label).toBe('2025-Q2');
  });

  it('edge cases: January goes back to December of the year before; the period ends on or before the as-of day', () => {
    const p = lastCompletePeriod(day('2025-01-01'), 'month');
    expect(p.label).toBe('2024-12');
    expect(p.end).toBe(day('2025-01-01'));
  });
});
