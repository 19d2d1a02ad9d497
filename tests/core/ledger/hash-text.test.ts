import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../../core/ledger/hash-text';

const lanes = (s: string): [number, number] => {
  const l = new Int32Array(2);
  hashText(s, l);
  return [l[0], l[1]];
};

describe('hashText', () => {
  it('the same text gives the same lanes; these texts all differ', () => {
    expect(lanes('Анна')).toEqual(lanes('Анна'));
    const texts = ['', 'a', 'ab', 'abc', 'ba', 'Анна', 'Анна ', '\u0000', '\u0000\u0000', 'a\u7fff'];
    expect(new Set(texts.map((t) => lanes(t).join(','))).size).toBe(texts.length);
  });
  it('property: two different short texts never share both lanes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        if (a !== b) expect(lanes(a)).not.toEqual(lanes(b));
      }),
      { numRuns: 2000 },
    );
  });
});
