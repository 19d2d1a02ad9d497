import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTable, tableChunks, type TableColumn } from '../../../cli/format/render-table';

/** The table as first written (map/join per line), to check the faster loop gives the same text. */
function reference(columns: readonly TableColumn[], rows: readonly (readonly string[])[], total?: readonly string[]): string {
  const all = total ? [...rows, total] : rows;
  const width = columns.map((c, i) => Math.max(c.title.length, ...all.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    columns
      .map((c, i) => {
        const v = (cells[i] ?? '').replace(/[\r\n]+/g, ' ');
        return c.align === 'right' ? v.padStart(width[i]) : v.padEnd(width[i]);
      })
      .join('  ')
      .trimEnd();
  const rule = width.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(columns.map((c) => c.title)), rule, ...rows.map(line)];
  if (total) out.push(rule, line(total));
  return out.join('\n');
}

describe('renderTable', () => {
  it('aligns text left and numbers right, two spaces between columns', () => {
    expect(renderTable([{ title: 'a' }, { title: 'n', align: 'right' }], [['x', '10']])).toBe('a   n\n-  --\nx  10');
  });
  it('a total row under a second rule', () => {
    expect(renderTable([{ title: 'Сегмент' }, { title: 'N', align: 'right' }], [['A', '1'], ['Bb', '22']], ['Итого', '23'])).toBe(
      'Сегмент   N\n-------  --\nA         1\nBb       22\n-------  --\nИтого    23',
    );
  });
  it('the same text as the first (map/join) version for any cells', () => {
    const cell = fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'ж', ' ', '\n', '\r', '-') });
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: cell, align: fc.constantFrom<'left' | 'right' | undefined>('left', 'right', undefined) }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }),
        fc.option(fc.array(cell, { maxLength: 5 }), { nil: undefined }),
        (columns, rows, total) => {
          const cols = columns.map((c) => (c.align ? { title: c.title, align: c.align } : { title: c.title }));
          expect(renderTable(cols, rows, total)).toBe(reference(cols, rows, total));
        },
      ),
    );
  });
  it('tableChunks: the same text in chunks of about a thousand lines, reading the rows twice and holding none', () => {
    const columns = [{ title: 'id' }, { title: 'n', align: 'right' as const }];
    const make = (i: number): string[] => [`c${i}`, String(i * 7)];
    let reads = 0;
    function* rows(): Generator<string[]> {
      reads++;
      for (let i = 0; i < 3000; i++) yield make(i);
    }
    const chunks = [...tableChunks(columns, rows, ['total', '1'])];
    expect(reads).toBe(2);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(renderTable(columns, Array.from({ length: 3000 }, (_, i) => make(i)), ['total', '1']));
  });
  describe('edge cases', () => {
    it('no rows; missing cells are empty; a line break in a cell becomes one space; trailing spaces dropped', () => {
      expect(renderTable([{ title: 'ab' }], [])).toBe('ab\n--');
      expect(renderTable([{ title: 'a' }, { title: 'b' }], [['x']])).toBe('a  b\n-  -\nx');
      expect(renderTable([{ title: 'a' }], [['x\r\ny']])).toBe('a\n----\nx y');
    });
  });
});
