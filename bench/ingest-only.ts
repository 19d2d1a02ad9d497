/**
 * CSV → ledger in one process, for A/B comparisons on a shared, loaded machine:
 * `npx tsx bench/ingest-only.ts FILE [RUNS]` reads the file into memory once (not timed), then RUNS times
 * (default 5) streams it through the CLI's byte reader (`readRows`, 1 MB chunks) into core's ingester and
 * `finish`, and prints the smallest CPU time (process.cpuUsage, user + system) and wall time of the runs
 * as one JSON line. Separate processes on this 2-core machine vary by ±30% with other sessions' load; the
 * minimum of several runs in one process varies much less, so compare changes with this before trusting a
 * whole-bench figure. Run node with flags to compare them, e.g.
 * `node --max-semi-space-size=32 --import tsx bench/ingest-only.ts FILE`.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createIngester, dayFromIso } from '../core';
import { readRows } from '../cli/io/read-rows';

const [file, runsText] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/ingest-only.ts FILE [RUNS]');
const runs = Number(runsText ?? 5);
const bytes = readFileSync(file);
const today = dayFromIso('2025-03-12') ?? undefined;
const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
function* chunks(): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
}

let bestCpu = Infinity;
let bestWall = Infinity;
let finishCpu = Infinity;
let orders = 0;
let rows = 0;
for (let r = 0; r < runs; r++) {
  const t = cpuMs();
  const w = performance.now();
  let ingester: ReturnType<typeof createIngester> | null = null;
  await readRows(Readable.from(chunks()), { delimiter: null }, (row) => {
    if (ingester !== null) ingester.addRow(row);
    else ingester = createIngester(row.texts(), { today });
  });
  const f = cpuMs();
  const { quality } = (ingester as unknown as ReturnType<typeof createIngester>).finish();
  finishCpu = Math.min(finishCpu, cpuMs() - f);
  orders = quality.orders;
  rows = quality.totalRows;
  bestCpu = Math.min(bestCpu, cpuMs() - t);
  bestWall = Math.min(bestWall, performance.now() - w);
}
process.stdout.write(`${JSON.stringify({ rows, orders, runs, bestCpuMs: Math.round(bestCpu), bestWallMs: Math.round(bestWall), finishCpuMs: Math.round(finishCpu) })}\n`);
