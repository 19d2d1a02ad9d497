import { describe, expect, it } from 'vitest';
import { CellsRow, createIngester, type Cell } from '../../../core';
import { qualityCsv, renderQualityReport } from '../../../cli/render/render-quality';

function report(qualityChecks: boolean) {
  const rows: Cell[][] = [['Клиент', 'Дата', 'Сумма'], ['A', '2025-03-12', '10'], ['A', '2025-03-12', '10']];
  const ing = createIngester(rows[0], { qualityChecks });
  for (const r of rows.slice(1)) ing.add(r);
  return ing.finish().quality;
}

describe('renderQualityReport: duplicate rows', () => {
  it('names the count and the rows when they were looked for', () => {
    const q = report(true);
    expect(renderQualityReport(q, 'en')).toContain('Duplicate rows (kept, check them): 1 ·');
    expect(renderQualityReport(q, 'en')).toContain('  duplicates: row 3 = row 2');
    expect(qualityCsv(q, 'en')).toContain('3,duplicate,,,repeats row 2 (kept)');
  });

  it('says "not checked", never 0, when a caller skipped the checks (qualityChecks: false)', () => {
    const q = report(false);
    expect(renderQualityReport(q, 'en')).toContain('Duplicate rows (kept, check them): not checked ·');
    expect(renderQualityReport(q, 'ru')).toContain('Дубликаты строк (оставлены, проверьте): не проверялись ·');
    expect(renderQualityReport(q, 'en')).toContain('\nCompleteness: not checked');
    expect(renderQualityReport(q, 'ru')).toContain('\nЗаполненность полей: не проверялась');
    expect(renderQualityReport(report(true), 'en')).toContain('Completeness (SLA: at most 2% empty in required fields): ✓');
    expect(renderQualityReport(q, 'en')).not.toContain('  duplicates:');
    expect(qualityCsv(q, 'en')).not.toContain('duplicate');
  });
});

describe('renderQualityReport: rows spanning several lines of the file', () => {
  const ing = createIngester(['Клиент', 'Дата', 'Сумма']);
  const view = new CellsRow();
  for (const [cells, row, lines] of [
    [['A', '2025-03-12', '10'], 2, 1],
    [['B', '2025-03-12', '20'], 3, 3],
  ] as const) {
    const v = view.next([...cells]);
    Object.defineProperty(v, 'lines', { value: lines, configurable: true });
    ing.addRow(v, row);
  }
  const q = ing.finish().quality;

  it('names them with their lines, and what an unclosed quote does, in both languages and in the CSV', () => {
    expect(renderQualityReport(q, 'ru')).toContain(
      'Строки таблицы на нескольких строках файла (перенос строки внутри кавычек): 1 — строка 3 (строки файла 3–5). Если переносов в ячейках быть не должно, проверьте кавычки',
    );
    expect(renderQualityReport(q, 'en')).toContain('Rows spanning several lines of the file (a line break inside quotes): 1 — row 3 (lines 3–5).');
    expect(qualityCsv(q, 'en')).toContain('3,multi-line,,,spans lines 3–5 of the file (a line break inside quotes)');
  });

  it('says nothing when every row is one line', () => {
    expect(renderQualityReport(report(true), 'en')).not.toContain('several lines');
  });
});
