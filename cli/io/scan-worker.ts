/**
 * The reader thread of {@link readRowsInWorker}: reads the file with the byte reader, finds the header,
 * works out from it (with core's own detectColumns) which columns the ingester will read, and sends the
 * records to the main thread in batches (one per chunk of the file, after a few short first ones), with
 * which cells repeat the previous record's and the codes of the coded columns; while the main thread lags (see
 * HELP_FROM), also the few-valued columns' codes and each record's amount, date and order id. It fingerprints every record
 * (in WebAssembly, from the field index's window: CsvRow.fingerprint) and at the end sorts the fingerprints and
 * sends the duplicate rows (null when the job says not to look for them), while the main thread assembles its
 * ledger. At most a few batches are in flight (the main thread acknowledges each), so memory stays flat however
 * big the file.
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
// From core's ledger and errors modules, not core's index: the index also loads the run configuration's zod
// schemas, which this thread never uses and which added ~0.15 s to its start.
import { UserInputError } from '../../core/errors';
import { cellText, CODED_FIELDS, detectColumns, HeaderSearch, REPEATED_FIELDS, RowFingerprints, type ColumnMapping } from '../../core/ledger';
import type { CsvRow } from './csv-row';
import { readRows } from './read-rows';
import { BatchWriter, movableBuffers, type Precompute } from './record-batch';
import type { ScanJob, ScanMessage } from './scan-messages';

/**
 * Batches sent and not yet acknowledged, at most (~2 MB each: a 1 MB chunk and its cell ranges). The two
 * threads' speeds alternate along a file (a run of new customers slows the main thread, a run of repeated
 * cells speeds it up): 4 left both threads idle at once for 0.7–0.8 s of a 1M-row file sorted by date; 16
 * absorb those runs (5% faster in side-by-side runs on both demo files, peak memory within noise).
 */
const MAX_IN_FLIGHT = 16;
/**
 * Batches waiting on the main thread from which this thread numbers the few-valued columns for it too
 * (BatchWriter.helping, Precompute.helped): then the main thread is the slower of the two (a file sorted by date),
 * and this one has time to spare. Below, the main thread keeps up, and the work stays there (a generated file,
 * where both threads are busy and those cells mostly repeat the previous row's).
 */
const HELP_FROM = 4;
/**
 * The first batches are cut short (512, 1024, … 4096 records; then one per chunk of the file) so the main
 * thread starts while this one still runs cold code: the first 1 MB chunk takes ~0.17 s, later ones ~0.02 s.
 */
const EARLY_MAX = 4096;
let early = 512;
const port = parentPort;
if (port === null) throw new Error('scan-worker runs as a worker thread');
/** The job: given when the thread starts, or, for a thread started ahead (bin/reader-thread.mjs), its first message. */
const job: ScanJob = (workerData as ScanJob | null) ?? (await new Promise<ScanJob>((resolve) => port.once('message', resolve)));
let inFlight = 0;
/** Batches sent so far. */
let sent = 0;
let wake: (() => void) | null = null;
port.on('message', () => {
  // The main thread has read a batch.
  inFlight--;
  const w = wake;
  wake = null;
  w?.();
});
/** Sends a message; the `moved` buffers are handed over instead of copied (and unusable here after). */
const post = (m: ScanMessage, moved: ArrayBuffer[] = []): void => port.postMessage(m, moved);

async function* chunks(): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(job.file, { highWaterMark: 1 << 20 })) {
    while (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
    yield chunk as Buffer;
  }
}

/**
 * The coded fields (core's CODED_FIELDS) this thread numbers: the ones with a cell per customer, many distinct
 * and costly to look up. The rest (status, manager, channel, category, promo, currency) have a handful of
 * distinct cells, which the main thread finds in its codes from the bytes for less than the codes cost to send
 * (CSV → ledger 3.5% faster on 1M demo rows, 4.6% on the same rows sorted by date, medians of 5; numbering
 * none here was 23% slower on the rows sorted by date, where the main thread then bounds), except in the
 * batches this thread helps with (Precompute.helped).
 */
const THREAD_CODED_FIELDS = CODED_FIELDS.filter((f) => f === 'customer' || f === 'email' || f === 'phone' || f === 'name');

