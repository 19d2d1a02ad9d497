import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RowFingerprints } from '../../../core/ledger/row-fingerprints';

describe('RowFingerprints', () => {
  it('counts rows equal to an earlier row and names the row they repeat', () => {
    const f = new RowFingerprints();
    f.add(['a', 1, '2025-03-12'], 3, 2);
    f.add(['b', 1, '2025-03-12'], 3, 3);
    f.add(['a', 1, '2025-03-12'], 3, 4);
    f.add(['a', 1, '2025-03-12'], 3, 7);
    expect(f.duplicates(10)).toEqual({ rows: 2, sample: [{ row: 4, sameAs: 2 }, { row: 7, sameAs: 2 }] });
    expect(f.duplicates(1).sample).toEqual([{ row: 4, sameAs: 2 }]);
  });
  describe('edge cases', () => {
    it('cell boundaries matter: ["ab", "c"] is not ["a", "bc"]; a number cell equals its text', () => {
      const f = new RowFingerprints();
      f.add(['ab', 'c'], 2, 2);
      f.add(['a', 'bc'], 2, 3);
      f.add([12.5], 1, 4);
      f.add(['12.5'], 1, 5);
      expect(f.duplicates(10)).toEqual({ rows: 1, sample: [{ row: 5, sameAs: 4 }] });
    });
    it('no rows, no duplicates', () => {
      expect(new RowFingerprints().duplicates(10)).toEqual({ rows: 0, sample: [] });
    });
  });
  it('agrees with a Set of joined cells, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', '1', ''), { minLength: 1, maxLength: 3 }), { maxLength: 6000 }), (rows) => {
        const f = new RowFingerprints();
        const seen = new Set<string>();
        let expected = 0;
        rows.forEach((r, i) => {
          f.add(r, r.length, i + 2);
          const key = r.join('\u0001');
          if (seen.has(key)) expected++;
          seen.add(key);
        });
        expect(f.duplicates(3).rows).toBe(expected);
      }),
      { numRuns: 20 },
    );
  });
});
