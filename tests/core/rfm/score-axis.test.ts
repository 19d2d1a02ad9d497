import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAxis } from '../../../core/rfm/score-axis';
import { UserInputError } from '../../../core/errors';

const q = { method: 'quantile' } as const;
const arr = (u: Uint8Array) => [...u];

describe('scoreAxis: quantile', () => {
  it('1 + floor(scale × strictly-smaller / N), by hand', () => {
    // N = 5, scale 5: smaller counts 0,1,2,3,4 → scores 1..5
    expect(arr(scoreAxis([50, 10, 40, 20, 30], q, 5, 'higher').scores)).toEqual([5, 1, 4, 2, 3]);
    // N = 4, scale 3: 10→0→1; 20→1→1+floor(3/4)=1; 30→2→1+floor(6/4)=2; 40→3→1+floor(9/4)=3
    expect(arr(scoreAxis([10, 20, 30, 40], q, 3, 'higher').scores)).toEqual([1, 1, 2, 3]);
  });

  it('ties share a score; bins are uneven', () => {
    // values 1,1,1,1,5: four customers with 0 smaller → 1; 5 has 4 smaller → 1+floor(20/5)=5
    const { scores, table } = scoreAxis([1, 1, 1, 1, 5], q, 5, 'higher');
    expect(arr(scores)).toEqual([1, 1, 1, 1, 5]);
    expect(table.bands.map((b) => b.customers)).toEqual([4, 0, 0, 0, 1]);
    expect(table.cuts).toEqual([null, null, null, 5]);
    expect(table.bands[1]).toMatchObject({ lower: null, upper: null, customers: 0, share: 0 });
  });

  it('recency: strictly larger days count, fewest days get the top score', () => {
    // days 1, 10, 10, 100: larger counts 3, 1, 1, 0 → scale 4: 1+3=4, 1+1=2, 2, 1
    const { scores, table } = scoreAxis([1, 10, 10, 100], q, 4, 'lower');
    expect(arr(scores)).toEqual([4, 2, 2, 1]);
    // derived cuts: days ≥ c1 → ≤ score 3 (empty → null); ≥ c2 → ≤ 2 (min 10); ≥ c3 → 1 (min 100)
    expect(table.cuts).toEqual([null, 10, 100]);
    expect(table.bands[3]).toMatchObject({ score: 4, lower: 1, upper: 1, upperInclusive: true, customers: 1, share: 0.25 });
  });

  it('derived quantile cuts reproduce the scores as thresholds when no score is empty', () => {
    const values = [3, 8, 8, 1, 20, 14, 7, 7, 2, 30];
    const a = scoreAxis(values, q, 5, 'higher');
    const cuts = a.table.cuts as number[];
    expect(cuts.every((c) => c !== null)).toBe(true);
    expect(arr(scoreAxis(values, { method: 'thresholds', cuts }, 5, 'higher').scores)).toEqual(arr(a.scores));
    const r = scoreAxis(values, q, 5, 'lower');
    expect(arr(scoreAxis(values, { method: 'thresholds', cuts: r.table.cuts as number[] }, 5, 'lower').scores)).toEqual(arr(r.scores));
  });
});

describe('scoreAxis: thresholds', () => {
  const t = { method: 'thresholds', cuts: [2, 5] } as const;
  it('half-open bins [c(i−1), c(i))', () => {
    expect(arr(scoreAxis([0, 1, 2, 4, 5, 99], t, 3, 'higher').scores)).toEqual([1, 1, 2, 2, 3, 3]);
  });
  it('recency reversed: below c1 is the top score, a value on a cut goes to the lower score', () => {
    expect(arr(scoreAxis([1, 2, 4, 5, 400], t, 3, 'lower').scores)).toEqual([3, 2, 2, 1, 1]);
  });
  it('the table shows the configured bounds and shares', () => {
    const { table } = scoreAxis([1, 2, 4, 5], t, 3, 'lower');
    expect(table.cuts).toEqual([2, 5]);
    expect(table.bands).toEqual([
      { score: 1, lower: 5, upper: null, upperInclusive: false, customers: 1, share: 0.25, observedMin: 5, observedMax: 5 },
      { score: 2, lower: 2, upper: 5, upperInclusive: false, customers: 2, share: 0.5, observedMin: 2, observedMax: 4 },
      { score: 3, lower: null, upper: 2, upperInclusive: false, customers: 1, share: 0.25, observedMin: 1, observedMax: 1 },
    ]);
    const h = scoreAxis([1, 2, 4, 5], t, 3, 'higher').table.bands;
    expect(h.map((b) => [b.lower, b.upper])).toEqual([[null, 2], [2, 5], [5, null]]);
  });
  it('bad cut points are a configuration error naming the key', () => {
    expect(() => scoreAxis([1], { method: 'thresholds', cuts: [5, 2] }, 3, 'higher', 'frequency.cuts')).toThrow(UserInputError);
    expect(() => scoreAxis([1], { method: 'thresholds', cuts: [5, 2] }, 3, 'higher', 'frequency.cuts')).toThrow(/frequency\.cuts: must be ascending/);
    const error = (() => {
      try {
        scoreAxis([1], { method: 'thresholds', cuts: [5, 2] }, 3, 'higher', 'frequency.cuts');
      } catch (e) {
        return e as UserInputError;
      }
    })();
    expect(error?.messageIn('ru')).toBe('frequency.cuts: пороги должны возрастать: 2 стоит после 5');
    expect(() => scoreAxis([1], { method: 'thresholds', cuts: [5] }, 3, 'higher', 'm')).toThrow('m: needs exactly 2 cut points for scale 3 (got 1)');
  });
});

