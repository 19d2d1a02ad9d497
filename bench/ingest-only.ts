/**
 * Core's ingester alone, in one process, for A/B comparisons on a shared, loaded machine:
 * `npx tsx bench/ingest-only.ts FILE [RUNS]` reads a comma-separated file without quotes into memory
 * (split by line and comma, not timed), then feeds it RUNS times (default 5) to `createIngester().add` and
 * `finish`, and prints the smallest CPU time (process.cpuUsage, user + system) of the runs as one JSON line.
 * Separate processes on this 2-core machine vary by ±30% with other sessions' load; the minimum of several
 * runs in one process varies much less, so compare changes with this before trusting a whole-bench figure.
 * Run node with flags to compare them, e.g. `node --max-semi-space-size=32 --import tsx bench/ingest-only.ts FILE`.
 */
import { readFileSync } from 'node:fs';
import { createIngester, dayFromIso } from '../core';

const [file, runsText] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/ingest-only.ts FILE [RUNS]');
const runs = Number(runsText ?? 5);
const lines = readFileSync(file, 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();
const header = lines[0].split(',');
const records = lines.slice(1).map((line) => line.split(','));
const today = dayFromIso('2025-03-12') ?? undefined;
const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

let best = Infinity;
let orders = 0;
for (let r = 0; r < runs; r++) {
  const t = cpuMs();
  const ingester = createIngester(header, { today });
  for (const cells of records) ingester.add(cells);
  orders = ingester.finish().quality.orders;
  best = Math.min(best, cpuMs() - t);
}
process.stdout.write(`${JSON.stringify({ rows: records.length, orders, runs, bestCpuMs: Math.round(best) })}\n`);
