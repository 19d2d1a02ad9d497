import { describe, expect, it } from 'vitest';
import { TextChunks } from '../../../cli/format/text-chunks';

describe('TextChunks', () => {
  it('gives the pieces joined in order', () => {
    const t = new TextChunks();
    t.add('a,');
    t.add('b\n');
    expect(t.toString()).toBe('a,b\n');
  });
  it('across many chunks (5000 pieces), the same as joining them at once', () => {
    const t = new TextChunks();
    const pieces = Array.from({ length: 5000 }, (_, i) => `${i};`);
    for (const p of pieces) t.add(p);
    expect(t.toString()).toBe(pieces.join(''));
    expect(t.toChunks()).toHaveLength(5); // 1024 pieces a chunk
    expect(t.toChunks().join('')).toBe(pieces.join(''));
  });
  describe('edge cases', () => {
    it('empty; toString twice; adding after toString', () => {
      const t = new TextChunks();
      expect(t.toString()).toBe('');
      t.add('x');
      expect(t.toString()).toBe('x');
      expect(t.toString()).toBe('x');
      t.add('y');
      expect(t.toString()).toBe('xy');
    });
  });
});
