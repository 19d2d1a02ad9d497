import { describe, expect, it } from 'vitest';
import { csvLine } from '../../../cli/format/csv-line';
import { renderCsv } from '../../../cli/format/render-csv';

describe('csvLine', () => {
  it('quotes cells with separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 'plain'], false)).toBe('"a,b","say ""hi""","two\nlines",plain');
  });

  it('makes formula-looking text inert with a leading apostrophe when formula-safe', () => {
    expect(csvLine(['=HYPERLINK("x")', '+7 900', '-x', '@cmd', 'ok'], true)).toBe(`"'=HYPERLINK(""x"")",'+7 900,'-x,'@cmd,ok`);
  });

  it('leaves numbers (negative ones too) as numbers', () => {
    expect(csvLine([-12.5, 0, true], true)).toBe('-12.5,0,true');
  });

  describe('edge cases', () => {
    it('writes null and undefined as empty cells', () => {
      expect(csvLine([null, undefined, ''], true)).toBe(',,');
    });
    it('renderCsv ends every line with CRLF', () => {
      expect(renderCsv(['a'], [['=1']])).toBe("a\r\n'=1\r\n");
    });
  });
});
