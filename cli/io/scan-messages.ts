import type { DuplicateRows, FieldName } from '../../core/ledger';
import type { Delimiter } from './detect-delimiter';
import type { InputEncoding } from './read-rows';
import type { AboveHeader } from '../../core/ledger';
import type { Precompute, RecordBatch } from './record-batch';

/** What the main thread asks the reader thread to read. */
export interface ScanJob {
  file: string;
  delimiter: Delimiter | null;
  encoding: InputEncoding | null;
  columns?: Partial<Record<FieldName, string>>;
  /** Whether to find the duplicate rows (fingerprint every record); false when the command shows no quality report. */
  findDuplicates: boolean;
  /**
   * When the reader thread numbers the few-valued columns for the main thread (Precompute.helped): 'auto' while
   * the main thread has batches waiting; 'always', 'never' and 'alternate' (every other batch) for tests and
   * measurements (`RFM_READER_HELP`).
   */
  help: 'auto' | 'always' | 'never' | 'alternate';
  /** The ingester's day order, for the dates the reader thread reads when it helps. */
  dateOrder: 'dmy' | 'mdy';
}

/**
 * What the reader thread tells the main thread, in order: encoding, delimiter, header, batches and progress,
 * end (every record sent), done with the duplicate rows, or error.
 */
export type ScanMessage =
  | { type: 'encoding'; encoding: InputEncoding }
  | { type: 'delimiter'; delimiter: Delimiter }
  | { type: 'header'; texts: string[]; row: number; pre: Precompute; above: AboveHeader[] }
  | { type: 'batch'; batch: RecordBatch }
  | { type: 'progress'; bytes: number; records: number }
  | { type: 'end' }
  | { type: 'done'; duplicates: DuplicateRows | null }
  | { type: 'error'; message: string; user: boolean; key?: string; code?: string; texts?: { ru: string; en: string } };
