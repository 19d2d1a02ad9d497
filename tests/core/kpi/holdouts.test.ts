import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../core/kpi/fnv1a32';
import { isHoldout } from '../../../core/kpi/is-holdout';
import { wilsonInterval } from '../../../core/kpi/wilson-interval';
import { newcombeInterval } from '../../../core/kpi/newcombe-interval';
import { incrementality } from '../../../core/kpi/incrementality';
import { holdoutReport } from '../../../core/kpi/holdout-report';
import { pluralCustomers } from '../../../core/kpi/plural-customers';
import { parsePeriod } from '../../../core/kpi/period';
import { kpiFixture } from '../../helpers/kpi-fixture';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    // From the FNV reference test suite (isthe.com/chongo/tech/comp/fnv): "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('isHoldout', () => {
  it('is deterministic and close to the share on many ids', () => {
    let held = 0;
    for (let i = 0; i < 20000; i++) if (isHoldout(`c${i}`, 'autumn-2025')) held++;
    expect(held / 20000).toBeGreaterThan(0.09);
    expect(held / 20000).toBeLessThan(0.11);
    expect(isHoldout('c1', 'autumn-2025')).toBe(isHoldout('c1', 'autumn-2025'));
  });
  it('different campaigns hold out different customers', () => {
    const a = [...Array(1000).keys()].filter((i) => isHoldout(`c${i}`, 'A', 0.5));
    const b = [...Array(1000).keys()].filter((i) => isHoldout(`c${i}`, 'B', 0.5));
    expect(a).not.toEqual(b);
  });
  describe('edge cases', () => {
    it('rejects a share outside (0, 1)', () => {
      expect(() => isHoldout('c1', 'x', 0)).toThrow(/between 0 and 1/);
      expect(() => isHoldout('c1', 'x', 10)).toThrow(/between 0 and 1/);
    });
  });
});

describe('wilsonInterval', () => {
  it('matches Newcombe (1998) Table I, method 3 (score, no continuity correction)', () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lo, hi] of cases) {
      const [l, u] = wilsonInterval(x, n);
      expect(l).toBeCloseTo(lo, 4);
      expect(u).toBeCloseTo(hi, 4);
    }
  });
  describe('edge cases', () => {
    it('x = n gives upper bound 1; n = 0 gives [0, 1]', () => {
      expect(wilsonInterval(29, 29)[1]).toBe(1);
      expect(wilsonInterval(0, 0)).toEqual([0, 1]);
    });
  });
});

describe('newcombeInterval', () => {
  it('matches Newcombe (1998) Table II, method 10 (hybrid score)', () => {
    const cases: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1],
    ];
    for (const [x1, n1, x2, n2, lo, hi] of cases) {
      const r = newcombeInterval(x1, n1, x2, n2);
      expect(r.low).toBeCloseTo(lo, 4);
      expect(r.high).toBeCloseTo(hi, 4);
    }
  });
});

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

describe('holdoutReport', () => {
  it('splits the audience scored at the start per segment, total row last, counts add up', () => {
    const { ledger, snapshotAt } = kpiFixture();
    const rows = holdoutReport(ledger, parsePeriod('2025-Q3'), snapshotAt, 'autumn', { share: 0.5 });
    const total = rows[rows.length - 1];
    expect(total.segment).toBeNull();
    expect(total.contacted.customers + total.holdout.customers).toBe(5);
    const segs = rows.slice(0, -1);
    expect(segs.map((r) => r.segment)).toEqual(['Active', 'Cooling', 'Lapsed']);
    expect(segs.reduce((s, r) => s + r.holdout.customers, 0)).toBe(total.holdout.customers);
    // Buyers in Q3 among a, b, c, d, f: a and b.
    expect(total.contacted.buyers + total.holdout.buyers).toBe(2);
    expect(total.result.verdict).toBe('too-small');
    for (const id of total.holdoutIds) expect(segs.some((r) => r.holdoutIds.includes(id))).toBe(true);
  });
});
