import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RowFingerprints } from '../../../core/ledger/row-fingerprints';
import { CellsRow } from '../../../core/ledger/row-view';
import type { Cell } from '../../../core';

/** Records a row's cells the way the ingester does: through a CellsRow view's fingerprint. */
function adder(f: RowFingerprints): (cells: Cell[], row: number) => void {
  const view = new CellsRow();
  return (cells, row) => f.add(view.next(cells).fingerprint(), row);
}

describe('RowFingerprints', () => {
  it('counts rows equal to an earlier row and names the row they repeat', () => {
    const f = new RowFingerprints();
    const add = adder(f);
    add(['a', 1, '2025-03-12'], 2);
    add(['b', 1, '2025-03-12'], 3);
    add(['a', 1, '2025-03-12'], 4);
    add(['a', 1, '2025-03-12'], 7);
    expect(f.duplicates(10)).toEqual({ rows: 2, sample: [{ row: 4, sameAs: 2 }, { row: 7, sameAs: 2 }] });
    expect(f.duplicates(1).sample).toEqual([{ row: 4, sameAs: 2 }]);
  });
  describe('edge cases', () => {
    it('cell boundaries matter: ["ab", "c"] is not ["a", "bc"]; a number cell equals its text', () => {
      const f = new RowFingerprints();
    const add = adder(f);
      add(['ab', 'c'], 2);
      add(['a', 'bc'], 3);
      add([12.5], 4);
      add(['12.5'], 5);
      expect(f.duplicates(10)).toEqual({ rows: 1, sample: [{ row: 5, sameAs: 4 }] });
    });
    it('no rows, no duplicates', () => {
      expect(new RowFingerprints().duplicates(10)).toEqual({ rows: 0, sample: [] });
    });
  });
  it('agrees with a Set of joined cells (trailing empty cells do not count, as in the ingester), through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', '1', ''), { minLength: 1, maxLength: 3 }), { maxLength: 6000 }), (rows) => {
        const f = new RowFingerprints();
        const add = adder(f);
        const seen = new Set<string>();
        let expected = 0;
        rows.forEach((r, i) => {
          add(r, i + 2);
          const key = r.join('\u0001').replace(/\u0001+$/, '');
          if (seen.has(key)) expected++;
          seen.add(key);
        });
        expect(f.duplicates(3).rows).toBe(expected);
      }),
      { numRuns: 20 },
    );
  });
});
