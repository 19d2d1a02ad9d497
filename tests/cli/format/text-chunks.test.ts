import { describe, expect, it } from 'vitest';
import { TextChunks } from '../../../cli/format/text-chunks';

/** The whole text so far: the chunks joined. */
const text = (t: TextChunks): string => t.toChunks().join('');

describe('TextChunks', () => {
  it('gives the pieces joined in order', () => {
    const t = new TextChunks();
    t.add('a,');
    t.add('b\n');
    expect(text(t)).toBe('a,b\n');
  });
  it('across many chunks (5000 pieces), the same as joining them at once', () => {
    const t = new TextChunks();
    const pieces = Array.from({ length: 5000 }, (_, i) => `${i};`);
    for (const p of pieces) t.add(p);
    expect(text(t)).toBe(pieces.join(''));
    expect(t.toChunks()).toHaveLength(5); // 1024 pieces a chunk
    expect(t.toChunks().join('')).toBe(pieces.join(''));
  });
  describe('edge cases', () => {
    it('empty; the text read twice; adding after reading it', () => {
      const t = new TextChunks();
      expect(text(t)).toBe('');
      t.add('x');
      expect(text(t)).toBe('x');
      expect(text(t)).toBe('x');
      t.add('y');
      expect(text(t)).toBe('xy');
    });
  });
});
