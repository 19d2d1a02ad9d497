import { TextChunks } from './text-chunks';

/** A column of a text table. */
export interface TableColumn {
  title: string;
  /** Right-align (numbers) or left-align (text, default). */
  align?: 'left' | 'right';
}

/**
 * An aligned plain-text table: a header, a rule, the rows, and optionally a total row under a second rule.
 * Widths count characters (Cyrillic and ₽ are one column wide in a terminal). Cells are single-line (line
 * breaks in a cell become one space); trailing spaces of a line are dropped.
 *
 * @example renderTable([{ title: 'a' }, { title: 'n', align: 'right' }], [['x', '10']]) // → "a   n\n-  --\nx  10"
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], total?: readonly string[]): string {
  return [...tableChunks(columns, () => rows, total)].join('');
}

/**
 * {@link renderTable}'s text in chunks of about a thousand lines, for tables too big to hold: the rows are read
 * twice (`rows()` is called twice, each time giving the same rows), first for the column widths, then for the
 * lines, so neither the rows nor the text are ever held whole (a million customers' table is 150 MB of text,
 * and as a list of rows of strings more).
 * @example [...tableChunks([{ title: 'a' }], () => [['x']])].join('') // → "a\n-\nx"
 */
export function* tableChunks(columns: readonly TableColumn[], rows: () => Iterable<readonly string[]>, total?: readonly string[]): Generator<string> {
  const width = columns.map((c) => c.title.length);
  const measure = (cells: readonly string[]): void => {
    for (let i = 0; i < width.length; i++) {
      const n = (cells[i] ?? '').length;
      if (n > width[i]) width[i] = n;
    }
  };
  for (const r of rows()) measure(r);
  if (total) measure(total);
  const right = columns.map((c) => c.align === 'right');
  const line = (cells: readonly string[]): string => {
    let out = '';
    for (let i = 0; i < width.length; i++) {
      let v = cells[i] ?? '';
      if (v.includes('\n') || v.includes('\r')) v = v.replace(/[\r\n]+/g, ' ');
      if (i > 0) out += '  ';
      out += right[i] ? v.padStart(width[i]) : v.padEnd(width[i]);
    }
    return out.trimEnd();
  };
  const rule = width.map((w) => '-'.repeat(w)).join('  ');
  const out = new TextChunks();
  out.add(line(columns.map((c) => c.title)));
  out.add('\n');
  out.add(rule);
  for (const r of rows()) {
    if (out.filled > 0) yield* out.takeFilled();
    out.add('\n');
    out.add(line(r));
  }
  if (total) {
    out.add('\n');
    out.add(rule);
    out.add('\n');
    out.add(line(total));
  }
  yield* out.toChunks();
}
