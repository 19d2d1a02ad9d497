import { describe, expect, it } from 'vitest';
import { TextCache } from '../../../cli/io/text-cache';

const buf = Buffer.from('оплачен,возврат,оплачен,abc,abd');
let decoded = 0;
const decode = (b: Buffer, s: number, e: number): string => {
  decoded++;
  return b.toString('utf8', s, e);
};
const at = (text: string, from = 0): [number, number] => {
  const s = buf.indexOf(text, from);
  return [s, s + Buffer.byteLength(text)];
};

describe('TextCache', () => {
  it('decodes a text once per column and then returns the same string', () => {
    const c = new TextCache();
    decoded = 0;
    const [s1, e1] = at('оплачен');
    const [s2, e2] = at('оплачен', e1);
    const first = c.get(0, buf, s1, e1, decode);
    const again = c.get(0, buf, s2, e2, decode);
    expect(first).toBe('оплачен');
    expect(again).toBe(first);
    expect(decoded).toBe(1);
    c.get(1, buf, s2, e2, decode); // another column: its own cache
    expect(decoded).toBe(2);
  });
  describe('edge cases', () => {
    it('same length, different bytes: never confused', () => {
      const c = new TextCache();
      expect(c.get(0, buf, ...at('abc'), decode)).toBe('abc');
      expect(c.get(0, buf, ...at('abd'), decode)).toBe('abd');
      expect(c.get(0, buf, ...at('abc'), decode)).toBe('abc');
    });
    it('more distinct texts than it remembers, and a column of mostly distinct texts: still right', () => {
      const c = new TextCache();
      const many = Buffer.from(Array.from({ length: 5000 }, (_, i) => `id${i}`).join(','));
      let pos = 0;
      for (let i = 0; i < 5000; i++) {
        const end = many.indexOf(',', pos) < 0 ? many.length : many.indexOf(',', pos);
        expect(c.get(3, many, pos, end, decode)).toBe(`id${i}`);
        expect(c.get(4, many, pos, end, decode)).toBe(`id${i}`);
        pos = end + 1;
      }
    });
  });
});
