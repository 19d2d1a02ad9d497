import type { IngestOptions, IngestResult } from '../../core';
import type { LoadedData } from './snapshot-provider';

/** A place the bot reads its data from (a CSV file, a Google Sheet), turned into a ledger by core's ingestion. */
export interface DataSource {
  /** Human-readable, with no secrets, e.g. "CSV data/demo-transactions.csv". */
  label: string;
  load(options: IngestOptions): Promise<LoadedData>;
}

/** Row counts from core's quality report (used + rejected + excluded = total). */
export function rowCounts(result: IngestResult): LoadedData['rows'] {
  const q = result.quality;
  return { total: q.totalRows, used: q.usedRows, rejected: q.rejectedRows, excluded: q.excludedRows };
}
