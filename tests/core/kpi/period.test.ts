import { describe, expect, it } from 'vitest';
import { basePeriod, parseBaseMode, parsePeriod } from '../../../core/kpi/period';
import { UserInputError } from '../../../core/errors';
import { dayFromIso } from '../../../core/time/civil-day';

const d = (s: string) => dayFromIso(s)!;

describe('parsePeriod', () => {
  it('reads a month, quarter, year and range as [start, end)', () => {
    expect(parsePeriod('2025-07')).toEqual({ label: '2025-07', kind: 'month', start: d('2025-07-01'), end: d('2025-08-01') });
    expect(parsePeriod('2025-Q3')).toEqual({ label: '2025-Q3', kind: 'quarter', start: d('2025-07-01'), end: d('2025-10-01') });
    expect(parsePeriod('2025')).toEqual({ label: '2025', kind: 'year', start: d('2025-01-01'), end: d('2026-01-01') });
    expect(parsePeriod('2025-07-01..2025-09-30')).toEqual({ label: '2025-07-01..2025-09-30', kind: 'range', start: d('2025-07-01'), end: d('2025-10-01') });
  });
  it('accepts quarter spellings', () => {
    expect(parsePeriod('2025Q4').label).toBe('2025-Q4');
    expect(parsePeriod('Q1 2026').label).toBe('2026-Q1');
    expect(parsePeriod('2025-12').end).toBe(d('2026-01-01'));
  });
  describe('edge cases', () => {
    it('rejects bad text with the accepted forms', () => {
      expect(() => parsePeriod('июль')).toThrow(UserInputError);
      expect(() => parsePeriod('2025-13')).toThrow(/use a month 2025-07/);
      expect(() => parsePeriod('2025-Q5')).toThrow(UserInputError);
      expect(() => parsePeriod('2025-02-30..2025-03-01')).toThrow(/2025-02-30 is not a real date/);
      expect(() => parsePeriod('2025-03-01..2025-02-01')).toThrow(/ends before it starts/);
    });
    it('a one-day range has length 1', () => {
      const p = parsePeriod('2025-03-01..2025-03-01');
      expect(p.end - p.start).toBe(1);
    });
  });
});

describe('basePeriod', () => {
  it('previous period of the same kind', () => {
    expect(basePeriod(parsePeriod('2025-Q3')).label).toBe('2025-Q2');
    expect(basePeriod(parsePeriod('2025-Q1')).label).toBe('2024-Q4');
    expect(basePeriod(parsePeriod('2025-01')).label).toBe('2024-12');
    expect(basePeriod(parsePeriod('2025')).label).toBe('2024');
  });
  it('previous range = same number of days just before', () => {
    const b = basePeriod(parsePeriod('2025-07-01..2025-07-10'));
    expect(b).toEqual({ label: '2025-06-21..2025-06-30', kind: 'range', start: d('2025-06-21'), end: d('2025-07-01') });
  });
  it('year ago', () => {
    expect(basePeriod(parsePeriod('2025-Q3'), 'year-ago').label).toBe('2024-Q3');
    expect(basePeriod(parsePeriod('2025-07'), 'year-ago').label).toBe('2024-07');
    expect(basePeriod(parsePeriod('2025-07-01..2025-07-10'), 'year-ago').label).toBe('2024-07-01..2024-07-10');
  });
  describe('edge cases', () => {
    it('29 February a year off becomes 28 February', () => {
      expect(basePeriod(parsePeriod('2024-02-29..2024-03-01'), 'year-ago').label).toBe('2023-02-28..2023-03-01');
    });
    it('parseBaseMode', () => {
      expect(parseBaseMode(undefined)).toBe('previous');
      expect(parseBaseMode('yoy')).toBe('year-ago');
      expect(() => parseBaseMode('last')).toThrow(/previous" or "year-ago/);
    });
  });
});
