import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { cannotRead } from '../file-mistakes';
import type { CliContext } from '../context';
import { readRecords } from './read-records';

/**
 * Reads a small side table (leads, targets, customers) named by a flag into rows of text cells, header first,
 * with the CLI's CSV reader (delimiter detected). A missing or unreadable file is a UserInputError naming the flag.
 */
export async function readTableFile(path: string, flag: string, ctx: CliContext): Promise<string[][]> {
  let text: string;
  try {
    text = await readFile(resolve(ctx.cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw cannotRead(flag, path, code);
  }
  const rows: string[][] = [];
  await readRecords(Readable.from([text]), { delimiter: null }, (cells, row) => {
    while (rows.length < row - 1) rows.push([]);
    rows[row - 1] = cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  return rows;
}
