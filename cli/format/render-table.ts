/** A column of a text table. */
export interface TableColumn {
  title: string;
  /** Right-align (numbers) or left-align (text, default). */
  align?: 'left' | 'right';
}

/**
 * An aligned plain-text table: a header, a rule, the rows, and optionally a total row under a second rule.
 * Widths count characters (Cyrillic and ₽ are one column wide in a terminal). Cells are single-line.
 *
 * @example renderTable([{ title: 'a' }, { title: 'n', align: 'right' }], [['x', '10']]) // → "a   n\n-  --\nx  10"
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], total?: readonly string[]): string {
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
