import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdTable } from '../../../core/ledger/id-table';

describe('IdTable', () => {
  it('numeric ids keep their leading zeros apart', () => {
    const t = new IdTable();
    t.set('00017', 4);
    t.set('17', 5);
    t.set('A17', 6);
    expect([t.get('00017'), t.get('17'), t.get('A17'), t.get('017')]).toEqual([4, 5, 6, -1]);
  });
  describe('edge cases', () => {
    it('long digit strings, empty and replaced values', () => {
      const t = new IdTable();
      t.set('123456789012345678', 1);
      t.set('', 2);
      t.set('5', 3);
      t.set('5', 7);
      expect([t.get('123456789012345678'), t.get(''), t.get('5')]).toEqual([1, 2, 7]);
    });
  });
  it('behaves like a Map through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.stringMatching(/^\d{1,16}$/), fc.string()), { maxLength: 3000 }), (ids) => {
        const t = new IdTable();
        const m = new Map<string, number>();
        ids.forEach((id, i) => {
          t.set(id, i);
          m.set(id, i);
        });
        for (const id of ids) expect(t.get(id)).toBe(m.get(id));
        expect(t.get('x-not-there')).toBe(-1);
      }),
      { numRuns: 30 },
    );
  });
});
