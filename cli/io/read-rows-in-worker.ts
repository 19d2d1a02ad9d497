import { Worker } from 'node:worker_threads';
import { UserInputError, type DuplicateRows, type RowView } from '../../core';
import { decoderFor, type DecodeBytes } from './csv-row';
import { BatchRow } from './record-batch';
import type { ReadRowsOptions } from './read-rows';
import type { AboveHeader } from '../../core/ledger';
import type { ScanJob, ScanMessage } from './scan-messages';
import { scanWorkerScript } from './scan-worker-script';
import { takePrestartedReader } from '../../bin/reader-thread.mjs';

/** The reader thread could not start (e.g. its script cannot be loaded): the caller may read on one thread instead. */
export class ReaderThreadUnavailable extends Error {
  constructor(readonly reason: Error) {
    super(`the reader thread could not start: ${reason.message}`);
  }
}

/** What to read on the reader thread: the file, the reader's options and what the ingester will be told. */
export interface WorkerReadOptions extends Pick<ReadRowsOptions, 'delimiter' | 'encoding' | 'onEncoding' | 'onDelimiter' | 'onProgress'> {
  file: string;
  columns?: ScanJob['columns'];
  /** Whether to find the duplicate rows (default true; the reader thread does); false when the command shows no quality report. */
  findDuplicates?: boolean;
  /** When the reader thread numbers the few-valued columns for this one (ScanJob.help); default 'auto'. */
  help?: ScanJob['help'];
  /** The ingester's day order (default 'dmy'). */
  dateOrder?: ScanJob['dateOrder'];
  /**
   * Called once every record has gone to `onRow`, while the reader thread sorts the records' fingerprints for
   * the duplicate rows: the time to do whatever does not need them (the CLI assembles its ledger).
   */
  onEnd?: () => void;
}

/**
 * {@link readRows} for a big file on two cores: a worker thread reads and splits the file (the byte reader,
 * unchanged) and works out per record what costs most to ask (cells equal to the previous row's, the codes
 * of the coded columns) and fingerprints every record for the duplicate rows, while this thread runs the
 * ingester on the records it receives (reading blank cells, amounts and dates from the same bytes). Same
 * records, same answers, same order as readRows. The worker sorts the fingerprints while `onEnd` runs here.
 *
 * `onHeader` gets the header's cells (the first non-blank record that names the columns, see {@link HeaderSearch}) and the title lines passed over above it; `onRow` every later record (blank ones too) with its
 * source row number. Resolves with the duplicate rows among the non-blank records after the header, for
 * Ingester.useDuplicates (create the ingester with `rowFingerprints: false`), or null when `findDuplicates` is
 * false. An error in `onHeader`/`onRow` stops the worker and rejects; so does a reader error
 * (a never-closed quote is a UserInputError, as in readRows). When the thread cannot start at all, rejects
 * with {@link ReaderThreadUnavailable} before any callback ran.
 */
export async function readRowsInWorker(
  options: WorkerReadOptions,
  onHeader: (texts: string[], row: number, above: AboveHeader[]) => void,
  onRow: (row: RowView, rowNumber: number) => void,
): Promise<DuplicateRows | null> {
  const job: ScanJob = {
    file: options.file,
    delimiter: options.delimiter,
    encoding: options.encoding ?? null,
    columns: options.columns,
    findDuplicates: options.findDuplicates ?? true,
    help: options.help ?? 'auto',
    dateOrder: options.dateOrder ?? 'dmy',
  };
  // A thread the launcher started ahead for this file (bin/reader-thread.mjs) gets its job as its first message.
  const prestarted = await takePrestartedReader(job.file);
  const worker = prestarted ?? new Worker(await scanWorkerScript(), { eval: true, workerData: job });
  if (prestarted !== null) prestarted.postMessage(job);
  let decode: DecodeBytes = decoderFor('utf-8');
  let utf8 = true;
  let view: BatchRow | null = null;
  let started = false;
  try {
    return await new Promise<DuplicateRows | null>((resolve, reject) => {
      const fail = (error: Error): void => reject(started ? error : new ReaderThreadUnavailable(error));
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the reader thread stopped (exit code ${code})`)));
      worker.on('message', (m: ScanMessage) => {
        started = true;
        try {
          switch (m.type) {
            case 'encoding':
              decode = decoderFor(m.encoding);
              utf8 = m.encoding === 'utf-8';
              options.onEncoding?.(m.encoding);
              break;
            case 'delimiter':
              options.onDelimiter?.(m.delimiter);
              break;
            case 'header':
              view = new BatchRow(m.pre, decode, utf8);
              onHeader(m.texts, m.row, m.above);
              break;
            case 'batch': {
              const v = view as BatchRow;
              const n = v.load(m.batch);
              for (let i = 0; i < n; i++) {
                onRow(v, v.view(i));
              }
              worker.postMessage('ack');
              break;
            }
            case 'progress':
              options.onProgress?.({ bytes: m.bytes, records: m.records });
              break;
            case 'end':
              options.onEnd?.();
              break;
            case 'done':
              resolve(m.duplicates);
              break;
            case 'error':
              reject(m.user ? new UserInputError(m.texts ?? m.message, m.key) : Object.assign(new Error(m.message), { code: m.code }));
              break;
          }
        } catch (error) {
          reject(error);
        }
      });
    });
  } finally {
    await worker.terminate();
  }
}
