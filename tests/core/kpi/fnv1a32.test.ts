import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../core/kpi/fnv1a32';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    // From the FNV reference test suite (isthe.com/chongo/tech/comp/fnv): "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  describe('edge cases', () => {
    it('Cyrillic text hashes to a stable unsigned 32-bit number', () => {
      const h = fnv1a32('Анна');
      expect(h).toBe(fnv1a32('Анна'));
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(2 ** 32);
      expect(h).not.toBe(fnv1a32('Анне'));
    });
  });
});
