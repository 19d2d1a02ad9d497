/**
 * One measurement in a fresh process (so peak memory belongs to this size alone), printed as one JSON line.
 * Usage: tsx bench/measure.ts rows|read|csv-parse|ingest|ingest+rfm FILE (RFM_READER_THREAD=0/1 as the CLI)
 *   rows       the CLI's byte-level reader only (records found, no cell decoded)
 *   read       the same, every cell decoded to a string (readRecords)
 *   csv-parse  csv-parse's streaming parser alone, for comparison
 *   reader-thread  the CLI's reader thread alone (all it works out per record, batches sent), the main
 *              thread dropping the batches: the least time the two-thread CSV → ledger can take
 *   ingest     CSV → ledger exactly as the CLI does it (reader + core's streaming ingester)
 *   ingest+rfm the same, then core's runRfm in memory on the ledger (timed separately, after a full GC
 *              when node runs with --expose-gc)
 */
import { createReadStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { prestartReader } from '../bin/reader-thread.mjs';

const [mode, file] = process.argv.slice(2);
// As the CLI's launcher does (bin/rfm.js): the reader thread of a big file starts while the code loads, so the
// time below holds what the CLI waits for, not the thread's start that its loading hides.
if (mode === 'ingest' || mode === 'ingest+rfm') prestartReader(fileURLToPath(new URL('..', import.meta.url)), ['--input', file], process.env, process.cwd());
const { parse } = await import('csv-parse');
const { dayFromIso, parseRunConfig, runRfm } = await import('../core');
const { loadLedger } = await import('../cli/io/load-ledger');
const { readRecords } = await import('../cli/io/read-records');
const { readRows } = await import('../cli/io/read-rows');
const { readRowsInWorker } = await import('../cli/io/read-rows-in-worker');
const ctx = {
  stdin: new PassThrough(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  nowMs: () => Date.UTC(2025, 2, 12),
  cwd: process.cwd(),
};

const t0 = performance.now();
const cpu0 = process.cpuUsage();
let rows = 0;
const out: Record<string, number | string> = { mode };
if (mode === 'rows') {
  await readRows(createReadStream(file, { highWaterMark: 1 << 20 }), { delimiter: null }, () => rows++);
  rows--; // header
} else if (mode === 'read') {
  await readRecords(createReadStream(file, { highWaterMark: 1 << 20 }), { delimiter: null }, () => rows++);
  rows--; // header
} else if (mode === 'reader-thread') {
  await readRowsInWorker({ file, delimiter: null, encoding: null }, () => {}, () => rows++);
} else if (mode === 'csv-parse') {
  for await (const record of createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse({ bom: true, relax_column_count: true }))) {
    if (record) rows++;
  }
  rows--;
} else {
  const { quality, ledger } = await loadLedger({ input: file, lang: 'en', progress: false, today: dayFromIso('2025-03-12') ?? undefined }, ctx);
  rows = quality.totalRows;
  out.customers = quality.customers;
  out.orders = quality.orders;
  if (mode === 'ingest+rfm') {
    out.ingestMs = performance.now() - t0;
    const ingestCpu = process.cpuUsage(cpu0);
    out.ingestCpuMs = Math.round((ingestCpu.user + ingestCpu.system) / 1000);
    const config = parseRunConfig({ asOf: '2025-03-12' });
    // Collect the reading's garbage first (when node runs with --expose-gc, as `npm run bench` starts it), so a
    // full collection that reading made due does not land in runRfm's time: it is reading's cost, and would
    // fall inside or outside runRfm by chance (0.27 s or 1.1 s for the same run otherwise).
    (globalThis as { gc?: () => void }).gc?.();
    const t1 = performance.now();
    const run = runRfm(ledger, config, {});
    out.rfmMs = performance.now() - t1;
    out.scored = run.customers.length;
  }
}
out.ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
out.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
out.rows = rows;
out.peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);
