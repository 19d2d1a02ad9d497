import { bilingual, parseColumnMapping, UserInputError, type FieldName, type Ledger, type QualityReport } from '../../core';
import { cannotRead } from '../file-mistakes';
import type { AboveHeader } from '../../core/ledger';
import type { CliContext } from '../context';
import { createProgress } from '../progress';
import { parseDelimiterFlag, type Delimiter } from './detect-delimiter';
import { openInput } from './open-input';
import { ingestCsv, type IngestedCsv } from './ingest-csv';
import type { InputEncoding } from './read-rows';

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
  /**
   * Run the checks only the quality report shows (default true): duplicate rows and empty cells. false for a
   * command that shows no report (see core's `IngestOptions.qualityChecks`; the report's `duplicates` is then null).
   */
  qualityChecks?: boolean;
}

/** The ledger read from the input, its data-quality report, and what the reader detected. */
export interface LoadedLedger {
  ledger: Ledger;
  quality: QualityReport;
  delimiter: Delimiter;
  /** Title lines passed over above the header (a report name, the date made), with their row numbers. */
  aboveHeader: AboveHeader[];
}

/**
 * Reads `--input` (a file or `-` for stdin) into core's streaming ingester with {@link ingestCsv} (the
 * header is the first non-blank record that names the columns, title lines above it are passed over; files from 32 MB on are read on a second thread), with a progress
 * line, and turns file errors into one-line CLI messages. Nothing is held but the ledger being built, so
 * big files stream.
 */
export async function loadLedger(options: LoadOptions, ctx: CliContext): Promise<LoadedLedger> {
  const delimiter = parseDelimiterFlag(options.delimiter);
  if (delimiter === undefined) {
    throw new UserInputError(
      bilingual(`--delimiter: допустимо , ; | tab whitespace auto (задано "${options.delimiter}")`, `--delimiter must be one of , ; | tab whitespace auto (got "${options.delimiter}")`),
      '--delimiter',
    );
  }
  const encoding = parseEncodingFlag(options.encoding);
  const opened = await openInput(options.input, ctx);
  const progress = createProgress(ctx, opened.label, opened.size, options.progress, options.lang);
  let read: IngestedCsv;
  try {
    read = await ingestCsv(opened, {
      delimiter,
      encoding,
      ingest: {
        columns: options.columns,
        dateOrder: options.dateOrder,
        timeZone: options.timeZone,
        today: options.today,
        locale: options.lang,
        qualityChecks: options.qualityChecks,
      },
      readerThread: ctx.env.RFM_READER_THREAD,
      readerHelp: ctx.env.RFM_READER_HELP,
      onProgress: (p) => progress.update(p.bytes, p.records),
      onAssemble: () => progress.note(bilingual(`собираю реестр из ${opened.label}…`, `building the ledger from ${opened.label}…`)),
    });
  } catch (error) {
    progress.done();
    if (error instanceof UserInputError && error.key === 'columns' && delimiter !== null && error.texts) {
      // Columns not found with a separator the user chose: most often the wrong separator, so say which was used.
      const flag = options.delimiter;
      throw new UserInputError(
        {
          ru: `${error.texts.ru} (файл прочитан с --delimiter «${flag}»; без --delimiter разделитель определяется сам)`,
          en: `${error.texts.en} (read with --delimiter "${flag}"; leave --delimiter out to detect the separator)`,
        },
        'columns',
      );
    }
    if (error instanceof UserInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw cannotRead('--input', opened.label, code);
    throw error;
  }
  const { ingester, delimiter: used, aboveHeader } = read;
  if (ingester === null) {
    progress.done();
    throw new UserInputError(
      bilingual(`--input ${opened.label} пуст: нужна строка заголовков и строки данных`, `--input ${opened.label} is empty: expected a header row and data rows`),
      '--input',
    );
  }
  const { ledger, quality } = ingester.finish();
  progress.done();
  return { ledger, quality, delimiter: used, aboveHeader };
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
  throw new UserInputError(bilingual(`--encoding: допустимо auto, utf-8 или windows-1251 (задано "${value}")`, `--encoding must be auto, utf-8 or windows-1251 (got "${value}")`), '--encoding');
}
