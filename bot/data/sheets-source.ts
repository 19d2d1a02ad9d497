import { sheets, auth as gauth, type sheets_v4 } from '@googleapis/sheets';
import { ingestTable, type Cell } from '../../core';
import type { LoadedData } from './snapshot-provider';
import { rowCounts, type DataSource } from './data-source';
import { withRetry, type RetryOptions } from './with-retry';

/** Settings of the Google Sheets source. */
export interface SheetsSourceOptions {
  spreadsheetId: string;
  /** Tab names or A1 ranges. */
  /** `settings` and `rules`: the add-on's settings tab and Rules tab, read in the same call as the data. */
  ranges: { transactions: string; leads?: string; targets?: string; suppressed?: string; settings?: string; rules?: string };
  /** A service-account key (JSON text) or a key file path. */
  credentials?: { json?: string; file?: string };
  /** An auth client built elsewhere (tests pass a fake one). */
  authClient?: unknown;
  /** API root, e.g. a local emulator's `http://127.0.0.1:PORT/`. */
  rootUrl?: string;
  retry?: RetryOptions;
}

/** True for errors worth retrying: rate limits, server errors, network failures; not 400/403/404. */
export function isRetryableGoogleError(error: unknown): boolean {
  const e = error as { code?: unknown; status?: unknown; response?: { status?: number } };
  const status = Number(e?.response?.status ?? e?.status ?? e?.code);
  if (Number.isFinite(status) && status > 0) return status === 429 || status >= 500;
  return true; // network errors carry string codes (ECONNRESET...) or none
}

/**
 * A Google Sheet as the data source: all tabs (data, and the add-on's settings and Rules tabs) in ONE `values.batchGet` call (unformatted values, so dates arrive
 * as serial numbers and amounts as numbers), retried with exponential backoff on 429/5xx/network errors, then
 * turned into a ledger by core's `ingestTable`.
 * @example await createSheetsSource({ spreadsheetId: 'abc', ranges: { transactions: 'Transactions' }, credentials: { file: 'key.json' } }).load()
 */
export function createSheetsSource(opts: SheetsSourceOptions): DataSource {
  let client: sheets_v4.Sheets | null = null;
  const api = (): sheets_v4.Sheets => {
    if (client) return client;
    const authClient =
      opts.authClient ??
      new gauth.GoogleAuth({
        scopes: ['https://www.googleapis.com/auth/spreadsheets.readonly'],
        ...(opts.credentials?.json ? { credentials: JSON.parse(opts.credentials.json) } : { keyFile: opts.credentials?.file }),
      });
    client = sheets({ version: 'v4', auth: authClient as never, ...(opts.rootUrl ? { rootUrl: opts.rootUrl } : {}) });
    return client;
  };
  const names = (['transactions', 'leads', 'targets', 'suppressed', 'settings', 'rules'] as const).filter((k) => opts.ranges[k]);
  return {
    label: `Google Sheet ${opts.spreadsheetId.slice(0, 6)}…`,
    load: async (ingestOptions): Promise<LoadedData> => {
      const res = await withRetry(
        () =>
          api().spreadsheets.values.batchGet({
            spreadsheetId: opts.spreadsheetId,
            ranges: names.map((k) => opts.ranges[k]!),
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: 'SERIAL_NUMBER',
            majorDimension: 'ROWS',
          }, { retry: false }), // our backoff below, not gaxios' own

        { retryable: isRetryableGoogleError, ...opts.retry },
      );
      const byName = new Map<string, Cell[][]>();
      (res.data.valueRanges ?? []).forEach((vr, i) => byName.set(names[i], (vr.values ?? []) as Cell[][]));
      const suppressedRows = byName.get('suppressed') ?? [];
      const result = ingestTable(byName.get('transactions') ?? [], ingestOptions);
      return {
        ledger: result.ledger,
        source: `Google Sheet`,
        rows: rowCounts(result),
        leads: byName.get('leads'),
        targets: byName.get('targets'),
        settingsRows: byName.get('settings'),
        rulesRows: byName.get('rules'),
        suppressed: suppressedRows
          .slice(1)
          .map((r) => String(r[0] ?? '').trim())
          .filter(Boolean),
      };
    },
  };
}