function precompute(headers: string[]): Precompute {
  let mapping: ColumnMapping = {};
  try {
    mapping = detectColumns(headers.map((h) => cellText(h).trim()), job.columns);
  } catch {
    // The main thread's ingester reports the same mistake from the same header.
  }
  const repeated = REPEATED_FIELDS.map((f) => mapping[f]).filter((c): c is number => c !== undefined && c < 31);
  // One column may feed several fields (the e-mail column as the customer id): numbered once.
  const coded = [...new Set(THREAD_CODED_FIELDS.map((f) => mapping[f]).filter((c): c is number => c !== undefined))];
  const helped = [...new Set(CODED_FIELDS.map((f) => mapping[f]).filter((c): c is number => c !== undefined && !coded.includes(c)))];
  return {
    repeated,
    coded,
    helped,
    amountColumn: mapping.amount ?? -1,
    dateColumn: mapping.date ?? -1,
    orderColumn: mapping.order ?? -1,
    monthFirst: job.dateOrder === 'mdy',
  };
}

async function main(): Promise<void> {
  let writer: BatchWriter | null = null;
  /** The non-blank records after the header, for the duplicate rows. */
  const fingerprints = job.findDuplicates ? new RowFingerprints() : null;
  const search = new HeaderSearch(job.columns);
  const fallback = (): [string[], number] => {
    const first = search.fallback() as { texts: string[]; row: number };
    return [first.texts, first.row];
  };
  /** Tells the main thread the header (and the lines passed over above it) and starts the batches. */
  const begin = (texts: string[], row: number): BatchWriter => {
    const pre = precompute(texts);
    post({ type: 'header', texts, row, pre, above: search.above });
    return new BatchWriter(pre);
  };
  /** Sends the batch so far; `done`: the reader has left its chunk, which is then moved, not copied. */
  const send = (done: boolean, row?: CsvRow): void => {
    const batch = writer?.take();
    if (!batch) return;
    inFlight++;
    sent++;
    (writer as BatchWriter).helping = job.help === 'always' || (job.help === 'alternate' ? sent % 2 === 1 : job.help !== 'never' && inFlight >= HELP_FROM);
    const moved = movableBuffers(batch, done);
    // The next record is compared with the last one of the chunk that goes: keep that record's bytes.
    if (row !== undefined && moved.includes(batch.chunk.buffer as ArrayBuffer)) row.keepPrevious();
    post({ type: 'batch', batch }, moved);
  };
  await readRows(
    chunks(),
    {
      delimiter: job.delimiter,
      encoding: job.encoding,
      onEncoding: (encoding) => post({ type: 'encoding', encoding }),
      onDelimiter: (delimiter) => post({ type: 'delimiter', delimiter }),
      onProgress: (p) => post({ type: 'progress', bytes: p.bytes, records: p.records }),
    },
    (row: CsvRow) => {
      if (writer === null) {
        if (row.length === 0) return; // blank lines before the header
        const texts = row.texts();
        const verdict = search.offer(texts, row.row);
        if (verdict === 'skip') return; // a title line above the header
        writer = verdict === 'header' ? begin(texts, row.row) : begin(...fallback());
        return;
      }
      if (!row.outsideChunk && writer.current !== null && row.buf !== writer.current) send(true, row);
      else if (early > 0 && writer.size >= early) {
        send(false);
        early = early < EARLY_MAX ? early * 2 : 0;
      }
      writer.add(row, row.row);
      if (fingerprints !== null && row.length > 0) fingerprints.add(row.fingerprint(), row.row);
    },
  );
  // Only title-like lines, no header: the first one is the header, and the main thread says what is missing.
  if (writer === null && search.fallback() !== null) writer = begin(...fallback());
  send(true);
  post({ type: 'end' });
  // Sorted here while the main thread assembles its ledger.
  post({ type: 'done', duplicates: fingerprints?.duplicates() ?? null });
}

main().catch((error: unknown) => {
  const user = error instanceof UserInputError;
  const e = error as NodeJS.ErrnoException;
  // A file system error keeps its code (the CLI names it: ENOENT, EACCES…); anything else is a bug, shown as is.
  post({
    type: 'error',
    message: e instanceof Error ? e.message : String(error),
    user,
    key: user ? (error as UserInputError).key : undefined,
    texts: user ? (error as UserInputError).texts : undefined,
    code: e.syscall ? e.code : undefined,
  });
});