describe('scoreAxis: properties', () => {
  const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 });
  const scale = fc.integer({ min: 2, max: 10 });
  const dir = fc.constantFrom('higher' as const, 'lower' as const);
  it('scores are monotone in the value and equal values get equal scores (quantile)', () => {
    fc.assert(
      fc.property(values, scale, dir, (vs, k, d) => {
        const s = scoreAxis(vs, q, k, d).scores;
        for (let i = 0; i < vs.length; i++) {
          expect(s[i]).toBeGreaterThanOrEqual(1);
          expect(s[i]).toBeLessThanOrEqual(k);
          for (let j = 0; j < vs.length; j++) {
            if (vs[i] === vs[j]) expect(s[i]).toBe(s[j]);
            const better = d === 'higher' ? vs[i] > vs[j] : vs[i] < vs[j];
            if (better) expect(s[i]).toBeGreaterThanOrEqual(s[j]);
          }
        }
      }),
    );
  });
  it('scores are monotone for thresholds too', () => {
    fc.assert(
      fc.property(values, fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 9 }), dir, (vs, raw, d) => {
        const cuts = raw.sort((a, b) => a - b);
        const k = cuts.length + 1;
        const s = scoreAxis(vs, { method: 'thresholds', cuts }, k, d).scores;
        for (let i = 0; i < vs.length; i++)
          for (let j = 0; j < vs.length; j++) {
            if (vs[i] === vs[j]) expect(s[i]).toBe(s[j]);
            if (d === 'higher' ? vs[i] > vs[j] : vs[i] < vs[j]) expect(s[i]).toBeGreaterThanOrEqual(s[j]);
          }
      }),
    );
  });
  it('band counts add up to N and shares to 1', () => {
    fc.assert(
      fc.property(values, scale, dir, (vs, k, d) => {
        const { table } = scoreAxis(vs, q, k, d);
        expect(table.bands.reduce((s, b) => s + b.customers, 0)).toBe(vs.length);
        expect(table.bands.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('scoreAxis: edge cases', () => {
  it('no customers: empty scores and an empty table', () => {
    const { scores, table } = scoreAxis([], q, 5, 'higher');
    expect(scores.length).toBe(0);
    expect(table.bands.every((b) => b.customers === 0 && b.share === 0)).toBe(true);
    expect(table.cuts).toEqual([null, null, null, null]);
  });
  it('one customer gets score 1 on a quantile axis', () => {
    expect(arr(scoreAxis([42], q, 5, 'higher').scores)).toEqual([1]);
    expect(arr(scoreAxis([42], q, 5, 'lower').scores)).toEqual([1]);
  });
  it('all equal: everyone gets 1', () => {
    expect(arr(scoreAxis([7, 7, 7], q, 3, 'higher').scores)).toEqual([1, 1, 1]);
  });
  it('negative monetary values (net refunds) score lowest', () => {
    expect(arr(scoreAxis([-500, 0, 100], q, 3, 'higher').scores)).toEqual([1, 2, 3]);
  });
  it('rejects a scale outside 2..10', () => {
    expect(() => scoreAxis([1], q, 1, 'higher')).toThrow(/scale: must be a whole number 2\.\.10/);
  });
});
