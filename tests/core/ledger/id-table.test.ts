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
  it('getOrAdd: the stored value, or -1 after storing the new one (in order, out of order, text ids)', () => {
    const t = new IdTable();
    expect(t.getOrAdd('100', 0)).toBe(-1); // appended to the increasing run
    expect(t.getOrAdd('200', 1)).toBe(-1);
    expect(t.getOrAdd('150', 2)).toBe(-1); // out of order: the hash table
    expect(t.getOrAdd('INV-7', 3)).toBe(-1); // text: the text codes
    expect([t.getOrAdd('100', 9), t.getOrAdd('150', 9), t.getOrAdd('INV-7', 9), t.getOrAdd('0100', 4)]).toEqual([0, 2, 3, -1]);
    expect([t.get('200'), t.get('0100'), t.get('INV-8')]).toEqual([1, 4, -1]);
  });

  it('getOrAdd numbers like a Map that keeps the first value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.stringMatching(/^\d{1,16}$/), fc.string()), { maxLength: 3000 }), (ids) => {
        const t = new IdTable();
        const m = new Map<string, number>();
        ids.forEach((id, i) => {
          expect(t.getOrAdd(id, i)).toBe(m.get(id) ?? -1);
          if (!m.has(id)) m.set(id, i);
        });
        for (const [id, v] of m) expect(t.get(id)).toBe(v);
      }),
      { numRuns: 30 },
    );
  });
});
