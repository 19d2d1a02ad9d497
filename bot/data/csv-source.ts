import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createIngester, UserInputError } from '../../core';
import { ingestCsv } from '../../cli/io/ingest-csv';
import type { LoadedData } from './snapshot-provider';
import { rowCounts, type DataSource } from './data-source';

/**
 * A CSV file as the data source, read exactly as the CLI reads `--input` ({@link ingestCsv}: delimiter and
 * encoding detection, BOM, RFC 4180 quoting, a second thread from 32 MB on) straight into core's ingester,
 * so a million rows never sit in memory as cells or strings. `suppressedPath`, when given,
 * is a text or CSV file whose first column lists customer ids not to contact. When the file is missing and
 * `generateIfMissing` is given, it is called first (the demo ledger).
 * @example (await createCsvSource('data/demo-transactions.csv').load({ timeZone: 'Europe/Moscow' })).ledger.customers.length // → 2000
 */
export function createCsvSource(path: string, opts: { suppressedPath?: string; generateIfMissing?: () => Promise<void> } = {}): DataSource {
  return {
    label: `CSV ${path}`,
    load: async (ingestOptions): Promise<LoadedData> => {
      if (!existsSync(path) && opts.generateIfMissing) await opts.generateIfMissing();
      if (!existsSync(path)) throw new UserInputError(`the data file ${path} does not exist: set BOT_CSV_PATH to your transactions CSV`, 'BOT_CSV_PATH');
      const { size } = statSync(path);
      const { ingester } = await ingestCsv(
        { stream: createReadStream(path, { highWaterMark: 1 << 20 }), path, size },
        { delimiter: null, encoding: null, ingest: ingestOptions, readerThread: process.env.RFM_READER_THREAD },
      );
      const result = (ingester ?? createIngester([], ingestOptions)).finish();
      const suppressed = opts.suppressedPath && existsSync(opts.suppressedPath) ? readIdList(opts.suppressedPath) : [];
      return { ledger: result.ledger, suppressed, source: `CSV ${path}`, rows: rowCounts(result) };
    },
  };
}

/** First column of each non-empty line, a header-like first line ("id", "customer", "клиент") skipped. */
function readIdList(path: string): string[] {
  const ids = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.split(/[,;\t]/)[0].trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
  if (ids.length && /^(id|customer|customer_id|клиент|id клиента)$/i.test(ids[0])) ids.shift();
  return ids;
}
