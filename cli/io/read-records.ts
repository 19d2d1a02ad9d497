import type { Readable } from 'node:stream';
import { readRows, type ReadRowsOptions } from './read-rows';

export type { InputEncoding, ReadProgress } from './read-rows';

/** How to read: see {@link ReadRowsOptions}. */
export type ReadRecordsOptions = ReadRowsOptions;

/**
 * Streams a delimited text file record by record as arrays of cell texts: {@link readRows} (which see for
 * encodings, quoting and whitespace-aligned files) with every cell turned into a string. A record is the
 * file's row number (header = 1) and its cells; a blank line is an empty record. For small tables (leads,
 * targets and other side tables); transaction files go through ingestCsv straight into the ingester.
 *
 * Throws {@link UserInputError} when a quoted cell is never closed.
 * @example await readRecords(stream, { delimiter: null }, (cells, row) => rows.push(cells))
 */
export async function readRecords(
  input: Readable,
  options: ReadRecordsOptions,
  onRecord: (cells: string[], row: number) => void,
): Promise<void> {
  await readRows(input, options, (row) => onRecord(row.texts(), row.row));
}
