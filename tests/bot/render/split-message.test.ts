import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../../bot/render/split-message';

describe('splitMessage', () => {
  it('keeps short text whole and splits at line boundaries', () => {
    expect(splitMessage('a\nb\nc', 3)).toEqual(['a\nb', 'c']);
    expect(splitMessage('<b>one</b>\n<i>two</i>', 4000)).toEqual(['<b>one</b>\n<i>two</i>']);
  });

  it('never exceeds the limit and loses no line (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }).map((s) => s.replace(/\n/g, ' ')), { maxLength: 200 }), fc.integer({ min: 61, max: 500 }), (lines, limit) => {
        const chunks = splitMessage(lines.join('\n'), limit);
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(limit);
        const kept = chunks.join('\n').split('\n').filter((l) => l.trim());
        expect(kept).toEqual(lines.filter((l) => l.trim()));
      }),
    );
  });

  describe('edge cases', () => {
    it('cuts an over-long line at a space, never inside a tag or an entity', () => {
      const line = `${'слово '.repeat(30)}<b>жирный</b> &amp; ещё`;
      const chunks = splitMessage(line, 60);
      for (const c of chunks) {
        expect(c.length).toBeLessThanOrEqual(60);
        expect(c).not.toMatch(/<[^>]*$|&[a-z]*$/);
      }
      expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(line.replace(/\s+/g, ' '));
    });
    it('drops empty chunks', () => {
      expect(splitMessage('\n\n\n', 10)).toEqual([]);
      expect(splitMessage('', 10)).toEqual([]);
    });
  });
});
