import { describe, expect, it } from 'vitest';
import { cachedCsvCell } from '../../../cli/format/cached-csv-cell';
import { csvCell } from '../../../cli/format/csv-cell';

describe('cachedCsvCell', () => {
  it('gives the formula-safe csvCell text, the same on every call', () => {
    const cell = cachedCsvCell();
    for (const v of ['=x', 'a,b', 'Чемпионы', '=x', 'a,b', 'Чемпионы']) expect(cell(v)).toBe(csvCell(v, true));
    expect(cell('=x')).toBe("'=x");
  });
  describe('edge cases', () => {
    it('null, numbers and their text are different keys', () => {
      const cell = cachedCsvCell();
      expect(cell(null)).toBe('');
      expect(cell(5)).toBe('5');
      expect(cell('-5')).toBe("'-5");
      expect(cell(-5)).toBe('-5');
    });
  });
});
