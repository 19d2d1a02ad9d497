import { createIngester, parseColumnMapping, UserInputError, type FieldName, type Ingester, type Ledger, type QualityReport } from '../../core';
import type { CliContext } from '../context';
import { createProgress } from '../progress';
import { parseDelimiterFlag, type Delimiter } from './detect-delimiter';
import { openInput } from './open-input';
import { readRows, type InputEncoding } from './read-rows';
import { ReaderThreadUnavailable, readRowsInWorker } from './read-rows-in-worker';

/** Inputs from this size on are read on a second thread (below it, starting the thread costs more than it saves). */
const WORKER_MIN_BYTES = 8 * 1024 * 1024;

/** How to read the input file (from flags and the config). */
export interface LoadOptions {
  input: string;
  /** Explicit mapping, field → header text (flag `--columns` parsed, or the config's `columns`). */
  columns?: Partial<Record<FieldName, string>>;
  delimiter?: string;
  /** `--encoding`: auto (default), utf-8 or windows-1251 (cp1251). */
  encoding?: string;
  dateOrder?: 'dmy' | 'mdy';
  timeZone?: string;
  /** Today's day number, so rows dated later are reported. */
  today?: number;
  /** Language of rejection reasons. */
  lang: 'ru' | 'en';
  /** Show a progress line when useful (never with JSON output). */
  progress: boolean;
}

/** The ledger read from the input, its data-quality report, and what the reader detected. */
export interface LoadedLedger {
  ledger: Ledger;
  quality: QualityReport;
  delimiter: Delimiter;
}

/**
 * Reads `--input` (a file or `-` for stdin) record by record into core's streaming ingester: the first
 * non-blank record is the header, every other record is one source row with its row number. Records reach
 * the ingester as byte views ({@link readRows}), so cells are parsed without becoming strings. Nothing is
 * held but the ledger being built, so big files stream.
 */
export async function loadLedger(options: LoadOptions, ctx: CliContext): Promise<LoadedLedger> {
  const delimiter = parseDelimiterFlag(options.delimiter);
  if (delimiter === undefined) {
    throw new UserInputError(`--delimiter must be one of , ; | tab whitespace auto (got "${options.delimiter}")`, '--delimiter');
  }
  const encoding = parseEncodingFlag(options.encoding);
  const opened = await openInput(options.input, ctx);
  const progress = createProgress(ctx, opened.label, opened.size, options.progress);
  let ingester: Ingester | null = null;
  let used: Delimiter = delimiter ?? ',';
  const startIngester = (header: string[], row: number): Ingester =>
    createIngester(header, {
      columns: options.columns,
      dateOrder: options.dateOrder,
      timeZone: options.timeZone,
      today: options.today,
      headerRow: row,
      locale: options.lang,
    });
  const readerOptions = {
    delimiter,
    encoding,
    onDelimiter: (d: Delimiter) => (used = d),
    onProgress: (p: { bytes: number; records: number }) => progress.update(p.bytes, p.records),
  };
  /** Reads on a second thread; false when the thread cannot start (nothing read yet: read on this one). */
  const readOnSecondThread = async (file: string): Promise<boolean> => {
    try {
      await readRowsInWorker(
        { ...readerOptions, file, columns: options.columns, dateOrder: options.dateOrder, timeZone: options.timeZone },
        (header, row) => (ingester = startIngester(header, row)),
        (record, row) => (ingester as Ingester).addRow(record, row),
      );
      return true;
    } catch (error) {
      if (error instanceof ReaderThreadUnavailable) return false;
      throw error;
    }
  };
  try {
    // A big file is read and split on a second thread while this one runs the ingester.
    const threaded = opened.path !== null && useReaderThread(opened.size ?? 0, ctx.env.RFM_READER_THREAD) && (await readOnSecondThread(opened.path));
    if (!threaded) {
      await readRows(opened.stream, readerOptions, (record) => {
        if (ingester !== null) ingester.addRow(record, record.row);
        else if (record.length > 0) ingester = startIngester(record.texts(), record.row);
      });
    }
  } catch (error) {
    progress.done();
    if (error instanceof UserInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new UserInputError(`cannot read --input ${opened.label}: ${code}`, '--input');
    throw error;
  } finally {
    opened.stream.destroy(); // unused when read on the second thread; already ended otherwise
  }
  if (ingester === null) {
    progress.done();
    throw new UserInputError(`--input ${opened.label} is empty: expected a header row and data rows`, '--input');
  }
  progress.note(`building the ledger from ${opened.label}…`);
  const { ledger, quality } = (ingester as Ingester).finish();
  progress.done();
  return { ledger, quality, delimiter: used };
}

/**
 * Whether to read on a second thread: for files from 8 MB on, or as `RFM_READER_THREAD` says
 * (`0` never, `1` always; for tests and for comparing the two).
 */
function useReaderThread(size: number, setting: string | undefined): boolean {
  if (setting === '0' || setting === '1') return setting === '1';
  return size >= WORKER_MIN_BYTES;
}

/** The `--columns` flag parsed (core's parser: `field=Header,…`), or undefined when absent. */
export function columnsFlag(value: string | boolean | undefined): Partial<Record<FieldName, string>> | undefined {
  return typeof value === 'string' ? parseColumnMapping(value) : undefined;
}

/** The `--encoding` flag: absent or `auto` → null (detect); utf-8 / windows-1251 by their usual names. */
function parseEncodingFlag(value: string | undefined): InputEncoding | null {
  if (value === undefined || value === 'auto') return null;
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (v === 'utf8') return 'utf-8';
  if (v === 'windows1251' || v === 'cp1251' || v === 'win1251') return 'windows-1251';
  throw new UserInputError(`--encoding must be auto, utf-8 or windows-1251 (got "${value}")`, '--encoding');
}
