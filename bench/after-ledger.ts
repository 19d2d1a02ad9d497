/**
 * What `rfm segments` spends after the ledger is loaded, per output format, in one process:
 * `npx tsx bench/after-ledger.ts FILE [RUNS] [OUTDIR] [FORMATS]` loads FILE once (as `rfm segments
 * --as-of 2025-03-12` does), then RUNS times (default 3) per format (default csv,json,table) runs the
 * command's rest — runRfm, rendering and writing `OUTDIR/segments.<format>` (default a temp directory) — and
 * prints the wall time of each step of the first run (what one `rfm` process pays: cold code, a big heap)
 * and of the best run as one JSON line. The first format run in a process is the coldest: measure one format
 * per process to compare formats. Compare the written files before/after a change to check the output stays
 * byte-identical.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRfm } from '../core';
import type { CliContext } from '../cli/context';
import { writeOutput } from '../cli/io/write-output';
import { loadInput } from '../cli/load-run';
import { segmentsOutput } from '../cli/render/segments-output';

const [file, runsText, outDirArg, formatsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/after-ledger.ts FILE [RUNS] [OUTDIR] [FORMATS]');
const formats = (formatsArg ?? 'csv,json,table').split(',') as ('csv' | 'json' | 'table')[];
const runs = Number(runsText ?? 3);
const outDir = outDirArg ?? mkdtempSync(join(tmpdir(), 'rfm-after-ledger-'));
mkdirSync(outDir, { recursive: true });
const ctx: CliContext = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  nowMs: () => Date.UTC(2025, 2, 12, 12),
  cwd: process.cwd(),
};
const ms = (t: number): number => Math.round(performance.now() - t);

let t = performance.now();
const input = await loadInput('segments', { input: file, 'as-of': '2025-03-12', 'no-progress': true, format: 'json' }, ctx);
const loadMs = ms(t);

type Steps = { runRfm: number; render: number; write: number; total: number };
const first: Record<string, Steps> = {};
const best: Record<string, Steps> = {};
for (const format of formats) {
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = runRfm(input.ledger, input.config, { today: input.today });
    const t1 = performance.now();
    const text = segmentsOutput({ ...input, run, format });
    const t2 = performance.now();
    await writeOutput(text, join(outDir, `segments.${format}`), ctx);
    const t3 = performance.now();
    const step = { runRfm: Math.round(t1 - t0), render: Math.round(t2 - t1), write: Math.round(t3 - t2), total: Math.round(t3 - t0) };
    first[format] ??= step;
    if (!best[format] || step.total < best[format].total) best[format] = step;
  }
}
process.stdout.write(
  `${JSON.stringify({ file, customers: input.ledger.customers.length, loadMs, runs, outDir, first, best })}\n`,
);
