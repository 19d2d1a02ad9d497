import { resolve } from 'node:path';
import { writeDemoCsv } from '../../cli/io/write-demo-csv';
import type { BotConfig } from '../config';
import { createCsvSource } from './csv-source';
import { createSheetsSource } from './sheets-source';
import type { DataSource } from './data-source';

/** The default CSV: the project's generated demo ledger. */
export const DEMO_CSV = 'data/demo-transactions.csv';

/**
 * The configured data source. With the default CSV path and no file yet, the seeded demo ledger (2,000
 * customers ending the day before `today`) is generated first, so the bot runs with nothing but a token.
 * @example createSource(config, () => 20780).label // → "CSV data/demo-transactions.csv"
 */
export function createSource(config: BotConfig, today: () => number): DataSource {
  const s = config.source;
  if (s.kind === 'sheets') {
    return createSheetsSource({ spreadsheetId: s.spreadsheetId, ranges: s.ranges, credentials: s.credentials, rootUrl: s.rootUrl });
  }
  const isDemo = resolve(s.path) === resolve(DEMO_CSV);
  return createCsvSource(s.path, {
    suppressedPath: s.suppressedPath,
    generateIfMissing: isDemo ? async () => void (await writeDemoCsv(s.path, { seed: 1, customers: 2000, endDay: today() - 1 })) : undefined,
  });
}
