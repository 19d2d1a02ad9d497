import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../cli/format/csv-cell';

describe('csvCell', () => {
  it('quotes text with a quote, comma, semicolon, tab or line break, doubling quotes', () => {
    expect(csvCell('a,b', false)).toBe('"a,b"');
    expect(csvCell('say "hi"', false)).toBe('"say ""hi"""');
    expect(csvCell('a;b', false)).toBe('"a;b"');
    expect(csvCell('two\nlines', false)).toBe('"two\nlines"');
    expect(csvCell('plain', false)).toBe('plain');
  });
  it('formula-safe: = + - @ tab CR at the start get an apostrophe (then quoting applies)', () => {
    expect(csvCell('=1+1', true)).toBe("'=1+1");
    expect(csvCell('+7 900', true)).toBe("'+7 900");
    expect(csvCell('@cmd', true)).toBe("'@cmd");
    expect(csvCell('\tx', true)).toBe('"\'\tx"');
    expect(csvCell('=HYPERLINK("x")', true)).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('=1+1', false)).toBe('=1+1');
  });
  describe('edge cases', () => {
    it('numbers and booleans as they are (negative numbers stay numbers), null and undefined empty', () => {
      expect(csvCell(-12.5, true)).toBe('-12.5');
      expect(csvCell(0, true)).toBe('0');
      expect(csvCell(true, true)).toBe('true');
      expect(csvCell(null, true)).toBe('');
      expect(csvCell(undefined, true)).toBe('');
      expect(csvCell('', true)).toBe('');
    });
  });
});
