import type { Readable } from 'node:stream';
import { createIngester, type IngestOptions, type Ingester } from '../../core';
import type { Delimiter } from './detect-delimiter';
import { readRows, type InputEncoding, type ReadProgress } from './read-rows';
import { ReaderThreadUnavailable, readRowsInWorker } from './read-rows-in-worker';
import type { ScanJob } from './scan-messages';
import { useReaderThread } from '../../bin/reader-thread.mjs';
import { HeaderSearch, type AboveHeader } from '../../core/ledger';

/** A delimited text input: its stream, and its path and size when it is a file (a file may be read on a second thread). */
export interface CsvInput {
  stream: Readable;
  path: string | null;
  size: number | null;
}

/** How to read and ingest a CSV input. */
export interface IngestCsvOptions {
  /** The separator; null detects it. */
  delimiter: Delimiter | null;
  /** The encoding; null detects it (UTF-8, else Windows-1251). */
  encoding: InputEncoding | null;
  /** core's ingester options (`headerRow` is set from the file). */
  ingest: Omit<IngestOptions, 'headerRow'>;
  /** `RFM_READER_THREAD`: '0' never read on a second thread, '1' always, anything else: files from 32 MB. */
  readerThread?: string;
  /** `RFM_READER_HELP`: when the reader thread numbers the few-valued columns (ScanJob.help); default 'auto'. */
  readerHelp?: string;
  onProgress?: (progress: ReadProgress) => void;
  /** Called when every record is read, just before the ledger is assembled (so the caller can say so). */
  onAssemble?: () => void;
}

/**
 * The ingester fed with every data row, its ledger assembled (null when the input has no header row), the
 * delimiter used, and the title lines passed over above the header.
 */
export interface IngestedCsv {
  ingester: Ingester | null;
  delimiter: Delimiter;
  aboveHeader: AboveHeader[];
}

/**
 * Reads a CSV input record by record into core's streaming ingester: the first non-blank record is the
 * header, every later record one source row with its row number (blank rows included, as the ingester
 * counts them). Files from 32 MB on are read and split on a second thread while this one runs the ingester;
 * when that thread cannot start, the file is read on this one. The ledger is assembled here (`onAssemble`
 * says when); the caller calls `finish()` for the report and closes nothing: the stream is destroyed here in every case.
 * Used by the CLI (`loadLedger`) and by the bot's CSV data source, so both read a file the same way.
 * @throws UserInputError for a mistake in the file (a quote never closed, a required column missing);
 *   Node's error (with its `code`) when the file cannot be read
 * @example const { ingester } = await ingestCsv({ stream, path: 'tx.csv', size }, { delimiter: null, encoding: null, ingest: {} });
 *   ingester?.finish().ledger.customers.length
 */
export async function ingestCsv(input: CsvInput, options: IngestCsvOptions): Promise<IngestedCsv> {
  let ingester: Ingester | null = null;
  let used: Delimiter = options.delimiter ?? ',';
  /**
   * The ingester for this header; `onReaderThread` when the file is read on two threads: readRowsInWorker then
   * fingerprints the rows on its reader thread, so the ingester does not.
   */
  const start = (header: string[], row: number, onReaderThread = false): Ingester =>
    createIngester(header, { ...options.ingest, headerRow: row, rowFingerprints: !onReaderThread });
  const readerOptions = {
    delimiter: options.delimiter,
    encoding: options.encoding,
    onDelimiter: (d: Delimiter) => (used = d),
    onProgress: options.onProgress,
  };
  let above: AboveHeader[] = [];
  let assembled = false;
  /** Every record is read: the ledger is built now (once), and `finish` only writes the report. */
  const assemble = (): void => {
    if (assembled || ingester === null) return;
    assembled = true;
    options.onAssemble?.();
    (ingester as Ingester).assemble();
  };
  /** No record named the columns: the first one is the header after all, and the ingester says what is missing. */
  const startFromFallback = (search: HeaderSearch): void => {
    const first = search.fallback();
    if (first !== null) ingester = start(first.texts, first.row);
  };
  /** Reads on a second thread; false when the thread cannot start (nothing read yet: read on this one). */
  const readOnSecondThread = async (file: string): Promise<boolean> => {
    try {
      const duplicates = await readRowsInWorker(
        {
          ...readerOptions,
          file,
          columns: options.ingest.columns,
          findDuplicates: options.ingest.qualityChecks,
          help: readerHelp(options.readerHelp),
          dateOrder: options.ingest.dateOrder === 'mdy' ? 'mdy' : 'dmy',
          // The ledger is assembled while the reader thread still sorts the fingerprints (~0.2 s for 1M rows).
          onEnd: assemble,
        },
        (header, row, aboveHeader) => {
          ingester = start(header, row, true);
          above = aboveHeader;
        },
        (record, row) => (ingester as Ingester).addRow(record, row),
      );
      if (duplicates !== null) (ingester as Ingester | null)?.useDuplicates(duplicates);
      return true;
    } catch (error) {
      if (error instanceof ReaderThreadUnavailable) return false;
      throw error;
    }
  };
  try {
    const threaded = input.path !== null && useReaderThread(input.size ?? 0, options.readerThread) && (await readOnSecondThread(input.path));
    if (!threaded) {
      const search = new HeaderSearch(options.ingest.columns);
      await readRows(input.stream, readerOptions, (record) => {
        if (ingester !== null) ingester.addRow(record, record.row);
        else if (record.length > 0) {
          const texts = record.texts();
          const verdict = search.offer(texts, record.row);
          if (verdict === 'header') {
            ingester = start(texts, record.row);
            above = search.above;
          } else if (verdict === 'give-up') startFromFallback(search);
        }
      });
      if (ingester === null) startFromFallback(search);
    }
    assemble();
  } finally {
    input.stream.destroy(); // unused when read on the second thread; already ended otherwise
  }
  return { ingester, delimiter: used, aboveHeader: above };
}

/** ScanJob.help from `RFM_READER_HELP` ('always', 'never', 'alternate'); anything else is 'auto'. */
function readerHelp(value: string | undefined): ScanJob['help'] {
  return value === 'always' || value === 'never' || value === 'alternate' ? value : 'auto';
}
