import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { DEMO_HEADER, generateTransactionRows, type DemoOptions, type DemoRow } from '../../core';
import { csvLine } from '../format/csv-line';

/** How to lay out the demo CSV: a subset of columns, and the order of the rows. */
export interface DemoCsvLayout {
  /** Column indexes to keep (the bench's narrow file); default all. */
  pick?: readonly number[];
  /**
   * Rows sorted by date and time, as most exports come (default: customer by customer, as generated).
   * Holds all rows in memory to sort them (about 0.5 GB per million rows).
   */
  byDate?: boolean;
}

/**
 * Writes the seeded demo ledger to a CSV file (UTF-8, comma, RFC 4180), streaming, so even millions of
 * rows use little memory (unless sorted by date). The cells are written as generated, messy ones included
 * (this is input data for the product, not a report). Writes to `file.tmp` first and renames, so a
 * half-written file never looks finished.
 *
 * @returns the number of data rows written
 */
export async function writeDemoCsv(file: string, options: DemoOptions, layout: DemoCsvLayout = {}): Promise<number> {
  const pick = layout.pick;
  const cut = (cells: readonly string[]): readonly string[] => (pick ? pick.map((i) => cells[i]) : cells);
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  let rows = 0;
  let buffer = csvLine(cut(DEMO_HEADER), false) + '\n';
  const generated: Iterable<DemoRow> = layout.byDate ? [...generateTransactionRows(options)].sort((a, b) => a.sortKey - b.sortKey) : generateTransactionRows(options);
  for (const row of generated) {
    buffer += csvLine(cut(row.cells), false) + '\n';
    rows++;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  await rename(tmp, file);
  return rows;
}
